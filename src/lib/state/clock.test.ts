import { describe, expect, it } from 'vitest';
import { Clock, type FrameScheduler } from './clock.svelte';
import { DAY, HOUR, MINUTE } from '../time/time-window';

/** Frames driven by the test: run(ms) advances a fake clock by one frame. */
function manualFrames() {
	let pending: ((now: number) => void) | null = null;
	let now = 0;
	const frames: FrameScheduler = {
		request(callback) {
			pending = callback;
			return 1;
		},
		cancel() {
			pending = null;
		}
	};
	return {
		frames,
		run(ms: number) {
			now += ms;
			const callback = pending;
			pending = null;
			callback?.(now);
		}
	};
}

const start = Date.UTC(2017, 9, 1);
const bounds = { from: start, to: start + 120 * DAY };
const ayorou = Date.UTC(2017, 9, 21, 4, 30);
const tongoTongo = Date.UTC(2017, 9, 4, 10, 40);

describe('Clock', () => {
	it('plays at the speed relative to its window, from the first frame on', () => {
		const { frames, run } = manualFrames();
		const clock = new Clock(bounds, [], frames);
		clock.setSpeed(DAY);
		clock.play();
		run(16); // baseline frame
		run(50);
		run(50);
		expect(clock.time - start).toBeCloseTo(0.1 * DAY, 0);
	});

	it('paced, runs through a quiet stretch and slows at an attack; unpaced, keeps its speed', () => {
		const attack = { from: ayorou, to: ayorou + 3 * HOUR };
		const elapsed = (paced: boolean) => {
			const { frames, run } = manualFrames();
			const clock = new Clock(bounds, [], frames);
			clock.paceBy([attack]);
			clock.paced = paced;
			clock.setSpeed(DAY);
			clock.play();
			run(16);
			// One second of frames from the window's start, then one second from the attack's start.
			for (let i = 0; i < 20; i++) run(50);
			const quiet = clock.time - start;
			clock.seek(attack.from);
			clock.pause();
			clock.play();
			run(16);
			for (let i = 0; i < 20; i++) run(50);
			return { quiet, attack: clock.time - attack.from };
		};
		const unpaced = elapsed(false);
		expect(unpaced.quiet).toBeCloseTo(DAY, -3);
		expect(unpaced.attack).toBeCloseTo(DAY, -3);
		const paced = elapsed(true);
		expect(paced.quiet).toBeGreaterThan(5 * DAY);
		expect(paced.attack).toBeLessThan(2 * HOUR);
	});

	it('stops at the end of the window', () => {
		const { frames, run } = manualFrames();
		const clock = new Clock(bounds, [], frames);
		clock.setWindow({ from: start, to: start + HOUR });
		clock.setSpeed(30 * MINUTE);
		clock.play();
		for (let i = 0; i < 100; i++) run(100);
		expect(clock.time).toBe(start + HOUR);
		expect(clock.playing).toBe(false);
	});

	it('steps between events in time order and stays put at the ends', () => {
		const clock = new Clock(bounds, [ayorou, tongoTongo], manualFrames().frames);
		clock.stepToNextEvent();
		expect(clock.time).toBe(tongoTongo);
		clock.stepToNextEvent();
		expect(clock.time).toBe(ayorou);
		clock.stepToNextEvent();
		expect(clock.time).toBe(ayorou);
		clock.stepToPreviousEvent();
		expect(clock.time).toBe(tongoTongo);
		clock.stepToPreviousEvent();
		expect(clock.time).toBe(tongoTongo);
	});

	it('zooms to an attack with a window of hours and a speed of minutes per second', () => {
		const clock = new Clock(bounds, [], manualFrames().frames);
		const playSeconds = (bounds.to - bounds.from) / clock.speed;
		expect(playSeconds).toBeGreaterThan(15);
		expect(playSeconds).toBeLessThan(90);
		clock.zoomTo(ayorou, ayorou + 2 * HOUR);
		expect(clock.time).toBe(ayorou);
		expect(clock.window.to - clock.window.from).toBeLessThan(6 * HOUR);
		expect(clock.speed).toBeLessThanOrEqual(15 * MINUTE);
		clock.zoomOut();
		expect(clock.window).toEqual(bounds);
	});

	it('moves the window to follow a seek outside it and clamps to the scenario', () => {
		const clock = new Clock(bounds, [], manualFrames().frames);
		clock.setWindow({ from: start, to: start + DAY });
		clock.seek(start + 10 * DAY);
		expect(clock.window.from).toBeLessThanOrEqual(clock.time);
		expect(clock.window.to).toBeGreaterThanOrEqual(clock.time);
		clock.seek(start - DAY);
		expect(clock.time).toBe(start);
	});

	it('zooms around the pointer, and brings a time left outside to the new window’s nearest edge', () => {
		const clock = new Clock(bounds, [], manualFrames().frames);
		clock.seek(ayorou);
		// Wheel over a point 100 days later: the window goes there, and the time with it.
		const pointer = start + 100 * DAY;
		clock.zoomBy(0.05, pointer);
		expect(clock.window.to - clock.window.from).toBeCloseTo(0.05 * 120 * DAY, -3);
		expect(clock.window.from).toBeLessThanOrEqual(pointer);
		expect(clock.window.to).toBeGreaterThanOrEqual(pointer);
		expect(clock.time).toBe(clock.window.from);
		// A zoom around a point that keeps the time inside does not move the time.
		clock.seek(pointer);
		const before = clock.window;
		clock.zoomBy(0.5, pointer + HOUR);
		expect(clock.time).toBe(pointer);
		expect((pointer + HOUR - clock.window.from) / (clock.window.to - clock.window.from)).toBeCloseTo(
			(pointer + HOUR - before.from) / (before.to - before.from),
			6
		);
	});

	it('keeps the speed the reader chose across zooms, until focus or zoom out', () => {
		const clock = new Clock(bounds, [], manualFrames().frames);
		clock.chooseSpeed(HOUR);
		clock.zoomBy(0.1);
		expect(clock.speed).toBe(HOUR);
		clock.setWindow({ from: start, to: start + 2 * DAY });
		expect(clock.speed).toBe(HOUR);
		clock.zoomTo(ayorou, ayorou + 2 * HOUR);
		expect(clock.speed).toBeLessThanOrEqual(15 * MINUTE);
		clock.chooseSpeed(DAY);
		clock.zoomOut();
		const wholeDefault = new Clock(bounds, [], manualFrames().frames).speed;
		expect(clock.speed).toBe(wholeDefault);
		// Without a choice, a zoom still picks the speed that suits the window.
		clock.setWindow({ from: start, to: start + 2 * HOUR });
		expect(clock.speed).toBeLessThanOrEqual(5 * MINUTE);
	});

	it('refuses a speed that is not a positive number', () => {
		const clock = new Clock(bounds, [], manualFrames().frames);
		expect(() => clock.setSpeed(0)).toThrow('invalid speed: 0');
	});
});

describe('Clock: next and previous event', () => {
	// Three events an hour apart, given out of order.
	const first = ayorou;
	const events = [first + 2 * HOUR, first, first + HOUR];
	const clockAt = (t: number) => {
		const clock = new Clock(bounds, events, manualFrames().frames);
		clock.seek(t);
		return clock;
	};

	it('names the neighbours of a time between events', () => {
		const clock = clockAt(first + 90 * MINUTE);
		expect(clock.nextEventTime()).toBe(first + 2 * HOUR);
		expect(clock.previousEventTime()).toBe(first + HOUR);
	});

	it.each([
		['on', 0],
		['a millisecond before', -1],
		['a millisecond after', 1]
	])('from %s an event, moves on to the one after and back to the one before', (_, offset) => {
		const clock = clockAt(first + HOUR + offset);
		expect(clock.nextEventTime()).toBe(first + 2 * HOUR);
		expect(clock.previousEventTime()).toBe(first);
	});

	it('has nothing after the last event or before the first', () => {
		expect(clockAt(first + 3 * HOUR).nextEventTime()).toBeNull();
		expect(clockAt(first + 2 * HOUR).nextEventTime()).toBeNull();
		expect(clockAt(first - HOUR).previousEventTime()).toBeNull();
		expect(clockAt(first).previousEventTime()).toBeNull();
		expect(new Clock(bounds, [], manualFrames().frames).nextEventTime()).toBeNull();
	});

	it('brings the detail window along when the next event lies outside it', () => {
		const clock = new Clock(bounds, [tongoTongo, ayorou], manualFrames().frames);
		clock.zoomTo(tongoTongo, tongoTongo + 2 * HOUR);
		const width = clock.window.to - clock.window.from;
		clock.stepToNextEvent();
		expect(clock.time).toBe(ayorou);
		expect(clock.window.from).toBeLessThanOrEqual(ayorou);
		expect(clock.window.to).toBeGreaterThanOrEqual(ayorou);
		expect(clock.window.to - clock.window.from).toBe(width);
	});
});
