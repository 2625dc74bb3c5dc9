import { describe, expect, it } from 'vitest';
import { buildEventTable, type EventRow } from '../dataset/build-table';
import { mulberry32 } from '../dataset/prng';
import { syntheticEventTable } from '../dataset/synthetic';
import { EventIndex } from '../dataset/event-index';
import { eventsBegunInWindow } from './events-in-window';
import { EventSummaryIndex } from './event-summary';

const TYPES = ['Battles', 'Riots', 'Protests'];
const COUNTRIES = ['Mali', 'Niger'];

describe('EventSummaryIndex', () => {
	const random = mulberry32(7);
	const rows: EventRow[] = Array.from({ length: 2000 }, (_, i) => ({
		id: `SYN-${i}`,
		start: Math.floor(random() * 1000) * 60_000,
		lon: 1,
		lat: 15,
		eventType: TYPES[Math.floor(random() * 3)],
		country: COUNTRIES[Math.floor(random() * 2)],
		fatalities: random() < 0.3 ? null : Math.floor(random() * 10)
	}));
	const table = buildEventTable(rows, { name: 'test', countingRule: 'test', synthetic: true });
	const summaries = new EventSummaryIndex(table);
	const search = new EventIndex(table);
	const summarise = (window: { from: number; to: number }, time: number, top?: number) => summaries.summarise(eventsBegunInWindow(search, window, time), top);

	it('counts the events begun in the window up to the time, as a scan of the rows does', () => {
		const window = { from: 200 * 60_000, to: 800 * 60_000 };
		const time = 600 * 60_000;
		const inRange = rows.filter((r) => r.start >= window.from && r.start <= time);
		const summary = summarise(window, time, 3);
		expect(summary.count).toBe(inRange.length);
		expect(summary.unreported).toBe(inRange.filter((r) => r.fatalities === null).length);
		expect(summary.deaths).toBe(inRange.reduce((sum, r) => sum + (r.fatalities ?? 0), 0));
		const byType = TYPES.map((t): [string, number] => [t, inRange.filter((r) => r.eventType === t).length]).sort((a, b) => b[1] - a[1]);
		expect(summary.types).toEqual(byType);
		expect(summary.countries.map(([, n]) => n).reduce((a, b) => a + b, 0)).toBe(inRange.length);
	});

	it('is empty before the window or with the time before it', () => {
		expect(summarise({ from: -10, to: -1 }, 0).count).toBe(0);
		expect(summarise({ from: 500 * 60_000, to: 900 * 60_000 }, 100 * 60_000).count).toBe(0);
	});
});

describe('EventSummaryIndex on a synthetic table, against a scan of its rows', () => {
	it('gives the scan’s counts, deaths and ranking for random windows and times, across block edges', () => {
		const table = syntheticEventTable({ count: 5000, seed: 3 });
		const summaries = new EventSummaryIndex(table);
		const search = new EventIndex(table);
		const random = mulberry32(11);
		const first = table.start[0]!;
		const span = table.start[table.length - 1]! - first;
		for (let trial = 0; trial < 60; trial++) {
			// Times on and between rows, before the first and after the last.
			const pick = () => (random() < 0.3 ? table.start[Math.floor(random() * table.length)]! : first + (random() * 1.2 - 0.1) * span);
			const [a, b] = [pick(), pick()].sort((x, y) => x - y);
			const time = pick();
			const types = new Map<number, number>();
			let count = 0;
			let deaths = 0;
			let unreported = 0;
			for (let i = 0; i < table.length; i++) {
				const t = table.start[i]!;
				if (t < a! || t > Math.min(time, b!)) continue;
				count++;
				const d = table.fatalities[i]!;
				if (Number.isNaN(d)) unreported++;
				else deaths += d;
				types.set(table.eventType[i]!, (types.get(table.eventType[i]!) ?? 0) + 1);
			}
			const summary = summaries.summarise(eventsBegunInWindow(search, { from: a!, to: b! }, time), 50);
			expect(summary.count, `trial ${trial}`).toBe(count);
			expect(summary.unreported, `trial ${trial}`).toBe(unreported);
			expect(summary.deaths, `trial ${trial}`).toBeCloseTo(deaths, 6);
			const expectedTypes = [...types].sort((x, y) => y[1] - x[1] || x[0] - y[0]).map(([code, n]) => [table.dictionaries.eventTypes[code], n]);
			expect(summary.types, `trial ${trial}`).toEqual(expectedTypes);
		}
	});
});
