import { interpolateZoom, zoomIdentity } from 'd3';
import type { Scenario } from '../scenario/schema';
import type { CameraTarget } from '../story/view-plan';
import { planView } from '../story/view-plan';
import type { CameraTransform } from '../map/chapter-camera';
import { flightDuration, zoomView } from '../map/camera-flight';
import type { TimeWindow } from '../time/time-window';
import type { FrameScheduler } from './clock.svelte';
import { Session } from './session.svelte';
import { Simulation } from './simulation.svelte';
import { MapLayers } from './map-layers.svelte';
import { applyPlan } from './story-driver.svelte';
import type { FrameView } from './frame-view.svelte';
import { PRESENTER_ASPECT } from '../map/camera';

/** A chapter's title stays a moment before it plays, and a chapter plays at most this long in a video. */
const HOLD_S = 1.5;
const MAX_CHAPTER_S = 30;
const MAX_WINDOW_S = 120;

/** The clock's frames, stepped by the video, not the screen: each frame is exactly 1/fps later. */
class SteppedFrames implements FrameScheduler {
	#callback: ((now: number) => void) | null = null;
	request(callback: (now: number) => void): number {
		this.#callback = callback;
		return 1;
	}
	cancel(): void {
		this.#callback = null;
	}
	step(now: number): void {
		const callback = this.#callback;
		this.#callback = null;
		callback?.(now);
	}
}

export type VideoScope = { kind: 'chapter'; chapterId: string } | { kind: 'story' } | { kind: 'window'; window: TimeWindow; speed: number; paced: boolean; focusId: string | null; camera: CameraTarget | null; /** The screen's map, width / height. */ aspect: number };

/** One frame of the video: the session already set to it; what its heading says, and where the camera is. */
export interface VideoFrame {
	title: string;
	/** The chapter on screen, for the captions. */
	chapterId: string | null;
	camera: (view: FrameView) => void;
}

/**
 * A story played for a video, on a session of its own (the page's is untouched): the chapters'
 * views, the clock's playback stepped frame by frame, the camera's flights sampled by progress
 * along d3.interpolateZoom's path. So every frame is what the screen would show at that moment,
 * whatever the machine's speed.
 */
export class VideoStory {
	readonly session: Session;
	readonly simulation: Simulation;
	readonly layers = new MapLayers();
	#frames = new SteppedFrames();
	#scenario: Scenario;
	#lang: () => 'en' | 'fr';

	constructor(scenario: Scenario, lang: () => 'en' | 'fr') {
		this.#scenario = scenario;
		this.#lang = lang;
		this.session = new Session(scenario, () => {}, this.#frames);
		this.simulation = new Simulation(this.session);
	}

	/** Every frame of the scope at `fps`, in order; the session is set to each as it is yielded. `view`: the frames' camera. */
	*frames(scope: VideoScope, fps: number, view: FrameView): Generator<VideoFrame> {
		const chapters = this.#scenario.chapters;
		if (scope.kind === 'window') {
			yield* this.#window(scope, fps);
			return;
		}
		const list = scope.kind === 'story' ? chapters : chapters.filter((c) => c.id === scope.chapterId);
		let previous: CameraTarget | null | undefined;
		for (const chapter of list) {
			const plan = planView(this.#scenario, { chapter: chapter.id });
			applyPlan(this, plan);
			this.session.clock.setWindow({ from: Date.parse(chapter.window.from), to: Date.parse(chapter.window.to) });
			const title = chapter.title[this.#lang()];
			const at = (camera: CameraTarget | null) => (view: FrameView) => view.look(camera);
			// From the chapter before, the camera flies as the presenter's does.
			if (previous !== undefined) yield* this.#flight(view, previous, plan.camera, fps, { title, chapterId: chapter.id });
			previous = plan.camera;
			for (let i = 0; i < Math.round(HOLD_S * fps); i++) yield { title, chapterId: chapter.id, camera: at(plan.camera) };
			yield* this.#play(fps, MAX_CHAPTER_S, { title, chapterId: chapter.id, camera: at(plan.camera) });
		}
	}

	*#window(scope: Extract<VideoScope, { kind: 'window' }>, fps: number): Generator<VideoFrame> {
		const { clock } = this.session;
		if (scope.focusId) this.session.focus(scope.focusId);
		clock.setWindow(scope.window);
		clock.setSpeed(scope.speed);
		clock.paced = scope.paced;
		clock.seek(scope.window.from);
		const title = this.session.focused?.incident.title[this.#lang()] ?? this.#scenario.title[this.#lang()];
		yield* this.#play(fps, MAX_WINDOW_S, { title, chapterId: null, camera: (view) => view.look(scope.camera, scope.aspect) });
	}

	/** Plays the clock to its window's end (or `maxS` seconds), one frame at a time. */
	*#play(fps: number, maxS: number, frame: VideoFrame): Generator<VideoFrame> {
		const { clock } = this.session;
		const step = 1000 / fps;
		let now = 0;
		clock.play();
		this.#frames.step(now);
		for (let i = 0; clock.playing && i < maxS * fps; i++) {
			yield frame;
			now += step;
			this.#frames.step(now);
		}
		clock.pause();
		yield frame;
	}

	/** The camera's flight between two targets, sampled by progress along d3.interpolateZoom's path, as long as the presenter's. */
	*#flight(view: FrameView, from: CameraTarget | null, to: CameraTarget | null, fps: number, frame: Omit<VideoFrame, 'camera'>): Generator<VideoFrame> {
		const ends = () => [from, to].map((target) => view.cameraOf(target, PRESENTER_ASPECT)) as [CameraTransform, CameraTransform];
		const count = Math.round((flightDuration(...ends(), view.width, view.height) / 1000) * fps);
		for (let i = 1; i <= count; i++)
			yield {
				...frame,
				camera: (at) => {
					const [a, b] = ends();
					const [cx, cy, w] = interpolateZoom(zoomView(a, at.width, at.height), zoomView(b, at.width, at.height))(i / count);
					const k = Math.max(at.width, at.height) / w;
					at.transform = zoomIdentity.translate(at.width / 2 - cx * k, at.height / 2 - cy * k).scale(k);
				}
			};
	}
}
