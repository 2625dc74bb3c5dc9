// The clock's period: the story's, widened to a loaded dataset's and back (Clock.setBounds).
import { describe, expect, it } from 'vitest';
import { Clock } from './clock.svelte';
import { DAY, HOUR } from '../time/time-window';

const start = Date.UTC(2017, 9, 1);
const bounds = { from: start, to: start + 120 * DAY };
const ayorou = Date.UTC(2017, 9, 21, 4, 30);

describe('Clock.setBounds', () => {
	it('widened to a dataset’s period: a whole-period window takes the whole new period, the time stays, and every new day can be reached', () => {
		const clock = new Clock(bounds, []);
		clock.seek(ayorou);
		const wider = { from: start - 300 * DAY, to: start + 900 * DAY };
		clock.setBounds(wider);
		expect(clock.bounds).toEqual(wider);
		expect(clock.window).toEqual(wider);
		expect(clock.time).toBe(ayorou);
		clock.seek(wider.to);
		expect(clock.time).toBe(wider.to);
		clock.seek(wider.from - DAY);
		expect(clock.time).toBe(wider.from);
	});

	it('keeps a window the reader chose when the period widens, and brings window and time back inside when it narrows again', () => {
		const clock = new Clock(bounds, []);
		clock.zoomTo(ayorou, ayorou + 3 * HOUR);
		const chosen = clock.window;
		const wider = { from: start, to: start + 900 * DAY };
		clock.setBounds(wider);
		expect(clock.window).toEqual(chosen);
		clock.seek(start + 800 * DAY);
		expect(clock.time).toBe(start + 800 * DAY);
		clock.setBounds(bounds);
		expect(clock.window.to).toBeLessThanOrEqual(bounds.to);
		expect(clock.window.to - clock.window.from).toBe(chosen.to - chosen.from);
		expect(clock.time).toBeLessThanOrEqual(bounds.to);
		expect(clock.time).toBeGreaterThanOrEqual(clock.window.from);
	});

	it('stays at the end of the period when it was there, the explorer’s opening, as the period widens and narrows', () => {
		const clock = new Clock(bounds, []);
		clock.seek(bounds.to);
		const wider = { from: start, to: start + 900 * DAY };
		clock.setBounds(wider);
		expect(clock.time).toBe(wider.to);
		clock.setBounds(bounds);
		expect(clock.time).toBe(bounds.to);
		expect(clock.window).toEqual(bounds);
	});
});
