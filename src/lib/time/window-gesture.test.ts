import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trackScale } from './track-scale';
import { endGesture, moveGesture, startGesture, windowMark, MIN_MARK_PX } from './window-gesture';

// Four days across 400 px: a day is 100 px, an hour 100/24 px.
const DAY = 86_400_000;
const HOUR = DAY / 24;
const bounds = { from: 0, to: 4 * DAY };
const x = trackScale(bounds, 400);

describe('windowMark', () => {
	it('draws a window at least MIN_MARK_PX wide as itself', () => {
		expect(windowMark({ from: DAY, to: 2 * DAY }, x, 400)).toEqual({ left: 100, right: 200, narrow: false });
		// 14 px exactly (a millisecond a pixel, over a power of two so the pixels are exact): not widened.
		expect(windowMark({ from: 512, to: 526 }, trackScale({ from: 0, to: 1024 }, 1024), 1024)).toEqual({ left: 512, right: 526, narrow: false });
	});

	it('widens a narrow window to MIN_MARK_PX around its middle', () => {
		// Two hours at 2 days: 8.33 px centred on 204.17 px.
		const mark = windowMark({ from: 2 * DAY, to: 2 * DAY + 2 * HOUR }, x, 400);
		expect(mark.narrow).toBe(true);
		expect(mark.right - mark.left).toBe(14);
		expect((mark.left + mark.right) / 2).toBeCloseTo(200 + 100 / 24, 9);
	});

	it('keeps a widened mark on the strip at either end', () => {
		expect(windowMark({ from: 0, to: HOUR }, x, 400)).toEqual({ left: 0, right: 14, narrow: true });
		expect(windowMark({ from: 4 * DAY - HOUR, to: 4 * DAY }, x, 400)).toEqual({ left: 386, right: 400, narrow: true });
	});

	it('always covers the window, is at least MIN_MARK_PX wide, and stays on the strip', () => {
		const px = fc.double({ min: 0, max: 400, noNaN: true });
		fc.assert(
			fc.property(px, px, (a, b) => {
				const window = { from: x.invert(Math.min(a, b)), to: x.invert(Math.max(a, b)) };
				const mark = windowMark(window, x, 400);
				expect(mark.right - mark.left).toBeGreaterThanOrEqual(MIN_MARK_PX - 1e-9);
				expect(mark.left).toBeGreaterThanOrEqual(0);
				expect(mark.right).toBeLessThanOrEqual(400 + 1e-9);
				expect(mark.left).toBeLessThanOrEqual(Math.min(a, b) + 1e-9);
				expect(mark.right).toBeGreaterThanOrEqual(Math.max(a, b) - 1e-9);
			})
		);
	});
});

describe('a gesture on the strip', () => {
	const window = { from: DAY, to: DAY + 2 * HOUR };

	it('a press and release in place (within 3 px) is a click: no window, and the end seeks where it was pressed', () => {
		const pressed = startGesture(150, window, [100, 114]);
		const step = moveGesture(pressed, 153, [100, 114], true, x);
		expect(step.window).toBeNull();
		expect(step.gesture.moved).toBe(false);
		expect(endGesture(step.gesture, x)).toBe(1.5 * DAY);
	});

	it('dragging the mark moves the window by as much, keeping its two hours even though the mark is drawn 14 px wide', () => {
		const pressed = startGesture(105, window, [100, 114]);
		// The mark moved 50 px: half a day later.
		const step = moveGesture(pressed, 155, [150, 164], true, x);
		expect(step.window).toEqual({ from: 1.5 * DAY, to: 1.5 * DAY + 2 * HOUR });
		expect(step.gesture.moved).toBe(true);
		expect(endGesture(step.gesture, x)).toBeNull();
	});

	it('once moved, a return to where it began still moves the window, back to where it was', () => {
		const pressed = startGesture(105, window, [100, 114]);
		const away = moveGesture(pressed, 155, [150, 164], true, x);
		const back = moveGesture(away.gesture, 106, [101, 115], true, x);
		expect(back.window?.from).toBeCloseTo(DAY + 0.01 * DAY, 6);
		expect(back.window!.to - back.window!.from).toBeCloseTo(2 * HOUR, 6);
		expect(endGesture(back.gesture, x)).toBeNull();
	});

	it('drawing a new selection makes the window what it covers; an empty one sets nothing', () => {
		const pressed = startGesture(200, window, null);
		expect(moveGesture(pressed, 300, [200, 300], false, x).window).toEqual({ from: 2 * DAY, to: 3 * DAY });
		// No mark to move (none drawn at the press): a drag mode draws as a new selection would.
		expect(moveGesture(pressed, 300, [200, 300], true, x).window).toEqual({ from: 2 * DAY, to: 3 * DAY });
		const empty = moveGesture(pressed, 210, [210, 210], false, x);
		expect(empty.window).toBeNull();
		expect(empty.gesture.moved).toBe(true);
	});
});
