import { describe, expect, it } from 'vitest';
import { encodeEventTable } from './binary-format';
import { stringAt, TIME_PRECISIONS, GEO_PRECISIONS } from './event-table';
import { cumulate, mulberry32, weightedIndex } from './prng';
import { SAHEL_FRAME, SYNTHETIC_NOTE, syntheticEvents, syntheticEventTable } from './synthetic';
import { COUNTRIES, TOWNS } from './synthetic-places';

const ACLED_TYPES = ['Battles', 'Violence against civilians', 'Explosions/Remote violence', 'Riots', 'Protests', 'Strategic developments'];

describe('mulberry32', () => {
	it('repeats from a seed and stays in [0, 1)', () => {
		const a = mulberry32(9);
		const b = mulberry32(9);
		const values = Array.from({ length: 1000 }, () => a());
		expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
		expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
		expect(mulberry32(10)()).not.toBe(values[0]);
	});

	it('draws indices in proportion to their weights', () => {
		const random = mulberry32(3);
		const counts = [0, 0, 0];
		const weights = cumulate([1, 0, 3]);
		for (let i = 0; i < 8000; i++) counts[weightedIndex(random, weights)]!++;
		expect(counts[1]).toBe(0);
		expect(counts[2]! / counts[0]!).toBeGreaterThan(2.6);
		expect(counts[2]! / counts[0]!).toBeLessThan(3.4);
	});
});

describe('synthetic events', () => {
	const count = 20_000;
	const table = syntheticEventTable({ count, seed: 42 });
	const rows = Array.from({ length: count }, (_, r) => r);
	const share = (keep: (r: number) => boolean) => rows.filter(keep).length / count;

	it('are the same for the same seed and differ for another', () => {
		const bytes = (seed: number) => encodeEventTable(syntheticEventTable({ count: 2000, seed }));
		const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);
		expect(same(bytes(42), bytes(42))).toBe(true);
		expect(same(bytes(42), bytes(43))).toBe(false);
		expect(syntheticEventTable({ count: 0, seed: 1 }).length).toBe(0);
	});

	it('say in every row, id and name that they are synthetic', () => {
		expect(table.synthetic).toBe(true);
		expect(table.name).toMatch(/^Synthetic/);
		const ids = rows.map((r) => stringAt(table.id, r));
		expect(ids.filter((id) => !id.startsWith('SYN-'))).toEqual([]);
		expect(new Set(ids).size).toBe(count);
		expect(rows.filter((r) => !stringAt(table.notes, r).startsWith(SYNTHETIC_NOTE))).toEqual([]);
	});

	it('lie in the Sahel frame and in the given period', () => {
		const from = Date.UTC(2019, 0, 1);
		const to = Date.UTC(2020, 0, 1);
		const events = [...syntheticEvents({ count: 2000, seed: 8, from, to })];
		const { west, east, south, north } = SAHEL_FRAME;
		expect(events.filter((e) => !(e.lon >= west && e.lon <= east && e.lat >= south && e.lat <= north))).toEqual([]);
		// A month-precision event starts on the first of its month, which may be in December 2018.
		expect(events.filter((e) => !(e.end >= from && e.start < to && e.end > e.start))).toEqual([]);
	});

	it('cluster near towns and come in bursts', () => {
		const nearTown = share((r) => TOWNS.some((t) => Math.abs(t.lon - table.lon[r]!) < 0.6 && Math.abs(t.lat - table.lat[r]!) < 0.6));
		expect(nearTown).toBeGreaterThan(0.8);
		// Busiest week against the median week: bursts stand far above the trend.
		const weeks = new Map<number, number>();
		for (const r of rows) {
			const week = Math.floor(table.start[r]! / (7 * 86_400_000));
			weeks.set(week, (weeks.get(week) ?? 0) + 1);
		}
		const sorted = Array.from(weeks.values()).sort((a, b) => a - b);
		expect(sorted.at(-1)! / sorted[Math.floor(sorted.length / 2)]!).toBeGreaterThan(4);
	});

	it("have ACLED's event types, the Sahel's countries and a few imprecise dates and places", () => {
		expect(new Set(table.dictionaries.eventTypes.slice(1))).toEqual(new Set(ACLED_TYPES));
		expect(table.dictionaries.countries.slice(1).every((c) => COUNTRIES.some((k) => k.name === c))).toBe(true);
		expect(table.dictionaries.countries).toEqual(expect.arrayContaining(['Mali', 'Niger', 'Burkina Faso']));
		const day = TIME_PRECISIONS.indexOf('day');
		const exact = GEO_PRECISIONS.indexOf('exact');
		expect(share((r) => table.timePrecision[r] !== day)).toBeGreaterThan(0.05);
		expect(share((r) => table.timePrecision[r] !== day)).toBeLessThan(0.3);
		expect(share((r) => table.geoPrecision[r] !== exact)).toBeGreaterThan(0.1);
		expect(share((r) => table.geoPrecision[r] !== exact)).toBeLessThan(0.5);
	});

	it('have fatalities with many zeros and a long tail', () => {
		expect(share((r) => table.fatalities[r] === 0)).toBeGreaterThan(0.4);
		expect(share((r) => table.fatalities[r]! >= 10)).toBeGreaterThan(0.03);
		expect(table.fatalities.reduce((max, f) => Math.max(max, f), 0)).toBeGreaterThan(80);
		expect(rows.every((r) => Number.isNaN(table.fatalitiesLow[r]) || table.fatalitiesLow[r]! <= table.fatalities[r]!)).toBe(true);
		expect(rows.every((r) => Number.isNaN(table.fatalitiesHigh[r]) || table.fatalitiesHigh[r]! >= table.fatalities[r]!)).toBe(true);
	});

	it("can be limited to what UCDP records: organised violence with at least one death", () => {
		const events = [...syntheticEvents({ count: 2000, seed: 9, ucdp: true })];
		expect(new Set(events.map((e) => e.eventType))).toEqual(new Set(['Battles', 'Violence against civilians', 'Explosions/Remote violence']));
		expect(events.filter((e) => e.fatalities < 1)).toEqual([]);
	});
});
