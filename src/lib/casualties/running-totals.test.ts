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
/** The report as given on `reported` (a date, or a date-time with offset). */
const on = (reported: string, report: TollReport): TollReport => ({ ...report, reported });
/** The report as a perpetrator's claim. */
const claim = (report: TollReport): TollReport => ({ ...report, perpetratorClaim: true });

const band = (low: number, high = low, atLeast = false): Band => ({ low, high, atLeast });
const h = (iso: string) => Date.parse(iso);

// --- The seed, summed by hand --------------------------------------------------
//
// From seeds/sahel-2017-2020.json, report by report (Niamey time, UTC+1). A
// report counts from the day it came out (00:00 local), never before the
// attack's start; a toll's first report counts from the start.
//
//   security killed   reports (date)                                  first  latest                     range
//   Tongo Tongo       US 4 (21 Oct), 4 (23 Oct); Nigerien 4 and       9      9                          9
//                     interpreter 1, undated (all from the start)
//   Ayorou            12, 13, 13, all 21 Oct (from the 05:45 start)   12     13                         12–13
//   Inates            71 (11 Dec); the IS claim ≥100 (12 Dec) is      71     71                         71
//                     a perpetrator's claim, never counted
//   Chinagodrar       25 (9 Jan), ≥25 (9 Jan), ≥89 (11 Jan),          25     ≥25 → ≥89 (11 Jan)         25+ → 25–89+ (11 Jan)
//                     89 (13 Jan)                                            → 89 (13 Jan)              → 25–89 (13 Jan)
//
//   Totals before Chinagodrar: first 9 + 12 + 71 = 92, latest 9 + 13 + 71 = 93, range 92–93.
//   security wounded: Tongo Tongo 2 + 8, Ayorou 5, Inates 12, Chinagodrar 6 (every policy)
//   attackers killed: Tongo Tongo ≥21 (undated), Ayorou 1, Chinagodrar 63 (9 Jan) then 77 (13 Jan)
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
	const jan11 = h('2020-01-11T00:00:00+01:00');
	const jan13 = h('2020-01-13T00:00:00+01:00');
	const end = h('2020-02-01T00:00:00+01:00');

	// These rows used to read, under 'latest', 122+ after Inates and 211+ at the end, and under 'range'
	// 92–122+ and 117–211+: every report counted from the start whatever its date, and the Islamic
	// State's claim at Inates counted. Now a report counts once it is out, and a claim never does.
	const cases: { name: string; t: number; policy: TotalsPolicy; side: Side; measure: Measure; expected: Band }[] = [
		...TOTALS_POLICIES.map((policy) => ({
			name: 'before Tongo Tongo',
			t: tongo - 1,
			policy,
			side: 'security' as const,
			measure: 'killed' as const,
			expected: band(0)
		})),
		// The US figures were first reported on 21 Oct, in the seed's sources; as first reports they count from the start.
		{ name: 'from Tongo Tongo’s start', t: tongo, policy: 'latest', side: 'security', measure: 'killed', expected: band(9) },
		{ name: 'from Tongo Tongo’s start', t: tongo, policy: 'range', side: 'security', measure: 'wounded', expected: band(2 + 8) },
		{ name: 'just before Ayorou', t: ayorou - 1, policy: 'latest', side: 'security', measure: 'killed', expected: band(9) },
		{ name: 'after Ayorou', t: ayorou, policy: 'latest', side: 'security', measure: 'killed', expected: band(9 + 13) },
		{ name: 'after Ayorou', t: ayorou, policy: 'first', side: 'security', measure: 'killed', expected: band(9 + 12) },
		{ name: 'after Ayorou', t: ayorou, policy: 'range', side: 'security', measure: 'killed', expected: band(21, 22) },
		{ name: 'mid-2018', t: h('2018-06-01T00:00:00Z'), policy: 'range', side: 'security', measure: 'wounded', expected: band(2 + 8 + 5) },
		{ name: 'after Inates', t: inates, policy: 'first', side: 'security', measure: 'killed', expected: band(21 + 71) },
		{ name: 'after Inates', t: inates, policy: 'latest', side: 'security', measure: 'killed', expected: band(22 + 71) },
		{ name: 'after Inates', t: inates, policy: 'range', side: 'security', measure: 'killed', expected: band(21 + 71, 22 + 71) },
		// The day the Islamic State's claim came out: nothing changes.
		{ name: 'on 13 Dec 2019', t: h('2019-12-13T00:00:00+01:00'), policy: 'latest', side: 'security', measure: 'killed', expected: band(93) },
		{ name: 'on 13 Dec 2019', t: h('2019-12-13T00:00:00+01:00'), policy: 'range', side: 'security', measure: 'killed', expected: band(92, 93) },
		{ name: 'on 9 Jan at 13:00', t: h('2020-01-09T13:00:00+01:00'), policy: 'first', side: 'security', measure: 'killed', expected: band(92 + 25) },
		{ name: 'on 9 Jan at 13:00', t: h('2020-01-09T13:00:00+01:00'), policy: 'latest', side: 'security', measure: 'killed', expected: band(93 + 25, 93 + 25, true) },
		{ name: 'on 10 Jan', t: h('2020-01-10T12:00:00+01:00'), policy: 'range', side: 'security', measure: 'killed', expected: band(92 + 25, 93 + 25, true) },
		{ name: 'on 12 Jan', t: h('2020-01-12T12:00:00+01:00'), policy: 'latest', side: 'security', measure: 'killed', expected: band(93 + 89, 93 + 89, true) },
		{ name: 'on 12 Jan', t: h('2020-01-12T12:00:00+01:00'), policy: 'range', side: 'security', measure: 'killed', expected: band(92 + 25, 93 + 89, true) },
		{ name: 'on 14 Jan', t: h('2020-01-14T12:00:00+01:00'), policy: 'latest', side: 'security', measure: 'killed', expected: band(93 + 89) },
		{ name: 'on 12 Jan', t: h('2020-01-12T12:00:00+01:00'), policy: 'latest', side: 'attackers', measure: 'killed', expected: band(21 + 1 + 63, 85, true) },
		{ name: 'at the end', t: end, policy: 'first', side: 'security', measure: 'killed', expected: band(9 + 12 + 71 + 25) },
		{ name: 'at the end', t: end, policy: 'latest', side: 'security', measure: 'killed', expected: band(9 + 13 + 71 + 89) },
		{ name: 'at the end', t: end, policy: 'range', side: 'security', measure: 'killed', expected: band(117, 182) },
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

	/** What a toll adds at `t` over the totals at `before`. */
	const added = (before: number, t: number, policy: TotalsPolicy, side: Side = 'security', measure: Measure = 'killed'): Band => {
		const [from, to] = [totals.at(before, policy)[side][measure], totals.at(t, policy)[side][measure]];
		return { low: to.low - from.low, high: to.high - from.high, atLeast: to.atLeast };
	};
	const jump = (t: number, policy: TotalsPolicy) => {
		const { low, high } = added(t - 1, t, policy);
		return { low, high };
	};

	it('rises by exactly 13 across Ayorou under "latest", 12 under "first"', () => {
		expect(jump(ayorou, 'latest')).toEqual({ low: 13, high: 13 });
		expect(jump(ayorou, 'first')).toEqual({ low: 12, high: 12 });
	});

	it.each(TOTALS_POLICIES)('counts 71 at Inates under "%s", never the Islamic State’s claim', (policy) => {
		expect(jump(inates, policy)).toEqual({ low: 71, high: 71 });
		// Through 12 Dec, when the claim came out, and up to Chinagodrar.
		expect(added(inates - 1, chinagodrar - 1, policy)).toEqual({ low: 71, high: 71, atLeast: false });
	});

	const chinagodrarKilled = [
		{ t: h('2020-01-09T13:00:00+01:00'), policy: 'latest', expected: band(25, 25, true) },
		{ t: jan11 - 1, policy: 'latest', expected: band(25, 25, true) },
		{ t: jan11, policy: 'latest', expected: band(89, 89, true) },
		{ t: h('2020-01-12T00:00:00+01:00'), policy: 'latest', expected: band(89, 89, true) },
		{ t: jan13, policy: 'latest', expected: band(89) },
		{ t: h('2020-01-14T00:00:00+01:00'), policy: 'latest', expected: band(89) },
		{ t: h('2020-01-10T00:00:00+01:00'), policy: 'range', expected: band(25, 25, true) },
		{ t: h('2020-01-12T00:00:00+01:00'), policy: 'range', expected: band(25, 89, true) },
		{ t: h('2020-01-14T00:00:00+01:00'), policy: 'range', expected: band(25, 89) },
		{ t: h('2020-01-14T00:00:00+01:00'), policy: 'first', expected: band(25) }
	] as const;
	it.each(chinagodrarKilled)('Chinagodrar adds $expected.low–$expected.high security forces killed by $t ($policy)', ({ t, policy, expected }) => {
		expect(added(chinagodrar - 1, t, policy)).toEqual(expected);
	});

	it('counts nothing of Chinagodrar before it began, whatever the policy', () => {
		for (const policy of TOTALS_POLICIES) expect(jump(chinagodrar, policy).low).toBe(25);
		expect(tollBand(incidents.find((inc) => inc.id === 'chinagodrar-2020-01-09')!.tolls[0]!.reports, 'range')).toEqual(band(25, 89));
	});

	it('steps at each attack, and on the days later reports came out', () => {
		expect(totals.steps('first').map((step) => step.t)).toEqual([tongo, ayorou, inates, chinagodrar]);
		expect(totals.steps('latest').map((step) => step.t)).toEqual([tongo, ayorou, inates, chinagodrar, jan11, jan13]);
		expect(totals.steps('range').map((step) => step.t)).toEqual([tongo, ayorou, inates, chinagodrar, jan11, jan13]);
		const january = { from: h('2020-01-01T00:00:00+01:00'), to: end };
		expect(totals.stepsIn(january, 'latest').map((p) => p.t)).toEqual([january.from, chinagodrar, jan11, jan13, end]);
		expect(totals.changesIn(january, 'latest')).toBe(3);
		expect(totals.changesIn(january, 'first')).toBe(1);
		expect(totals.extent).toEqual({ from: tongo, to: jan13 });
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
		{ name: 'a single report', reports: [value(4)], policy: 'latest', expected: band(4) },
		{ name: 'a claim after a report', reports: [value(71), claim(value(100, true))], policy: 'latest', expected: band(71) },
		{ name: 'a claim after a report', reports: [value(71), claim(value(100, true))], policy: 'range', expected: band(71) },
		{ name: 'a claim before a report', reports: [claim(value(100)), value(71)], policy: 'first', expected: band(71) },
		{ name: 'claims only', reports: [claim(value(100))], policy: 'range', expected: band(0) }
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
		expect(totals.changesIn(window, 'range')).toBe(2);
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

// --- Totals as reported by time t --------------------------------------------------

describe('totals as reported by time t', () => {
	const start = '2018-03-10T22:30:00+01:00';
	const night = createRunningTotals([
		incident(start, [
			toll(
				'security',
				'killed',
				on('2018-03-10', value(10)),
				on('2018-03-11', value(12)),
				on('2018-03-11T09:00:00+01:00', value(15))
			)
		])
	]);
	// A date counts from 00:00 in the incident's zone: 11 Mar 00:00+01:00 is still 10 Mar (23:00) in UTC.
	const midnight = h('2018-03-11T00:00:00+01:00');
	const nine = h('2018-03-11T09:00:00+01:00');

	it.each([
		{ t: h(start) - 1, first: band(0), latest: band(0), range: band(0) },
		{ t: h(start), first: band(10), latest: band(10), range: band(10) },
		{ t: midnight - 1, first: band(10), latest: band(10), range: band(10) },
		{ t: midnight, first: band(10), latest: band(12), range: band(10, 12) },
		{ t: nine - 1, first: band(10), latest: band(12), range: band(10, 12) },
		{ t: nine, first: band(10), latest: band(15), range: band(10, 15) }
	])('at $t: first $first.high, latest $latest.high, range $range.low–$range.high', ({ t, first, latest, range: expected }) => {
		expect(night.at(t, 'first').security.killed).toEqual(first);
		expect(night.at(t, 'latest').security.killed).toEqual(latest);
		expect(night.at(t, 'range').security.killed).toEqual(expected);
	});

	it('steps when a report comes out, under the policies it changes', () => {
		expect(night.steps('latest').map((step) => step.t)).toEqual([h(start), midnight, nine]);
		expect(night.steps('range').map((step) => step.t)).toEqual([h(start), midnight, nine]);
		expect(night.steps('first').map((step) => step.t)).toEqual([h(start)]);
		expect(night.changesIn({ from: h(start), to: nine }, 'latest')).toBe(2);
		expect(night.extent).toEqual({ from: h(start), to: nine });
	});

	it('counts a report of the start’s day, an undated one and a late first one from the start, never before', () => {
		const totals = createRunningTotals([
			incident('2018-05-01T18:00:00+01:00', [
				// Both dated the day of the attack, which began at 18:00.
				toll('security', 'killed', on('2018-05-01', value(3)), on('2018-05-01', value(5))),
				// A first report that came out ten days later is still the first figure there is.
				toll('security', 'wounded', on('2018-05-11', value(7)), on('2018-05-12', value(9))),
				// A reference work's undated figure comes after the dated ones and counts from the start.
				toll('attackers', 'killed', on('2018-05-02', value(20)), value(30))
			])
		]);
		const at = (iso: string) => totals.at(h(iso), 'latest');
		expect(at('2018-05-01T17:59:59+01:00').security).toEqual(totals.at(0, 'latest').security);
		expect(at('2018-05-01T18:00:00+01:00').security.killed).toEqual(band(5));
		expect(at('2018-05-01T18:00:00+01:00').security.wounded).toEqual(band(7));
		expect(at('2018-05-12T00:00:00+01:00').security.wounded).toEqual(band(9));
		expect(at('2018-05-01T18:00:00+01:00').attackers.killed).toEqual(band(30));
		expect(totals.at(h('2018-05-01T18:00:00+01:00'), 'range').attackers.killed).toEqual(band(20, 30));
	});

	it('never counts a perpetrator’s claim, nor lets it make a step', () => {
		const totals = createRunningTotals([
			incident('2019-12-10T15:00:00+01:00', [
				toll('security', 'killed', on('2019-12-11', value(71)), claim(on('2019-12-12', value(100, true)))),
				// A claim before the first report: the first report still counts from the start.
				toll('security', 'missing', claim(on('2019-12-10', value(40))), on('2019-12-12', value(12))),
				// Claims only: nothing.
				toll('civilians', 'killed', claim(on('2019-12-11', range(5, 10))))
			])
		]);
		for (const policy of TOTALS_POLICIES) {
			const end = totals.at(h('2020-01-01T00:00:00Z'), policy);
			expect(end.security.killed).toEqual(band(71));
			expect(end.security.missing).toEqual(band(12));
			expect(end.civilians.killed).toEqual(band(0));
			expect(totals.at(h('2019-12-10T15:00:00+01:00'), policy).security.missing).toEqual(band(12));
			expect(totals.steps(policy).map((step) => step.t)).toEqual([h('2019-12-10T15:00:00+01:00')]);
		}
	});

	it('drops "at least" when a later report confirms the figure, and lowers a total a later report lowers', () => {
		const totals = createRunningTotals([
			incident('2020-01-09T12:00:00+01:00', [
				toll('security', 'killed', on('2020-01-09', value(25)), on('2020-01-11', value(89, true)), on('2020-01-13', value(89))),
				toll('attackers', 'killed', on('2020-01-09', value(30)), on('2020-01-10', value(20)))
			]),
			incident('2020-01-09T18:00:00+01:00', [toll('security', 'killed', on('2020-01-09', value(4, true)))])
		]);
		const latest = (iso: string) => totals.at(h(iso), 'latest');
		expect(latest('2020-01-12T00:00:00+01:00').security.killed).toEqual(band(93, 93, true));
		// Still "at least": the second incident's toll is.
		expect(latest('2020-01-13T00:00:00+01:00').security.killed).toEqual(band(93, 93, true));
		expect(latest('2020-01-09T12:00:00+01:00').attackers.killed).toEqual(band(30));
		expect(latest('2020-01-10T00:00:00+01:00').attackers.killed).toEqual(band(20));
		expect(totals.at(h('2020-01-10T00:00:00+01:00'), 'range').attackers.killed).toEqual(band(20, 30));
		const alone = createRunningTotals([
			incident('2020-01-09T12:00:00+01:00', [
				toll('security', 'killed', on('2020-01-09', value(25)), on('2020-01-11', value(89, true)), on('2020-01-13', value(89)))
			])
		]);
		expect(alone.at(h('2020-01-12T00:00:00+01:00'), 'range').security.killed).toEqual(band(25, 89, true));
		expect(alone.at(h('2020-01-13T00:00:00+01:00'), 'range').security.killed).toEqual(band(25, 89));
		expect(alone.at(h('2020-01-13T00:00:00+01:00'), 'latest').security.killed).toEqual(band(89));
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

/** A toll's reports as the naive sum reads them: perpetrators' claims dropped, each with the time it counts from. */
interface NaiveToll {
	side: Side;
	measure: Measure;
	reports: { low: number; high: number; atLeast: boolean; from: number }[];
}

/** Written independently of running-totals.ts: when each report counts from, worked out from the strings. */
function naiveTolls(inc: Incident): NaiveToll[] {
	const start = Date.parse(inc.start);
	const offset = inc.start.slice(19); // after YYYY-MM-DDThh:mm:ss: "Z" or "+01:00"
	return inc.tolls.map(({ side, measure, reports }) => ({
		side,
		measure,
		reports: reports
			.filter((r) => !r.perpetratorClaim)
			.map((r, k) => {
				let from = start;
				if (k > 0 && r.reported !== undefined) {
					const t = r.reported.length === 10 ? Date.parse(`${r.reported}T00:00:00${offset}`) : Date.parse(r.reported);
					from = Math.max(start, t);
				}
				return {
					low: 'value' in r ? r.value : r.low,
					high: 'value' in r ? r.value : r.high,
					atLeast: r.atLeast === true,
					from
				};
			})
	}));
}

/** A loop over every incident, every call. */
function naiveAt(tolls: readonly NaiveToll[][], starts: readonly number[], t: number, policy: TotalsPolicy): Totals {
	const totals = Object.fromEntries(
		SIDES.map((side) => [side, Object.fromEntries(MEASURES.map((m) => [m, band(0)]))])
	) as Totals;
	tolls.forEach((incidentTolls, i) => {
		if (starts[i]! > t) return;
		for (const { side, measure, reports } of incidentTolls) {
			const out = reports.filter((r, k) => k === 0 || r.from <= t);
			if (out.length === 0) continue;
			const cell = totals[side][measure];
			if (policy === 'range') {
				const high = Math.max(...out.map((r) => r.high));
				cell.low += Math.min(...out.map((r) => r.low));
				cell.high += high;
				if (out[out.map((r) => r.high).lastIndexOf(high)]!.atLeast) cell.atLeast = true;
			} else {
				const r = policy === 'first' ? out[0]! : out[out.length - 1]!;
				cell.low += r.low;
				cell.high += r.high;
				if (r.atLeast) cell.atLeast = true;
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
	const day = 24 * hour;
	/** An instant written in a zone: "2018-01-05T06:00:00+01:00" or "…Z". */
	const written = (t: number, offsetHours: number) =>
		new Date(t + offsetHours * hour).toISOString().slice(0, 19) + (offsetHours === 0 ? 'Z' : '+01:00');
	const incidents: Incident[] = Array.from({ length: 100_000 }, () => {
		// Whole hours, so many incidents share a start; Niger's zone or UTC, as in Mali.
		const startT = from + Math.floor((rand() * span) / hour) * hour;
		const offsetHours = rand() < 0.5 ? 1 : 0;
		const tolls = Array.from({ length: Math.floor(rand() * 4) }, () => {
			// Reports come out over the days after the attack, in order; undated ones last.
			let later = 0;
			let undated = false;
			const reports = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => {
				const low = Math.floor(rand() * 50);
				let report = rand() < 0.7 ? value(low, rand() < 0.1) : range(low, low + Math.floor(rand() * 40), rand() < 0.1);
				later += Math.floor(rand() * 3) * day;
				const form = rand();
				undated ||= form < 0.15;
				if (!undated) {
					// A date (the local day, `later` days on) or a date-time a whole number of hours on.
					report = form < 0.7 ? on(written(startT + later, offsetHours).slice(0, 10), report) : on(written(startT + later + Math.floor(rand() * 12) * hour, offsetHours), report);
				}
				return rand() < 0.1 ? claim(report) : report;
			});
			return toll(pick(SIDES), pick(MEASURES), ...reports);
		});
		return { ...incident(written(startT, offsetHours), tolls), id: 'x' };
	});
	const starts = incidents.map((inc) => Date.parse(inc.start));
	const naive = incidents.map(naiveTolls);
	const totals = createRunningTotals(incidents);

	it.each(TOTALS_POLICIES)('at() equals the naive O(n) sum at random times (%s)', (policy) => {
		const times = [from - 1, from + span + 10 * day, ...Array.from({ length: 40 }, () => from + rand() * span)];
		// Exact starts too: an incident counts from its start instant.
		times.push(starts[0]!, starts[99_999]!);
		// And instants reports come out from, and just before.
		const froms = naive.flatMap((incidentTolls, i) => incidentTolls.flatMap((tl) => tl.reports.map((r) => r.from)).filter((t) => t > starts[i]!));
		for (const t of froms.slice(0, 12)) times.push(t, t - 1);
		for (const t of times) expect(totals.at(t, policy)).toEqual(naiveAt(naive, starts, t, policy));
	});

	it('thins a window to at most maxChanges changes without losing the final level', () => {
		const window = { from: from + span / 4, to: from + span / 2 };
		const points = totals.stepsIn(window, 'range', 300);
		expect(totals.changesIn(window, 'range')).toBeGreaterThan(300);
		expect(points.length).toBeLessThanOrEqual(302);
		expect(points[0]!.totals).toEqual(totals.at(window.from, 'range'));
		expect(points.at(-1)!.totals).toEqual(totals.at(window.to, 'range'));
		for (const p of points.slice(1, -1)) expect(p.totals).toEqual(totals.at(p.t, 'range'));
		expect(points.map((p) => p.t)).toEqual([...points.map((p) => p.t)].sort((a, b) => a - b));
	});
});
