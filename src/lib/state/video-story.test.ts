import { describe, expect, it } from 'vitest';
import { seed, seedPlace } from '../../../tests/unit/seed';
import { storyFrame } from '../story/map-frame';
import { chapterExtent } from '../story/chapter-extent';
import { FrameView } from './frame-view.svelte';
import { PRESENTER_ASPECT } from '../map/camera';
import { VideoStory } from './video-story.svelte';

/** A 16:9 video's map box, laid out at 1280 × 720 under its heading and over its footer. */
const [WIDTH, HEIGHT] = [1280, 527];

/** Where a place falls on the view, in its pixels. */
function onView(view: FrameView, id: string): [number, number] {
	const place = seedPlace(id);
	return view.transform.apply(view.projection([place.lon, place.lat])!);
}
const inside = (view: FrameView, [x, y]: [number, number]) => x >= 0 && y >= 0 && x <= view.width && y <= view.height;

describe('VideoStory', () => {
	it('frames a chapter on a wide video as the presenter shows it: Chinagodrar and Niamey, north and south of the extent’s centre, both in the frame', () => {
		const story = new VideoStory(seed, () => 'en');
		const view = new FrameView(storyFrame(seed), WIDTH, HEIGHT);
		const first = story.frames({ kind: 'chapter', chapterId: 'chinagodrar-air-response' }, 30, view).next();
		first.value!.camera(view);
		// On the presenter's map (as wide for its height as PRESENTER_ASPECT) both are inside, so the video must keep them.
		const presenter = new FrameView(storyFrame(seed), 1114, 1114 / PRESENTER_ASPECT);
		presenter.look(chapterExtent(seed, seed.chapters.find((c) => c.id === 'chinagodrar-air-response')!));
		for (const id of ['chinagodrar', 'niamey-airport']) {
			expect(inside(presenter, onView(presenter, id)), `${id} on the presenter's map`).toBe(true);
			expect(inside(view, onView(view, id)), `${id} in the video (${onView(view, id).map(Math.round)})`).toBe(true);
		}
	});
});
