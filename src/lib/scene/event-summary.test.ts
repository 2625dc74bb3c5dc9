import { describe, expect, it } from 'vitest';
import { buildEventTable, type EventRow } from '../dataset/build-table';
import { EventIndex } from '../dataset/event-index';
import { mulberry32 } from '../dataset/prng';
import { eventsBegunInWindow } from './events-in-window';
import { summariseEvents } from './event-summary';

const TYPES = ['Battles', 'Riots', 'Protests'];
const COUNTRIES = ['Mali', 'Niger'];

describe('summariseEvents', () => {
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
	const index = new EventIndex(table);

	it('counts the events begun in the window up to the time, as a scan of the rows does', () => {
		const window = { from: 200 * 60_000, to: 800 * 60_000 };
		const time = 600 * 60_000;
		const inRange = rows.filter((r) => r.start >= window.from && r.start <= time);
		const summary = summariseEvents(table, eventsBegunInWindow(index, window, time), 3);
		expect(summary.count).toBe(inRange.length);
		expect(summary.unreported).toBe(inRange.filter((r) => r.fatalities === null).length);
		expect(summary.deaths).toBe(inRange.reduce((sum, r) => sum + (r.fatalities ?? 0), 0));
		const byType = TYPES.map((t): [string, number] => [t, inRange.filter((r) => r.eventType === t).length]).sort((a, b) => b[1] - a[1]);
		expect(summary.types).toEqual(byType);
		expect(summary.countries.map(([, n]) => n).reduce((a, b) => a + b, 0)).toBe(inRange.length);
	});

	it('is empty before the window or with the time before it', () => {
		expect(summariseEvents(table, eventsBegunInWindow(index, { from: -10, to: -1 }, 0)).count).toBe(0);
		expect(summariseEvents(table, eventsBegunInWindow(index, { from: 500 * 60_000, to: 900 * 60_000 }, 100 * 60_000)).count).toBe(0);
	});
});
