import { describe, expect, it } from 'vitest';
import { EventIndex } from '../dataset/event-index';
import { mulberry32, randomInt } from '../dataset/prng';
import { syntheticEventTable } from '../dataset/synthetic';
import { eventsBegunInWindow } from './events-in-window';

describe('eventsBegunInWindow on synthetic events, against a scan of every row', () => {
	const table = syntheticEventTable({ count: 5000, seed: 12, from: Date.UTC(2018, 0, 1), to: Date.UTC(2020, 0, 1) });
	const index = new EventIndex(table);
	const random = mulberry32(13);
	const DAY = 86_400_000;
	// Times on whole days half the time, so starts fall on the window's edges and the clock.
	const someTime = () => Date.UTC(2017, 11, 1) + randomInt(random, 800) * DAY + (random() < 0.5 ? 0 : randomInt(random, DAY));

	it('lists exactly the events begun in the window, by the clock’s time', () => {
		for (let q = 0; q < 400; q++) {
			const [from, to] = [someTime(), someTime()].sort((a, b) => a - b) as [number, number];
			const time = random() < 0.2 ? to + DAY : from + random() * (to - from) * 1.1;
			const expected: number[] = [];
			for (let r = 0; r < table.length; r++) if (table.start[r]! >= from && table.start[r]! <= Math.min(time, to)) expected.push(r);
			const { first, end } = eventsBegunInWindow(index, { from, to }, time);
			expect(end - first).toBe(expected.length);
			if (expected.length) expect([first, end - 1]).toEqual([expected[0], expected.at(-1)]);
		}
	});

	it('is empty, not negative, with the clock before the window', () => {
		const { first, end } = eventsBegunInWindow(index, { from: Date.UTC(2019, 0, 1), to: Date.UTC(2019, 6, 1) }, Date.UTC(2018, 0, 1));
		expect(end).toBe(first);
	});
});
