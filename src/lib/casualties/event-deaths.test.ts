import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildEventTable } from '../dataset/build-table';
import { mulberry32 } from '../dataset/prng';
import { syntheticEvents } from '../dataset/synthetic';
import { DAY } from '../time/time-window';
import { eventDeaths, type EventDeathsAt } from './event-deaths';

type Columns = Parameters<typeof eventDeaths>[0];
const META = { name: 'Test events', countingRule: 'test rule', synthetic: true };

/** The oracle: every row looked at, in any order, nothing precomputed. */
function naive({ start, fatalities }: Columns, t: number): EventDeathsAt {
	const at = { events: 0, killed: 0, reported: 0 };
	for (let r = 0; r < start.length; r++) {
		if (!(start[r]! <= t)) continue;
		at.events++;
		if (Number.isNaN(fatalities[r]!)) continue;
		at.killed += fatalities[r]!;
		at.reported++;
	}
	return at;
}

/**
 * The synthetic generator's starts and fatalities, with a share of the figures taken away (the
 * generator always gives one) and sorted by start as a table keeps them, ties in the source's order.
 * Only these two columns: a million rows fit in a test without their strings.
 */
function syntheticColumns(count: number, seed: number, unreported: number): Columns {
	const random = mulberry32(seed + 1);
	const start = new Float64Array(count);
	const deaths = new Float32Array(count);
	let r = 0;
	for (const event of syntheticEvents({ count, seed, from: Date.UTC(2017, 0, 1), to: Date.UTC(2020, 6, 1) })) {
		start[r] = event.start;
		deaths[r++] = random() < unreported ? NaN : event.fatalities;
	}
	const order = Uint32Array.from(start, (_, k) => k).sort((a, b) => start[a]! - start[b]! || a - b);
	return { ...META, start: Float64Array.from(order, (k) => start[k]!), fatalities: Float32Array.from(order, (k) => deaths[k]!) };
}

/** Times worth asking about: before the first event, on every kind of start (ties too), between, after the last. */
function queryTimes(columns: Columns, seed: number, random: number): number[] {
	const { start } = columns;
	const first = start[0]!;
	const last = start[start.length - 1]!;
	const pick = mulberry32(seed);
	const times = [-Infinity, first - 1, first, last - 1, last, last + 1, Infinity];
	for (let k = 0; k < random; k++) {
		const row = Math.floor(pick() * start.length);
		times.push(start[row]!, start[row]! - 1, start[row]! + DAY / 2, first - DAY + pick() * (last - first + 2 * DAY));
	}
	return times;
}

describe('eventDeaths', () => {
	// Three events at t = 20, one with no figure and one with a figure of 0.
	const small: Columns = {
		...META,
		start: Float64Array.from([10, 20, 20, 20, 30]),
		fatalities: Float32Array.from([1, NaN, 2, 0, 5])
	};
	const deaths = eventDeaths(small);

	it.each([
		['before the first event', 9, { events: 0, killed: 0, reported: 0 }],
		['at the first event', 10, { events: 1, killed: 1, reported: 1 }],
		['at a tie: every row of that time', 20, { events: 4, killed: 3, reported: 3 }],
		['between events', 25, { events: 4, killed: 3, reported: 3 }],
		['at the last event', 30, { events: 5, killed: 8, reported: 4 }],
		['after the last event', 1e15, { events: 5, killed: 8, reported: 4 }],
		['at -Infinity', -Infinity, { events: 0, killed: 0, reported: 0 }],
		['at Infinity', Infinity, { events: 5, killed: 8, reported: 4 }]
	])('at(t) %s', (_, t, expected) => {
		expect(deaths.at(t)).toEqual(expected);
	});

	it('counts a row with no figure as an event, not as 0 killed', () => {
		const onlyNone = eventDeaths({ ...META, start: Float64Array.from([5, 6]), fatalities: Float32Array.from([NaN, NaN]) });
		expect(onlyNone.at(6)).toEqual({ events: 2, killed: 0, reported: 0 });
	});

	it('carries the table’s name, counting rule, synthetic flag and first start', () => {
		expect([deaths.name, deaths.countingRule, deaths.synthetic, deaths.first]).toEqual(['Test events', 'test rule', true, 10]);
	});

	it('refuses a time that is not a number', () => {
		expect(() => deaths.at(NaN)).toThrow('invalid time: NaN');
	});

	it('answers an empty table with nothing begun', () => {
		const empty = eventDeaths({ ...META, start: new Float64Array(0), fatalities: new Float32Array(0) });
		expect(empty.at(0)).toEqual({ events: 0, killed: 0, reported: 0 });
		expect(empty.first).toBeNull();
	});

	it.each([1, 2, 3])('equals the naive sum on a synthetic table built by buildEventTable (seed %i)', (seed) => {
		const random = mulberry32(seed);
		const table = buildEventTable(
			[...syntheticEvents({ count: 3000, seed, from: Date.UTC(2018, 0, 1), to: Date.UTC(2018, 6, 1) })].map((event) => ({
				...event,
				fatalities: random() < 0.2 ? null : event.fatalities
			})),
			META
		);
		// What the test is for: many events on one day, and rows with no figure.
		expect(table.start.some((t, r) => r > 0 && t === table.start[r - 1])).toBe(true);
		expect(table.fatalities.some(Number.isNaN)).toBe(true);
		const deaths = eventDeaths(table);
		for (const t of queryTimes(table, seed, 200)) expect(deaths.at(t), `t = ${t}`).toEqual(naive(table, t));
	});

	it('equals the naive sum for any small table (ties and missing figures drawn often)', () => {
		const row = fc.record({ start: fc.integer({ min: 0, max: 20 }), deaths: fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }) });
		fc.assert(
			fc.property(fc.array(row, { maxLength: 40 }), fc.integer({ min: -2, max: 22 }), (rows, t) => {
				rows.sort((a, b) => a.start - b.start);
				const columns: Columns = {
					...META,
					start: Float64Array.from(rows, (r) => r.start),
					fatalities: Float32Array.from(rows, (r) => r.deaths ?? NaN)
				};
				expect(eventDeaths(columns).at(t)).toEqual(naive(columns, t));
			})
		);
	});

	// A budget of its own: generating a million events takes seconds, more on a shared machine; nothing is timed.
	it('equals the naive sum on a million synthetic events', { timeout: 120_000 }, () => {
		const columns = syntheticColumns(1_000_000, 11, 0.1);
		const deaths = eventDeaths(columns);
		for (const t of queryTimes(columns, 11, 10)) expect(deaths.at(t), `t = ${t}`).toEqual(naive(columns, t));
	});
});
