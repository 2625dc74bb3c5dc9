import { describe, expect, it } from 'vitest';
import { buildEventTable, EventTableBuilder, MAX_DICTIONARY_SIZE, type EventRow } from './build-table';
import { GEO_PRECISIONS, stringAt, TIME_PRECISIONS, type EventTable } from './event-table';
import { mulberry32, randomInt, type Random } from './prng';
import { checkEventTable } from './table-checks';

/** Room for the larger random cases on a slow or busy machine (no timing is asserted). */
const HEAVY_MS = 30_000;

const META = { name: 'test', countingRule: 'test rule', synthetic: true };
const TYPES = ['Battles', 'Riots', 'Protests', 'Violence against civilians'];
const ACTORS = ['Actor A', 'Actor B', 'Civilians (Mali)', 'Militia é', 'Groupe 🙂'];
const TEXTS = ['', 'plain', 'Ménaka, "quoted"', 'line\nbreak', '🙂 emoji', 'x'.repeat(40)];

function randomRow(random: Random, i: number): EventRow {
	const pick = <T>(list: readonly T[]) => list[randomInt(random, list.length)]!;
	const start = randomInt(random, 50) * 3_600_000; // a coarse grid, so starts tie often
	const row: EventRow = { id: `R-${i}`, start, lon: random() * 26 - 10, lat: 9 + random() * 13 };
	// Leave fields out now and then: the defaults are part of what is tested.
	if (random() < 0.8) row.end = start + randomInt(random, 4) * 86_400_000;
	if (random() < 0.8) row.timePrecision = pick(TIME_PRECISIONS);
	if (random() < 0.8) row.geoPrecision = pick(GEO_PRECISIONS);
	if (random() < 0.9) row.eventType = pick(TYPES);
	if (random() < 0.9) row.actor1 = pick(ACTORS);
	if (random() < 0.5) row.actor2 = pick(ACTORS);
	if (random() < 0.9) row.country = pick(['Mali', 'Niger', 'Burkina Faso']);
	if (random() < 0.7) row.admin1 = pick(['Gao', 'Tillabéri', 'Sahel']);
	row.fatalities = random() < 0.2 ? null : randomInt(random, 30);
	if (random() < 0.3) row.fatalitiesLow = randomInt(random, 5);
	if (random() < 0.3) row.fatalitiesHigh = randomInt(random, 50);
	if (random() < 0.9) row.location = pick(TEXTS);
	if (random() < 0.9) row.notes = pick(TEXTS) + i;
	if (random() < 0.5) row.source = pick(TEXTS);
	return row;
}

/** The naive reading: sort copies of the rows (index breaks ties), then compare column by column. */
function expectTableOf(table: EventTable, rows: readonly EventRow[]): void {
	const sorted = rows.map((row, i) => ({ row, i })).sort((a, b) => a.row.start - b.row.start || a.i - b.i).map(({ row }) => row);
	const { dictionaries: d } = table;
	const column = <T>(read: (k: number) => T) => Array.from({ length: table.length }, (_, k) => read(k));
	const expected = <T>(read: (row: EventRow) => T) => sorted.map(read);
	expect(table.length).toBe(rows.length);
	expect(Array.from(table.start)).toEqual(expected((r) => r.start));
	expect(Array.from(table.end)).toEqual(expected((r) => r.end ?? r.start));
	expect(column((k) => TIME_PRECISIONS[table.timePrecision[k]!])).toEqual(expected((r) => r.timePrecision ?? 'day'));
	expect(column((k) => GEO_PRECISIONS[table.geoPrecision[k]!])).toEqual(expected((r) => r.geoPrecision ?? 'exact'));
	expect(Array.from(table.lon)).toEqual(expected((r) => Math.fround(r.lon)));
	expect(Array.from(table.lat)).toEqual(expected((r) => Math.fround(r.lat)));
	expect(column((k) => d.eventTypes[table.eventType[k]!])).toEqual(expected((r) => r.eventType ?? ''));
	expect(column((k) => d.actors[table.actor1[k]!])).toEqual(expected((r) => r.actor1 ?? ''));
	expect(column((k) => d.actors[table.actor2[k]!])).toEqual(expected((r) => r.actor2 ?? ''));
	expect(column((k) => d.countries[table.country[k]!])).toEqual(expected((r) => r.country ?? ''));
	expect(column((k) => d.admin1[table.admin1[k]!])).toEqual(expected((r) => r.admin1 ?? ''));
	expect(Array.from(table.fatalities)).toEqual(expected((r) => r.fatalities ?? NaN));
	expect(Array.from(table.fatalitiesLow)).toEqual(expected((r) => r.fatalitiesLow ?? NaN));
	expect(Array.from(table.fatalitiesHigh)).toEqual(expected((r) => r.fatalitiesHigh ?? NaN));
	expect(column((k) => stringAt(table.id, k))).toEqual(expected((r) => r.id));
	expect(column((k) => stringAt(table.location, k))).toEqual(expected((r) => r.location ?? ''));
	expect(column((k) => stringAt(table.notes, k))).toEqual(expected((r) => r.notes ?? ''));
	expect(column((k) => stringAt(table.source, k))).toEqual(expected((r) => r.source ?? ''));
}

describe('buildEventTable', () => {
	it('sorts random rows by start, ties in input order, as a naive sort does', () => {
		const random = mulberry32(11);
		const rows = Array.from({ length: 3000 }, (_, i) => randomRow(random, i));
		const table = buildEventTable(rows, META);
		expectTableOf(table, rows);
		expect(() => checkEventTable(table)).not.toThrow();
		expect(table).toMatchObject(META);
	}, HEAVY_MS);

	it('takes rows already in order, and more than a chunk of strings, from a generator', () => {
		const random = mulberry32(12);
		const rows = Array.from({ length: 10_000 }, (_, i) => randomRow(random, i)).sort((a, b) => a.start - b.start);
		function* generate() {
			yield* rows;
		}
		expectTableOf(buildEventTable(generate(), META), rows);
	}, HEAVY_MS);

	it('puts texts in start order from rows newest first (an ACLED export), days before 1970, and hours out of order within a day', () => {
		const random = mulberry32(15);
		const rows = Array.from({ length: 4000 }, (_, i) => {
			const row = randomRow(random, i);
			// Days from 1969 to 1971, newest first as the rows go, each at one of a few hours.
			row.start = Date.UTC(1971, 0, 1) - Math.floor(i / 5) * 86_400_000 + randomInt(random, 3) * 3_600_000;
			row.end = row.start;
			return row;
		});
		expectTableOf(buildEventTable(rows, META), rows);
	}, HEAVY_MS);

	it('builds the same table whatever room it is given: exactly its rows (sorted in place), none, too little, too much', () => {
		const random = mulberry32(14);
		const rows = Array.from({ length: 1500 }, (_, i) => randomRow(random, i));
		const inOrder = [...rows].sort((a, b) => a.start - b.start);
		for (const room of [0, 1, rows.length, 100, rows.length + 700]) {
			for (const input of [rows, inOrder]) {
				const builder = new EventTableBuilder(room);
				for (const row of input) builder.add(row);
				const table = builder.build(META);
				expectTableOf(table, input);
				expect(() => checkEventTable(table)).not.toThrow();
				expect(table.start.buffer.byteLength).toBe(input.length * 8); // no spare room kept
			}
		}
	}, HEAVY_MS);

	it('builds dictionaries with "" as code 0 and each value once; actor1 and actor2 share one', () => {
		const random = mulberry32(13);
		const rows = Array.from({ length: 500 }, (_, i) => randomRow(random, i));
		const { dictionaries } = buildEventTable(rows, META);
		for (const values of Object.values(dictionaries)) {
			expect(values[0]).toBe('');
			expect(new Set(values).size).toBe(values.length);
		}
		const actors = new Set(rows.flatMap((r) => [r.actor1, r.actor2]).filter((a) => a !== undefined));
		expect(new Set(dictionaries.actors.slice(1))).toEqual(actors);
	});

	it('builds an empty table from no rows', () => {
		const table = buildEventTable([], META);
		expect(table.length).toBe(0);
		expect(table.start).toHaveLength(0);
		expect(Array.from(table.id.offsets)).toEqual([0]);
		expect(table.notes.text).toBe('');
		expect(table.dictionaries.eventTypes).toEqual(['']);
	});

	it('refuses impossible rows, naming them', () => {
		const ok: EventRow = { id: 'A', start: 0, lon: 1, lat: 15 };
		expect(() => buildEventTable([ok, { ...ok, id: 'B', end: -1 }], META)).toThrow('row 1 (id "B"): end -1 is before start 0');
		expect(() => buildEventTable([{ ...ok, id: '' }], META)).toThrow('the id is empty');
		expect(() => buildEventTable([{ ...ok, start: NaN }], META)).toThrow('start NaN is not a time');
		expect(() => buildEventTable([{ ...ok, lon: 200 }], META)).toThrow('200, 15 is not a longitude and latitude');
		expect(() => buildEventTable([{ ...ok, fatalities: -2 }], META)).toThrow('fatalities -2 is not a number ≥ 0');
		expect(() => buildEventTable([{ ...ok, timePrecision: 'hour' as 'day' }], META)).toThrow('unknown time precision hour');
	});

	it(`holds up to ${MAX_DICTIONARY_SIZE} values per dictionary, "" included, and says so beyond`, () => {
		const rows = (n: number) => Array.from({ length: n }, (_, i): EventRow => ({ id: `A${i}`, start: i, lon: 0, lat: 0, actor1: `actor ${i}` }));
		expect(buildEventTable(rows(MAX_DICTIONARY_SIZE - 1), META).dictionaries.actors).toHaveLength(MAX_DICTIONARY_SIZE);
		expect(() => buildEventTable(rows(MAX_DICTIONARY_SIZE), META)).toThrow(`more than ${MAX_DICTIONARY_SIZE} different actors`);
	}, HEAVY_MS);
});
