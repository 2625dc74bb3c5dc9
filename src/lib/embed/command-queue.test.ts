import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { StoryDriver } from '../state/story-driver.svelte';
import { seed } from '../../../tests/unit/seed';
import { fuzzRuns, fuzzTimeout } from '../../../tests/unit/fuzz';
import { inComponent } from '../../../tests/unit/in-component';
import { enqueueCommand } from './command-queue';
import type { HostMessage } from './protocol';

const play: HostMessage = { type: 'sahel-timeline:play' };
const pause: HostMessage = { type: 'sahel-timeline:pause' };
const seek = (t: number): HostMessage => ({ type: 'sahel-timeline:seek', t });
const chapter = (id: string): HostMessage => ({ type: 'sahel-timeline:chapter', id });
const focus = (id: string | null): HostMessage => ({ type: 'sahel-timeline:focus', id });

const queued = (commands: HostMessage[]) => commands.reduce<HostMessage[]>(enqueueCommand, []);

describe('enqueueCommand', () => {
	it('keeps the last command of each kind, in the order they came', () => {
		expect(queued([pause, seek(1), play, seek(2)])).toEqual([play, seek(2)]);
		expect(queued([seek(1), focus('inates-2019-12-10'), seek(2)])).toEqual([focus('inates-2019-12-10'), seek(2)]);
	});

	it('keeps what a later command does not set again: the restart of a play before a pause, the time a focus set before leaving it', () => {
		expect(queued([play, pause])).toEqual([play, pause]);
		expect(queued([focus('inates-2019-12-10'), focus(null)])).toEqual([focus('inates-2019-12-10'), focus(null)]);
	});

	it('lets a chapter drop the focus and the seek before it, which it sets again', () => {
		expect(queued([seek(1), focus('inates-2019-12-10'), play, chapter('inates')])).toEqual([play, chapter('inates')]);
		expect(queued([chapter('inates'), seek(5)])).toEqual([chapter('inates'), seek(5)]);
	});

	it('holds at most six commands after a flood of 10,000', () => {
		const kinds = [play, pause, seek(1), chapter('inates'), focus(null), focus('inates-2019-12-10')];
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...kinds), { minLength: 10_000, maxLength: 10_000 }), (flood) => {
				expect(queued(flood).length).toBeLessThanOrEqual(6);
			}),
			{ numRuns: 20 }
		);
	});

	// Playing asks for frames, which this test never runs.
	beforeAll(() => {
		vi.stubGlobal('requestAnimationFrame', () => 0);
		vi.stubGlobal('cancelAnimationFrame', () => {});
	});
	afterAll(() => void vi.unstubAllGlobals());

	// Coalescing must not change what the host asked for: the time, focus, chapter, playback, zoom
	// and camera after the queue are those after every command. Where the window sits around the time
	// may differ: a window that follows the clock is panned by each seek it could not show.
	it('fuzz: applying the queue leaves the view as applying every command would', fuzzTimeout(), () => {
		const chapters = seed.chapters.map((c) => c.id);
		const incidents = seed.incidents.map((i) => i.id);
		const times = seed.incidents.map((i) => Date.parse(i.start));
		const command: fc.Arbitrary<HostMessage> = fc.oneof(
			fc.constantFrom(play, pause),
			fc.constantFrom(...times).map(seek),
			fc.constantFrom(...chapters).map(chapter),
			fc.constantFrom(null, ...incidents).map(focus)
		);
		const view = (driver: StoryDriver) => {
			const { clock, focusId } = driver.engine.session;
			const { from, to } = clock.window;
			return { focusId, chapter: driver.chapter, playing: clock.playing, time: clock.time, span: to - from, shown: from <= clock.time && clock.time <= to, camera: driver.engine.view.target };
		};
		fc.assert(
			fc.property(fc.array(command, { maxLength: 12 }), (commands) => {
				const [every, coalesced] = [inComponent(() => new StoryDriver(seed)), inComponent(() => new StoryDriver(seed))];
				commands.forEach((c) => every.command(c));
				queued(commands).forEach((c) => coalesced.command(c));
				expect(view(coalesced)).toEqual(view(every));
			}),
			fuzzRuns()
		);
	});
});
