import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../scenario/load';
import type { Incident, Measure, Side, Toll, TollReport } from '../scenario/schema';
import {
	createRunningTotals,
	formatBand,
	MEASURES,
	SIDES,
	stackBands,
	sumSides,
	tollBand,
	TOTALS_POLICIES,
	type Band,
	type Totals,
	type TotalsPolicy
} from './running-totals';

// --- Fixtures ------------------------------------------------------------------

let serial = 0;
function incident(start: string, tolls: Toll[]): Incident {
	serial += 1;
	return {
		id: `place-${serial}-${start.slice(0, 10)}`,
		title: { en: 'Attack', fr: 'Attaque' },
		kind: 'ambush',
		start,
		end: start,
		timePrecision: 'hour',
		placeId: `place-${serial}`,
		summary: { en: 'Synthetic.', fr: 'Synthétique.' },
		actorIds: ['someone'],
		sourceIds: ['src'],
		tolls
	};
}
const value = (n: number, atLeast?: boolean): TollReport => ({ value: n, sourceId: 'src', ...(atLeast ? { atLeast } : {}) });
const range = (low: number, high: number, atLeast?: boolean): TollReport => ({
	low,
	high,
	sourceId: 'src',
	...(atLeast ? { atLeast } : {})
});
const toll = (side: Side, measure: Measure, ...reports: TollReport[]): Toll => ({ side, measure, reports });

const band = (low: number, high = low, atLeast = false): Band => ({ low, high, atLeast });
const h = (iso: string) => Date.parse(iso);

// --- The seed, summed by hand --------------------------------------------------
//
// From seeds/sahel-2017-2020.json, report by report:
//
//                     security killed                 first  latest  range
//   Tongo Tongo       US 4, 4; Nigerien 4; interp. 1     9      9    9
//   Ayorou            12, 13, 13                         12     13    12–13
//   Inates            71, ≥100                           71    ≥100   71–100+
//   Chinagodrar       25, ≥25, ≥89, 89                   25     89    25–89 (the last report at 89 drops "at least")
//
//   security wounded: Tongo Tongo 2 + 8, Ayorou 5, Inates 12, Chinagodrar 6 (every policy)
//   attackers killed: Tongo Tongo ≥21, Ayorou 1, Chinagodrar 63 then 77
//   civilians: none reported

describe('the seed, summed by hand', () => {
	const loaded = loadScenario(readFileSync(new URL('../../../seeds/sahel-2017-2020.json', import.meta.url), 'utf8'));
	if (!loaded.ok) throw new Error(`the seed does not load: ${JSON.stringify(loaded.errors.slice(0, 3))}`);
	const { incidents } = loaded.scenario;
	const totals = createRunningTotals(incidents);
	const start = (id: string): number => {
		const found = incidents.find((inc) => inc.id === id);
		if (!found) throw new Error(`no incident ${id} in the seed`);
		return Date.parse(found.start);
	};
	const tongo = start('tongo-tongo-2017-10-04');
	const ayorou = start('ayorou-2017-10-21');
	const inates = start('inates-2019-12-10');
	const chinagodrar = start('chinagodrar-2020-01-09');
	const end = h('2020-02-01T00:00:00+01:00');

	const cases: { name: string; t: number; policy: TotalsPolicy; side: Side; measure: Measure; expected: Band }[] = [
		...TOTALS_POLICIES.map((policy) => ({
			name: 'before Tongo Tongo',
			t: tongo - 1,
			policy,
			side: 'security' as const,
			measure: 'killed' as const,
			expected: band(0)
		})),
		{ name: 'from Tongo Tongo’s start', t: tongo, policy: 'latest', side: 'security', measure: 'killed', expected: band(9) },
		{ name: 'just before Ayorou', t: ayorou - 1, policy: 'latest', side: 'security', measure: 'killed', expected: band(9) },
		{ name: 'after Ayorou', t: ayorou, policy: 'latest', side: 'security', measure: 'killed', expected: band(9 + 13) },
		{ name: 'after Ayorou', t: ayorou, policy: 'first', side: 'security', measure: 'killed', expected: band(9 + 12) },
		{ name: 'after Ayorou', t: ayorou, policy: 'range', side: 'security', measure: 'killed', expected: band(21, 22) },
		{ name: 'mid-2018', t: h('2018-06-01T00:00:00Z'), policy: 'range', side: 'security', measure: 'wounded', expected: band(2 + 8 + 5) },
		{ name: 'after Inates', t: inates, policy: 'first', side: 'security', measure: 'killed', expected: band(21 + 71) },
		{ name: 'after Inates', t: inates, policy: 'latest', side: 'security', measure: 'killed', expected: band(22 + 100, 122, true) },
		{ name: 'after Inates', t: inates, policy: 'range', side: 'security', measure: 'killed', expected: band(92, 122, true) },
		{ name: 'at the end', t: end, policy: 'first', side: 'security', measure: 'killed', expected: band(9 + 12 + 71 + 25) },
		{ name: 'at the end', t: end, policy: 'latest', side: 'security', measure: 'killed', expected: band(9 + 13 + 100 + 89, 211, true) },
		{ name: 'at the end', t: end, policy: 'range', side: 'security', measure: 'killed', expected: band(117, 211, true) },
		{ name: 'at the end', t: end, policy: 'first', side: 'attackers', measure: 'killed', expected: band(21 + 1 + 63, 85, true) },
		{ name: 'at the end', t: end, policy: 'latest', side: 'attackers', measure: 'killed', expected: band(21 + 1 + 77, 99, true) },
		{ name: 'at the end', t: end, policy: 'range', side: 'attackers', measure: 'killed', expected: band(85, 99, true) },
		...TOTALS_POLICIES.map((policy) => ({
			name: 'at the end',
			t: end,
			policy,
			side: 'security' as const,
			measure: 'wounded' as const,
			expected: band(2 + 8 + 5 + 12 + 6)
		})),
		{ name: 'at the end', t: end, policy: 'range', side: 'civilians', measure: 'killed', expected: band(0) }
	];
	it.each(cases)('$side $measure $name ($policy)', ({ t, policy, side, measure, expected }) => {
		expect(totals.at(t, policy)[side][measure]).toEqual(expected);
	});

	const jump = (t: number, policy: TotalsPolicy, side: Side = 'security', measure: Measure = 'killed') => {
		const [before, after] = [totals.at(t - 1, policy)[side][measure], totals.at(t, policy)[side][measure]];
		return { low: after.low - before.low, high: after.high - before.high };
	};

	it('rises by exactly 13 across Ayorou under "latest", 12 under "first"', () => {
		expect(jump(ayorou, 'latest')).toEqual({ low: 13, high: 13 });
		expect(jump(ayorou, 'first')).toEqual({ low: 12, high: 12 });
	});

	it('adds 25–89 security forces killed at Chinagodrar under "range"', () => {
		expect(jump(chinagodrar, 'range')).toEqual({ low: 25, high: 89 });
		expect(tollBand(incidents.find((inc) => inc.id === 'chinagodrar-2020-01-09')!.tolls[0]!.reports, 'range')).toEqual(band(25, 89));
	});

	it('steps once per attack', () => {
		expect(totals.steps('range').map((step) => step.t)).toEqual([tongo, ayorou, inates, chinagodrar]);
	});
});

// --- tollBand ------------------------------------------------------------------

describe('tollBand', () => {
	const cases: { name: string; reports: TollReport[]; policy: TotalsPolicy; expected: Band }[] = [
		{ name: 'first of two values', reports: [value(25), value(89)], policy: 'first', expected: band(25) },
		{ name: 'latest of two values', reports: [value(25), value(89)], policy: 'latest', expected: band(89) },
		{ name: 'range of two values', reports: [value(25), value(89)], policy: 'range', expected: band(25, 89) },
		{ name: 'a first report that is a range', reports: [range(10, 20), value(15)], policy: 'first', expected: band(10, 20) },
		{ name: 'range over ranges and values', reports: [range(10, 20), value(8), range(12, 30)], policy: 'range', expected: band(8, 30) },
		{ name: 'a decreasing toll', reports: [value(30), value(20)], policy: 'range', expected: band(20, 30) },
		{ name: '"at least" at the highest figure', reports: [value(25), value(89, true)], policy: 'range', expected: band(25, 89, true) },
		{ name: '"at least" below a higher figure', reports: [value(25, true), value(89)], policy: 'range', expected: band(25, 89) },
		{ name: '"at least" kept by first', reports: [value(25, true), value(89)], policy: 'first', expected: band(25, 25, true) },
		{ name: '"at least 89" then "89"', reports: [value(25), value(89, true), value(89)], policy: 'range', expected: band(25, 89) },
		{ name: '"89" then "at least 89"', reports: [value(89), value(89, true)], policy: 'range', expected: band(89, 89, true) },
		{ name: 'a single report', reports: [value(4)], policy: 'latest', expected: band(4) }
	];
	it.each(cases)('$name ($policy)', ({ reports, policy, expected }) => {
		expect(tollBand(reports, policy)).toEqual(expected);
	});

	it('fails loudly on a bad policy or no reports', () => {
		expect(() => tollBand([value(1)], 'median' as TotalsPolicy)).toThrow('invalid policy: median');
		expect(() => tollBand([], 'first')).toThrow('invalid toll');
	});
});

// --- createRunningTotals on a small synthetic scenario -------------------------

describe('createRunningTotals', () => {
	const incidents = [
		// Out of order on purpose: sorting is the function's job.
		incident('2018-02-01T10:00:00+01:00', [toll('civilians', 'killed', range(3, 7))]),
		incident('2018-01-01T05:00:00+01:00', [
			toll('security', 'killed', value(4), value(5)),
			toll('attackers', 'killed', value(20, true))
		]),
		// Same instant as the one above: one step, both counted.
		incident('2018-01-01T05:00:00+01:00', [
			{ side: 'security', measure: 'killed', party: { en: 'Allies', fr: 'Alliés' }, reports: [value(2)] },
			toll('security', 'wounded', value(1), value(3))
		])
	];
	const totals = createRunningTotals(incidents);

	it('is zero before the first start and counts from the start on', () => {
		expect(totals.at(h('2018-01-01T04:59:59.999+01:00'), 'range').security.killed).toEqual(band(0));
		expect(totals.at(h('2018-01-01T05:00:00+01:00'), 'first').security.killed).toEqual(band(6));
	});

	it.each([
		{ policy: 'first', security: band(6), wounded: band(1), civilians: band(3, 7) },
		{ policy: 'latest', security: band(7), wounded: band(3), civilians: band(3, 7) },
		{ policy: 'range', security: band(6, 7), wounded: band(1, 3), civilians: band(3, 7) }
	] as const)('adds parties and incidents under $policy', ({ policy, security, wounded, civilians }) => {
		const end = totals.at(h('2020-01-01T00:00:00Z'), policy);
		expect(end.security.killed).toEqual(security);
		expect(end.security.wounded).toEqual(wounded);
		expect(end.civilians.killed).toEqual(civilians);
		expect(end.attackers.killed).toEqual(band(20, 20, true));
		expect(end.security.missing).toEqual(band(0));
	});

	it('steps at each distinct start', () => {
		const steps = totals.steps('latest');
		expect(steps.map((s) => s.t)).toEqual([h('2018-01-01T05:00:00+01:00'), h('2018-02-01T10:00:00+01:00')]);
		expect(steps[1]!.totals).toEqual(totals.at(h('2018-02-01T10:00:00+01:00'), 'latest'));
		expect(totals.extent).toEqual({ from: steps[0]!.t, to: steps[1]!.t });
	});

	it('gives window points from `from` to `to`', () => {
		const window = { from: h('2017-12-01T00:00:00Z'), to: h('2018-03-01T00:00:00Z') };
		const points = totals.stepsIn(window, 'range');
		expect(points.map((p) => p.t)).toEqual([window.from, ...totals.steps('range').map((s) => s.t), window.to]);
		expect(points[0]!.totals.security.killed).toEqual(band(0));
		expect(points.at(-1)!.totals).toEqual(totals.at(window.to, 'range'));
		expect(totals.changesIn(window)).toBe(2);
	});

	it('fails loudly on bad input', () => {
		expect(() => totals.at(Number.NaN, 'range')).toThrow('invalid time: NaN');
		expect(() => totals.at(0, 'mean' as TotalsPolicy)).toThrow('invalid policy: mean');
		expect(() => totals.stepsIn({ from: 2, to: 1 }, 'range')).toThrow('invalid window');
		expect(() => createRunningTotals([incident('not a date', [])])).toThrow('invalid incident start: not a date');
	});

	it('has zero totals without incidents', () => {
		const empty = createRunningTotals([]);
		expect(empty.at(0, 'first').civilians.killed).toEqual(band(0));
		expect(empty.steps('first')).toEqual([]);
		expect(empty.extent).toBeNull();
	});
});

describe('stackBands and sumSides', () => {
	const totals = createRunningTotals([
		incident('2018-01-01T00:00:00Z', [
			toll('security', 'killed', value(25), value(89)),
			toll('attackers', 'killed', value(10)),
			toll('civilians', 'killed', range(1, 2, true))
		])
	]).at(h('2019-01-01T00:00:00Z'), 'range');

	it('stacks each side on the highs of the ones below', () => {
		expect(stackBands(totals, 'killed')).toEqual([
			{ side: 'security', base: 0, low: 25, high: 89, atLeast: false },
			{ side: 'attackers', base: 89, low: 99, high: 99, atLeast: false },
			{ side: 'civilians', base: 99, low: 100, high: 101, atLeast: true }
		]);
	});

	it('sums sides into one band', () => {
		expect(sumSides(totals, 'killed')).toEqual(band(36, 101, true));
	});
});

describe('formatBand', () => {
	it.each([
		{ b: band(12), lang: 'en', short: '12', spoken: '12' },
		{ b: band(25, 89), lang: 'en', short: '25–89', spoken: '25 to 89' },
		{ b: band(89, 89, true), lang: 'en', short: '≥\u00a089', spoken: 'at least 89' },
		{ b: band(25, 89, true), lang: 'en', short: '25–89+', spoken: '25 to at least 89' },
		{ b: band(1200, 1500), lang: 'en', short: '1,200–1,500', spoken: '1,200 to 1,500' },
		{ b: band(25, 89), lang: 'fr', short: '25–89', spoken: 'de 25 à 89' },
		{ b: band(89, 89, true), lang: 'fr', short: '≥\u00a089', spoken: 'au moins 89' }
	] as const)('$short ($lang)', ({ b, lang, short, spoken }) => {
		expect(formatBand(b, lang)).toBe(short);
		expect(formatBand(b, lang, 'spoken')).toBe(spoken);
	});
});

// --- 100,000 incidents: the prefix sums agree with a naive sum -------------------

/** Seeded PRNG (mulberry32) so a failure reproduces. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Written independently of running-totals.ts: a loop over every incident, every call. */
function naiveAt(incidents: readonly Incident[], starts: readonly number[], t: number, policy: TotalsPolicy): Totals {
	const totals = Object.fromEntries(
		SIDES.map((side) => [side, Object.fromEntries(MEASURES.map((m) => [m, band(0)]))])
	) as Totals;
	incidents.forEach((inc, i) => {
		if (starts[i]! > t) return;
		for (const { side, measure, reports } of inc.tolls) {
			const lows = reports.map((r) => ('value' in r ? r.value : r.low));
			const highs = reports.map((r) => ('value' in r ? r.value : r.high));
			const cell = totals[side][measure];
			if (policy === 'range') {
				const high = Math.max(...highs);
				cell.low += Math.min(...lows);
				cell.high += high;
				if (reports[highs.lastIndexOf(high)]!.atLeast === true) cell.atLeast = true;
			} else {
				const i = policy === 'first' ? 0 : reports.length - 1;
				cell.low += lows[i]!;
				cell.high += highs[i]!;
				if (reports[i]!.atLeast === true) cell.atLeast = true;
			}
		}
	});
	return totals;
}

describe('100,000 incidents', () => {
	const rand = random(20171004);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
	const from = h('2017-10-01T00:00:00Z');
	const span = h('2020-02-01T00:00:00Z') - from;
	const hour = 3_600_000;
	const incidents: Incident[] = Array.from({ length: 100_000 }, () => {
		// Whole hours, so many incidents share a start.
		const start = new Date(from + Math.floor((rand() * span) / hour) * hour).toISOString();
		const tolls = Array.from({ length: Math.floor(rand() * 4) }, () => {
			const reports = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => {
				const low = Math.floor(rand() * 50);
				return rand() < 0.7 ? value(low, rand() < 0.1) : range(low, low + Math.floor(rand() * 40), rand() < 0.1);
			});
			return toll(pick(SIDES), pick(MEASURES), ...reports);
		});
		return { ...incident(start, tolls), id: 'x' };
	});
	const starts = incidents.map((inc) => Date.parse(inc.start));
	const totals = createRunningTotals(incidents);

	it.each(TOTALS_POLICIES)('at() equals the naive O(n) sum at random times (%s)', (policy) => {
		const times = [from - 1, from + span + 1, ...Array.from({ length: 40 }, () => from + rand() * span)];
		// Exact starts too: an incident counts from its start instant.
		times.push(Date.parse(incidents[0]!.start), Date.parse(incidents[99_999]!.start));
		for (const t of times) expect(totals.at(t, policy)).toEqual(naiveAt(incidents, starts, t, policy));
	});

	it('thins a window to at most maxChanges changes without losing the final level', () => {
		const window = { from: from + span / 4, to: from + span / 2 };
		const points = totals.stepsIn(window, 'range', 300);
		expect(totals.changesIn(window)).toBeGreaterThan(300);
		expect(points.length).toBeLessThanOrEqual(302);
		expect(points[0]!.totals).toEqual(totals.at(window.from, 'range'));
		expect(points.at(-1)!.totals).toEqual(totals.at(window.to, 'range'));
		for (const p of points.slice(1, -1)) expect(p.totals).toEqual(totals.at(p.t, 'range'));
		expect(points.map((p) => p.t)).toEqual([...points.map((p) => p.t)].sort((a, b) => a - b));
	});
});
