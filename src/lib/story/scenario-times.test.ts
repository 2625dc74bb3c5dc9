// Expected instants are written out by hand from the seed's local times (Niamey is UTC+1, Mali UTC+0).
import { describe, expect, it } from 'vitest';
import type { Incident, Scenario } from '../scenario/schema';
import { calendarSpan, eventTimes, scenarioBounds, timedContext, timedIncidents } from './scenario-times';
import { seed, seedIncident } from '../../../tests/unit/seed';

const DAY = 86_400_000;
const HOUR = 3_600_000;

const TONGO_START = Date.UTC(2017, 9, 4, 10, 40);
const AYOROU_START = Date.UTC(2017, 9, 21, 4, 45);
const INATES_START = Date.UTC(2019, 11, 10, 14, 0);
const CHINAGODRAR_START = Date.UTC(2020, 0, 9, 11, 0);
const CHINAGODRAR_END = Date.UTC(2020, 0, 9, 13, 0);

describe('calendarSpan', () => {
	it('spans a whole month for a month-only date, a whole day for a day', () => {
		expect(calendarSpan('2017-07')).toEqual({ start: Date.UTC(2017, 6, 1), end: Date.UTC(2017, 7, 1) });
		expect(calendarSpan('2017-10-21')).toEqual({ start: Date.UTC(2017, 9, 21), end: Date.UTC(2017, 9, 22) });
	});

	it('runs December into the next year and 31 December into 1 January', () => {
		expect(calendarSpan('2019-12')).toEqual({ start: Date.UTC(2019, 11, 1), end: Date.UTC(2020, 0, 1) });
		expect(calendarSpan('2019-12-31').end).toBe(Date.UTC(2020, 0, 1));
	});

	it('keeps a year below 100 as written', () => {
		expect(new Date(calendarSpan('0050-03').start).toISOString()).toBe('0050-03-01T00:00:00.000Z');
	});
});

describe('timedIncidents', () => {
	it('gives each incident its place and its instants, in time order whatever the file order', () => {
		const shuffled: Scenario = { ...seed, incidents: [...seed.incidents].reverse() };
		const timed = timedIncidents(shuffled);
		expect(timed.map((t) => [t.incident.id, t.start])).toEqual([
			['tongo-tongo-2017-10-04', TONGO_START],
			['ayorou-2017-10-21', AYOROU_START],
			['inates-2019-12-10', INATES_START],
			['chinagodrar-2020-01-09', CHINAGODRAR_START]
		]);
		expect(timed.map((t) => t.place.id)).toEqual(['tongo-tongo', 'ayorou', 'inates', 'chinagodrar']);
		expect(timed.at(-1)?.end).toBe(CHINAGODRAR_END);
	});
});

describe('timedContext', () => {
	it('draws a month-only event across its month, in time order', () => {
		const timed = timedContext({ ...seed, context: [...seed.context].reverse() });
		expect(timed.map((c) => c.t)).toEqual([...timed.map((c) => c.t)].sort((a, b) => a - b));
		const g5 = timed.find((c) => c.id === 'g5-sahel-joint-force-2017-07');
		expect([g5?.t, g5?.end]).toEqual([Date.UTC(2017, 6, 1), Date.UTC(2017, 7, 1)]);
		const emergency = timed.find((c) => c.id === 'mali-state-of-emergency-2017-10-21');
		expect([emergency?.t, emergency?.end]).toEqual([Date.UTC(2017, 9, 21), Date.UTC(2017, 9, 22)]);
	});
});

describe('scenarioBounds', () => {
	it('spans the seed from a week before its first event to a week after its last', () => {
		// First: the G5 Sahel context event of July 2017; last: the end of the Chinagodrar attack.
		expect(scenarioBounds(seed)).toEqual({ from: Date.UTC(2017, 6, 1) - 7 * DAY, to: CHINAGODRAR_END + 7 * DAY });
	});

	it('counts a context event that ends after every incident', () => {
		const late: Scenario = { ...seed, context: [{ ...seed.context[0]!, date: '2020-03' }] };
		expect(scenarioBounds(late)).toEqual({ from: TONGO_START - 7 * DAY, to: Date.UTC(2020, 3, 1) + 7 * DAY });
	});

	it('falls back to the month before 2020 for a scenario with nothing dated', () => {
		const now = Date.UTC(2020, 0, 1);
		expect(scenarioBounds({ ...seed, incidents: [], context: [] })).toEqual({ from: now - 30 * DAY, to: now });
	});
});

describe('eventTimes', () => {
	it('stops at each incident start and end, each waypoint and each context date, once each, in order', () => {
		const expected = new Set<number>();
		for (const i of seed.incidents) expected.add(Date.parse(i.start)).add(Date.parse(i.end));
		for (const m of seed.movements) for (const w of m.waypoints) expected.add(Date.parse(w.t));
		// The context dates: July 2017, 21 October 2017 (three events), November 2019.
		expected.add(Date.UTC(2017, 6, 1)).add(Date.UTC(2017, 9, 21)).add(Date.UTC(2019, 10, 1));
		const times = eventTimes(seed);
		expect(new Set(times)).toEqual(expected);
		expect(times).toHaveLength(expected.size);
		for (let k = 1; k < times.length; k++) expect(times[k]).toBeGreaterThan(times[k - 1]!);
		// The Ayorou raid left Mali at 03:55 (UTC+0), and the Chinagodrar attack began as its columns arrived.
		expect(times).toContain(Date.UTC(2017, 9, 21, 3, 55));
		expect(times.filter((t) => t === CHINAGODRAR_START)).toHaveLength(1);
	});
});

// --- At 100,000 incidents --------------------------------------------------------------------
// The incidents are one hour apart and last 30 minutes, shuffled, so the first start and the
// last end are known by construction. No timing is asserted: only a generous timeout.
describe('100,000 synthetic incidents', () => {
	const N = 100_000;
	const first = Date.UTC(2000, 0, 1);
	const template = seedIncident('ayorou-2017-10-21');
	const iso = (t: number) => new Date(t).toISOString();
	// k ↦ 7919·k mod N is a permutation (7919 is prime to N): the file order is far from time order.
	const order = Array.from({ length: N }, (_, k) => (k * 7_919) % N);
	const incidents: Incident[] = order.map((k) => ({
		...template,
		id: `synthetic-${k}`,
		start: iso(first + k * HOUR),
		end: iso(first + k * HOUR + HOUR / 2)
	}));
	const big: Scenario = { ...seed, incidents, movements: [], context: [] };
	const lastEnd = first + (N - 1) * HOUR + HOUR / 2;

	it('bounds them without a RangeError', { timeout: 60_000 }, () => {
		expect(scenarioBounds(big)).toEqual({ from: first - 7 * DAY, to: lastEnd + 7 * DAY });
	});

	it('sorts them and lists every start and end', { timeout: 60_000 }, () => {
		const timed = timedIncidents(big);
		expect(timed).toHaveLength(N);
		expect(timed[0]?.incident.id).toBe('synthetic-0');
		expect(timed.at(-1)?.incident.id).toBe(`synthetic-${N - 1}`);
		expect(timed.every((t, k) => t.start === first + k * HOUR)).toBe(true);
		const times = eventTimes(big);
		expect(times).toHaveLength(2 * N);
		expect(times.every((t, k) => t === first + (k >> 1) * HOUR + (k % 2) * (HOUR / 2))).toBe(true);
	});
});
