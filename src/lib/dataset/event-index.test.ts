import { describe, expect, it } from 'vitest';
import { greatCircleKm } from '../geo/distance';
import { buildEventTable, type EventRow } from './build-table';
import { stringAt, type EventTable } from './event-table';
import { EventIndex } from './event-index';
import { mulberry32, randomInt } from './prng';

/** Room for the larger random cases on a slow or busy machine (no timing is asserted). */
const HEAVY_MS = 30_000;

const HOUR = 3_600_000;
const META = { name: 'test', countingRule: 'test', synthetic: true };
const TYPES = ['Battles', 'Riots', 'Protests'];
const ACTORS = ['A', 'B', 'C', 'D'];

/** Starts on an hourly grid (ties), spans of 0 to 3 days, points on a coarse grid (equal distances). */
function randomTable(seed: number, n: number): EventTable {
	const random = mulberry32(seed);
	const rows = Array.from({ length: n }, (_, i): EventRow => {
		const start = randomInt(random, 2000) * HOUR;
		return {
			id: `E${randomInt(random, n)}`, // repeats on purpose: rowById gives the first
			start,
			end: start + randomInt(random, 4) * 24 * HOUR,
			lon: randomInt(random, 60) / 4 - 5,
			lat: 10 + randomInt(random, 40) / 4,
			eventType: TYPES[randomInt(random, TYPES.length)],
			actor1: ACTORS[randomInt(random, ACTORS.length)],
			actor2: random() < 0.5 ? ACTORS[randomInt(random, ACTORS.length)] : undefined,
			fatalities: random() < 0.3 ? null : randomInt(random, 20)
		};
	});
	return buildEventTable(rows, META);
}

const rowsWhere = (table: EventTable, keep: (r: number) => boolean) => Array.from({ length: table.length }, (_, r) => r).filter(keep);

describe('EventIndex on random data, against a scan of every row', () => {
	const table = randomTable(21, 4000);
	const index = new EventIndex(table);
	const random = mulberry32(22);
	const someTime = () => (randomInt(random, 2200) - 100) * HOUR + (random() < 0.5 ? 0 : HOUR / 2);

	it('counts the events begun by t, and before t (ties, and times outside the data)', () => {
		for (const t of [-Infinity, -1, 0, 1999 * HOUR, 5000 * HOUR, Infinity, ...Array.from({ length: 300 }, someTime)]) {
			expect(index.countUpTo(t)).toBe(rowsWhere(table, (r) => table.start[r]! <= t).length);
			expect(index.countBefore(t)).toBe(rowsWhere(table, (r) => table.start[r]! < t).length);
		}
	}, HEAVY_MS);

	it('finds the events overlapping a window, and its candidates hold them all', () => {
		expect(index.maxDuration).toBe(3 * 24 * HOUR);
		for (let q = 0; q < 300; q++) {
			const [from, to] = [someTime(), someTime()].sort((a, b) => a - b) as [number, number];
			const expected = rowsWhere(table, (r) => table.start[r]! <= to && table.end[r]! >= from);
			expect(Array.from(index.rangeIn(from, to))).toEqual(expected);
			const [lo, hi] = index.candidates(from, to);
			expect(expected.every((r) => r >= lo && r < hi)).toBe(true);
		}
		expect(index.rangeIn(-10 * HOUR, -HOUR)).toHaveLength(0);
		expect(index.rangeIn(9000 * HOUR, 9001 * HOUR)).toHaveLength(0);
	}, HEAVY_MS);

	it('finds rows by id (the first of a repeated id) and by category', () => {
		for (let r = 0; r < table.length; r += 7) {
			const id = stringAt(table.id, r);
			expect(index.rowById(id)).toBe(rowsWhere(table, (k) => stringAt(table.id, k) === id)[0]);
		}
		expect(index.rowById('nope')).toBeUndefined();
		const { eventTypes, actors } = table.dictionaries;
		for (const type of TYPES) {
			expect(Array.from(index.rowsOfEventType(type))).toEqual(rowsWhere(table, (r) => eventTypes[table.eventType[r]!] === type));
		}
		for (const actor of ACTORS) {
			const expected = rowsWhere(table, (r) => actors[table.actor1[r]!] === actor || actors[table.actor2[r]!] === actor);
			expect(Array.from(index.rowsOfActor(actor))).toEqual(expected);
		}
		expect(index.rowsOfEventType('Strategic developments')).toHaveLength(0);
		expect(index.rowsOfActor('nobody')).toHaveLength(0);
	}, HEAVY_MS);

	it('gives the time and space bounds', () => {
		const all = rowsWhere(table, () => true);
		const min = (read: (r: number) => number) => all.reduce((m, r) => Math.min(m, read(r)), Infinity);
		const max = (read: (r: number) => number) => all.reduce((m, r) => Math.max(m, read(r)), -Infinity);
		expect(index.extent()).toEqual({
			from: min((r) => table.start[r]!),
			to: max((r) => table.end[r]!),
			west: min((r) => table.lon[r]!),
			east: max((r) => table.lon[r]!),
			south: min((r) => table.lat[r]!),
			north: max((r) => table.lat[r]!)
		});
	});

	it('picks the nearest event within a radius in km (equal distances: the earlier row), with a filter', () => {
		for (let q = 0; q < 200; q++) {
			const lon = random() * 20 - 7;
			const lat = 8 + random() * 14;
			const radiusKm = [5, 30, 150][q % 3]!;
			const shownBy = q % 2 === 0 ? Infinity : someTime();
			let best: number | undefined;
			let bestKm = Infinity;
			for (let r = 0; r < table.length; r++) {
				const km = greatCircleKm([lon, lat], [table.lon[r]!, table.lat[r]!]);
				if (km <= radiusKm && table.start[r]! <= shownBy && km < bestKm) [best, bestKm] = [r, km];
			}
			expect(index.nearest(lon, lat, radiusKm, (r) => table.start[r]! <= shownBy)).toBe(best);
		}
		// On a grid point many events share: the first row there.
		const r0 = 1234;
		const there = rowsWhere(table, (r) => table.lon[r] === table.lon[r0] && table.lat[r] === table.lat[r0]);
		expect(index.nearest(table.lon[r0]!, table.lat[r0]!, 1)).toBe(there[0]);
	}, HEAVY_MS);

	it('lists the events inside a box, edges included', () => {
		for (let q = 0; q < 200; q++) {
			const [west, east] = [random() * 20 - 7, random() * 20 - 7].sort((a, b) => a - b) as [number, number];
			const [south, north] = [8 + random() * 14, 8 + random() * 14].sort((a, b) => a - b) as [number, number];
			const box = q === 0 ? { west: -2, east: 3, south: 12, north: 15 } : { west, east, south, north };
			const expected = rowsWhere(table, (r) => table.lon[r]! >= box.west && table.lon[r]! <= box.east && table.lat[r]! >= box.south && table.lat[r]! <= box.north);
			expect(Array.from(index.within(box))).toEqual(expected);
		}
	}, HEAVY_MS);

	it('bins the events starting in a window, with their fatalities (NaN adds nothing)', () => {
		for (let q = 0; q < 100; q++) {
			const [from, to] = q === 0 ? [0, 2000 * HOUR] : ([someTime(), someTime() + HOUR].sort((a, b) => a - b) as [number, number]);
			const count = [1, 7, 50, 200][q % 4]!;
			const edge = (k: number) => from + ((to - from) * k) / count;
			const counts = new Array<number>(count).fill(0);
			const deaths = new Array<number>(count).fill(0);
			const reported = new Array<number>(count).fill(0);
			for (let r = 0; r < table.length; r++) {
				const s = table.start[r]!;
				if (s < from || s > to) continue;
				let k = count - 1;
				while (k > 0 && s < edge(k)) k--;
				counts[k]!++;
				if (!Number.isNaN(table.fatalities[r])) {
					deaths[k]! += table.fatalities[r]!;
					reported[k]!++;
				}
			}
			const bins = index.timeBins({ from, to }, count);
			expect(Array.from(bins.counts)).toEqual(counts);
			expect(Array.from(bins.fatalities)).toEqual(deaths);
			expect(Array.from(bins.reported)).toEqual(reported);
		}
	}, HEAVY_MS);

	it('refuses bins it cannot make', () => {
		expect(() => index.timeBins({ from: 0, to: HOUR }, 0)).toThrow(RangeError);
		expect(() => index.timeBins({ from: 0, to: HOUR }, 2.5)).toThrow(RangeError);
		expect(() => index.timeBins({ from: HOUR, to: HOUR }, 3)).toThrow(RangeError);
	});
});

describe('EventIndex on an empty table', () => {
	const index = new EventIndex(buildEventTable([], META));

	it('answers every query with nothing', () => {
		expect(index.maxDuration).toBe(0);
		expect(index.countUpTo(0)).toBe(0);
		expect(index.countBefore(0)).toBe(0);
		expect(index.rangeIn(-Infinity, Infinity)).toHaveLength(0);
		expect(index.rowById('E1')).toBeUndefined();
		expect(index.rowsOfEventType('')).toHaveLength(0);
		expect(index.rowsOfActor('A')).toHaveLength(0);
		expect(index.extent()).toBeNull();
		expect(index.nearest(0, 15, 1000)).toBeUndefined();
		expect(index.within({ west: -180, south: -90, east: 180, north: 90 })).toHaveLength(0);
		expect(Array.from(index.timeBins({ from: 0, to: HOUR }, 4).counts)).toEqual([0, 0, 0, 0]);
	});
});
