import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../scenario/load';
import type { Incident, Measure, Side, Toll, TollReport } from '../scenario/schema';
import { NONE_REPORTED, type Band } from './band';
import { TALLIES, TOTALS_POLICIES, type Tally, type TotalsPolicy } from './claim-rule';
import { createRunningTotals, MEASURES, SIDES, tollBand, type Totals } from './running-totals';

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
/** An independent report of the source "src" (the source speaks for itself). */
const value = (n: number, atLeast?: boolean): TollReport => ({ value: n, sourceId: 'src', claimBy: 'independent', ...(atLeast ? { atLeast } : {}) });
const range = (low: number, high: number, atLeast?: boolean): TollReport => ({
	low,
	high,
	sourceId: 'src',
	claimBy: 'independent',
	...(atLeast ? { atLeast } : {})
});
const moreThan = (n: number): TollReport => ({ value: n, sourceId: 'src', claimBy: 'independent', moreThan: true });
const toll = (side: Side, measure: Measure, ...reports: TollReport[]): Toll => ({ side, measure, reports });
/** The report as given on `reported` (a date, or a date-time with offset). */
const on = (reported: string, report: TollReport): TollReport => ({ ...report, reported });
/** The report as given by a body about its own side's people. */
const own = (authority: string, report: TollReport): TollReport => ({ ...report, claimBy: 'own', authority, claimant: { en: authority, fr: authority } });
/** The report as given by the side that fought the people it counts. */
const opponent = (authority: string, report: TollReport): TollReport => ({ ...own(authority, report), claimBy: 'opponent' });

const band = (low: number, high = low, atLeast = false, moreThanFlag = false): Band => ({ low, high, atLeast: atLeast || moreThanFlag, moreThan: moreThanFlag, reported: true });
const none = (): Band => ({ ...NONE_REPORTED });
const h = (iso: string) => Date.parse(iso);

// --- The seed, summed by hand --------------------------------------------------
//
// From seeds/sahel-2017-2020.json, report by report (Niamey time, UTC+1). A
// report counts from the day it came out (00:00 local), never before the
// attack's start; a tally's first report counts from the start. "range" keeps
// each claimant body's latest figure and spans the bodies.
//
// Counted (own side and independent):
//   security killed  reports (date, body)                          first  latest          range
//   Tongo Tongo      US 4 (Reuters 21 Oct), 4 (US military 23 Oct);  9      9               9
//                    Nigerien 4, interpreter 1 (encyclopedia, undated)
//   Ayorou           12 (government, 21 Oct), 13 (security sources), 12     13              13 (government's 13
//                    13 (government), all counting from the start                           replaces its 12)
//   Inates           71 (government, 11 Dec)                          71     71              71
//   Chinagodrar      25 (government, 9 Jan), at least 89 (security   25     25 → ≥89 (11th) 25 → 25 to ≥89 (11th)
//                    sources, 11 Jan), 89 (government, 12 Jan)              → 89 (12th)     → 89 (12th)
//   security wounded Tongo Tongo 2 + 8; Ayorou 5 (security sources), 5 then at least 5 (government);
//                    Inates 12; Chinagodrar 6
//   attackers, civilians: none reported
// Claimed by the opponent:
//   security killed  Inates: more than 100 (Islamic State, 12 Dec; the first of its tally, so from the start)
//   attackers killed Tongo Tongo at least 21 (US military, undated); Ayorou 1 (security source), at least 1
//                    (government); Chinagodrar 63 (government, 9 Jan), then 77 (12 Jan)

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
	const jan12 = h('2020-01-12T00:00:00+01:00');

	// The five times of the audit (audit-truth.md §4), in UTC, each computed by hand from the table above.
	const audit: { t: string; policy: TotalsPolicy; tally: Tally; side: Side; measure: Measure; expected: Band }[] = [
		{ t: '2017-10-20T12:00:00Z', policy: 'range', tally: 'counted', side: 'security', measure: 'killed', expected: band(4 + 4 + 1) },
		{ t: '2017-10-20T12:00:00Z', policy: 'range', tally: 'counted', side: 'security', measure: 'wounded', expected: band(2 + 8) },
		{ t: '2017-10-20T12:00:00Z', policy: 'range', tally: 'counted', side: 'attackers', measure: 'killed', expected: none() },
		{ t: '2017-10-20T12:00:00Z', policy: 'range', tally: 'counted', side: 'civilians', measure: 'killed', expected: none() },
		{ t: '2017-10-20T12:00:00Z', policy: 'range', tally: 'opponent', side: 'attackers', measure: 'killed', expected: band(21, 21, true) },
		{ t: '2017-10-20T12:00:00Z', policy: 'range', tally: 'opponent', side: 'security', measure: 'killed', expected: none() },
		// Ayorou on 22 October 2017 reads 13, not 12–13: the government's 13 replaced its own 12.
		{ t: '2017-10-22T12:00:00Z', policy: 'range', tally: 'counted', side: 'security', measure: 'killed', expected: band(9 + 13) },
		{ t: '2017-10-22T12:00:00Z', policy: 'first', tally: 'counted', side: 'security', measure: 'killed', expected: band(9 + 12) },
		{ t: '2017-10-22T12:00:00Z', policy: 'latest', tally: 'counted', side: 'security', measure: 'killed', expected: band(9 + 13) },
		{ t: '2017-10-22T12:00:00Z', policy: 'range', tally: 'counted', side: 'security', measure: 'wounded', expected: band(10 + 5, 10 + 5, true) },
		{ t: '2017-10-22T12:00:00Z', policy: 'first', tally: 'counted', side: 'security', measure: 'wounded', expected: band(10 + 5) },
		{ t: '2017-10-22T12:00:00Z', policy: 'range', tally: 'opponent', side: 'attackers', measure: 'killed', expected: band(21 + 1, 21 + 1, true) },
		// 80 minutes into Chinagodrar: the toll counts from the attack's start.
		{ t: '2020-01-09T12:20:00Z', policy: 'range', tally: 'counted', side: 'security', measure: 'killed', expected: band(9 + 13 + 71 + 25) },
		{ t: '2020-01-09T12:20:00Z', policy: 'first', tally: 'counted', side: 'security', measure: 'killed', expected: band(9 + 12 + 71 + 25) },
		{ t: '2020-01-09T12:20:00Z', policy: 'range', tally: 'opponent', side: 'security', measure: 'killed', expected: band(100, 100, true, true) },
		{ t: '2020-01-09T12:20:00Z', policy: 'range', tally: 'opponent', side: 'attackers', measure: 'killed', expected: band(21 + 1 + 63, 85, true) },
		{ t: '2020-01-09T12:20:00Z', policy: 'range', tally: 'counted', side: 'security', measure: 'wounded', expected: band(10 + 5 + 12 + 6, 33, true) },
		// 12 January, 01:00 local: the government's 89 and 77 count from the start of their day.
		{ t: '2020-01-12T00:00:00Z', policy: 'range', tally: 'counted', side: 'security', measure: 'killed', expected: band(9 + 13 + 71 + 89) },
		{ t: '2020-01-12T00:00:00Z', policy: 'range', tally: 'opponent', side: 'attackers', measure: 'killed', expected: band(21 + 1 + 77, 99, true) },
		// Chinagodrar at 20 January 2020 reads 89, not 25–89.
		{ t: '2020-01-20T00:00:00Z', policy: 'range', tally: 'counted', side: 'security', measure: 'killed', expected: band(182) },
		{ t: '2020-01-20T00:00:00Z', policy: 'first', tally: 'counted', side: 'security', measure: 'killed', expected: band(9 + 12 + 71 + 25) },
		{ t: '2020-01-20T00:00:00Z', policy: 'latest', tally: 'counted', side: 'security', measure: 'killed', expected: band(182) },
		{ t: '2020-01-20T00:00:00Z', policy: 'range', tally: 'counted', side: 'attackers', measure: 'killed', expected: none() },
		{ t: '2020-01-20T00:00:00Z', policy: 'range', tally: 'counted', side: 'civilians', measure: 'killed', expected: none() },
		{ t: '2020-01-20T00:00:00Z', policy: 'first', tally: 'opponent', side: 'attackers', measure: 'killed', expected: band(21 + 1 + 63, 85, true) },
		{ t: '2020-01-20T00:00:00Z', policy: 'latest', tally: 'opponent', side: 'attackers', measure: 'killed', expected: band(21 + 1 + 77, 99, true) },
		{ t: '2020-01-20T00:00:00Z', policy: 'range', tally: 'opponent', side: 'security', measure: 'killed', expected: band(100, 100, true, true) },
		// Between the security sources' "at least 89" and the government's 89, two bodies disagree.
		{ t: '2020-01-11T12:00:00Z', policy: 'range', tally: 'counted', side: 'security', measure: 'killed', expected: band(93 + 25, 93 + 89, true) },
		{ t: '2020-01-11T12:00:00Z', policy: 'latest', tally: 'counted', side: 'security', measure: 'killed', expected: band(93 + 89, 93 + 89, true) }
	];
	it.each(audit)('$tally $side $measure at $t ($policy)', ({ t, policy, tally, side, measure, expected }) => {
		expect(totals.at(h(t), policy, tally)[side][measure]).toEqual(expected);
	});

	it.each(TALLIES)('counts nothing before Tongo Tongo in the %s tally', (tally) => {
		for (const policy of TOTALS_POLICIES) {
			for (const side of SIDES) expect(totals.at(tongo - 1, policy, tally)[side].killed).toEqual(none());
		}
	});

	it('names how many attacks had begun', () => {
		expect([tongo - 1, tongo, ayorou, inates - 1, chinagodrar, jan12].map((t) => totals.begunBy(t))).toEqual([0, 1, 2, 2, 4, 4]);
	});

	it('steps at each attack, and on the days later reports came out', () => {
		expect(totals.steps('first', 'counted').map((step) => step.t)).toEqual([tongo, ayorou, inates, chinagodrar]);
		expect(totals.steps('latest', 'counted').map((step) => step.t)).toEqual([tongo, ayorou, inates, chinagodrar, jan11, jan12]);
		expect(totals.steps('range', 'counted').map((step) => step.t)).toEqual([tongo, ayorou, inates, chinagodrar, jan11, jan12]);
		expect(totals.steps('range', 'opponent').map((step) => step.t)).toEqual([tongo, ayorou, inates, chinagodrar, jan12]);
		const january = { from: h('2020-01-01T00:00:00+01:00'), to: h('2020-02-01T00:00:00+01:00') };
		expect(totals.stepsIn(january, 'latest', 'counted').map((p) => p.t)).toEqual([january.from, chinagodrar, jan11, jan12, january.to]);
		expect(totals.changesIn(january, 'latest', 'counted')).toBe(3);
		expect(totals.changesIn(january, 'first', 'counted')).toBe(1);
		expect(totals.extent).toEqual({ from: tongo, to: jan12 });
	});

	it('knows which kinds were ever reported, by tally', () => {
		expect(totals.everReported('counted', 'security', 'killed')).toBe(true);
		expect(totals.everReported('counted', 'attackers', 'killed')).toBe(false);
		expect(totals.everReported('opponent', 'attackers', 'killed')).toBe(true);
		expect(totals.everReported('counted', 'civilians', 'killed')).toBe(false);
		expect(totals.everReported('counted', 'security', 'missing')).toBe(false);
	});
});

// --- The claim rule on a hand-made scenario ----------------------------------------

describe('one rule for whose figures count', () => {
	// One attack where own, opponent and independent reports disagree, on both sides.
	const attack = incident('2021-03-01T10:00:00+01:00', [
		toll(
			'security',
			'killed',
			on('2021-03-01', own('army', value(10))),
			on('2021-03-02', opponent('group', moreThan(50))),
			on('2021-03-03', value(14)),
			on('2021-03-04', own('army', value(12)))
		),
		toll(
			'attackers',
			'killed',
			on('2021-03-01', opponent('army', value(40, true))),
			on('2021-03-02', own('group', value(5))),
			on('2021-03-05', opponent('army', value(60)))
		),
		toll('civilians', 'wounded', on('2021-03-03', opponent('group', value(7))))
	]);
	const totals = createRunningTotals([attack]);
	const at = (iso: string, policy: TotalsPolicy, tally: Tally) => totals.at(h(iso), policy, tally);
	const later = '2021-04-01T00:00:00+01:00';

	it.each([
		// The army's 12 replaces its 10; the independent 14 stands beside it; the group's "more than 50" stays apart.
		{ policy: 'range', counted: band(12, 14), opponent: band(50, 50, true, true) },
		{ policy: 'first', counted: band(10), opponent: band(50, 50, true, true) },
		{ policy: 'latest', counted: band(12), opponent: band(50, 50, true, true) }
	] as const)('soldiers killed under $policy: own and independent counted, the opponent apart', ({ policy, counted, opponent: claimed }) => {
		expect(at(later, policy, 'counted').security.killed).toEqual(counted);
		expect(at(later, policy, 'opponent').security.killed).toEqual(claimed);
	});

	it('treats the attackers the same way: their own figure counts, the army’s claims stand apart', () => {
		expect(at(later, 'range', 'counted').attackers.killed).toEqual(band(5));
		// The army's 60 replaces its own "at least 40".
		expect(at(later, 'range', 'opponent').attackers.killed).toEqual(band(60));
		expect(at(later, 'first', 'opponent').attackers.killed).toEqual(band(40, 40, true));
		expect(at('2021-03-04T12:00:00+01:00', 'range', 'opponent').attackers.killed).toEqual(band(40, 40, true));
	});

	it('counts an own-side figure first reported after an opponent’s claim from the attack’s start', () => {
		// The group's own 5 came out a day after the army's claim; it is the first figure of its tally.
		expect(at('2021-03-01T10:00:00+01:00', 'range', 'counted').attackers.killed).toEqual(band(5));
	});

	it('says "none reported" where only the opponent speaks', () => {
		expect(at(later, 'range', 'counted').civilians.wounded).toEqual(none());
		expect(at(later, 'range', 'opponent').civilians.wounded).toEqual(band(7));
		expect(at(later, 'range', 'counted').civilians.killed).toEqual(none());
	});

	it('spans claimants as they come out', () => {
		expect(at('2021-03-01T12:00:00+01:00', 'range', 'counted').security.killed).toEqual(band(10));
		expect(at('2021-03-03T00:00:00+01:00', 'range', 'counted').security.killed).toEqual(band(10, 14));
		expect(at('2021-03-04T00:00:00+01:00', 'range', 'counted').security.killed).toEqual(band(12, 14));
	});
});

// --- tollBand ------------------------------------------------------------------

describe('tollBand', () => {
	const cases: { name: string; reports: TollReport[]; policy: TotalsPolicy; expected: Band }[] = [
		{ name: 'first of two values', reports: [value(25), value(89)], policy: 'first', expected: band(25) },
		{ name: 'latest of two values', reports: [value(25), value(89)], policy: 'latest', expected: band(89) },
		{ name: 'one source’s later figure replaces its earlier one', reports: [value(25), value(89)], policy: 'range', expected: band(89) },
		{ name: 'two bodies disagree', reports: [own('a', value(25)), own('b', value(89))], policy: 'range', expected: band(25, 89) },
		{ name: 'a first report that is a range', reports: [range(10, 20), value(15)], policy: 'first', expected: band(10, 20) },
		{ name: 'range over ranges and values', reports: [own('a', range(10, 20)), own('b', value(8)), own('c', range(12, 30))], policy: 'range', expected: band(8, 30) },
		{ name: 'a body lowers its own toll', reports: [own('a', value(30)), own('a', value(20))], policy: 'range', expected: band(20) },
		{ name: '"at least" at the highest figure', reports: [own('a', value(25)), own('b', value(89, true))], policy: 'range', expected: band(25, 89, true) },
		{ name: '"at least" below a higher figure', reports: [own('a', value(25, true)), own('b', value(89))], policy: 'range', expected: band(25, 89) },
		{ name: '"at least" kept by first', reports: [value(25, true), value(89)], policy: 'first', expected: band(25, 25, true) },
		{ name: '"at least 89" then "89"', reports: [own('a', value(25)), own('b', value(89, true)), own('a', value(89))], policy: 'range', expected: band(89) },
		{ name: '"89" then "at least 89"', reports: [own('a', value(89)), own('b', value(89, true))], policy: 'range', expected: band(89, 89, true) },
		{ name: '"more than" at the highest figure', reports: [own('a', value(71)), own('b', moreThan(100))], policy: 'range', expected: band(71, 100, true, true) },
		{ name: 'a single report', reports: [value(4)], policy: 'latest', expected: band(4) }
	];
	it.each(cases)('$name ($policy)', ({ reports, policy, expected }) => {
		expect(tollBand(reports, policy, 'counted')).toEqual(expected);
	});

	it('keeps the opponent’s claims out of the counted band, and says "none reported" without a report', () => {
		const reports = [own('army', value(71)), opponent('group', moreThan(100))];
		expect(tollBand(reports, 'latest', 'counted')).toEqual(band(71));
		expect(tollBand(reports, 'latest', 'opponent')).toEqual(band(100, 100, true, true));
		expect(tollBand([opponent('group', value(5))], 'range', 'counted')).toEqual(none());
	});

	it('fails loudly on a bad policy or no reports', () => {
		expect(() => tollBand([value(1)], 'median' as TotalsPolicy, 'counted')).toThrow('invalid policy: median');
		expect(() => tollBand([], 'first', 'counted')).toThrow('invalid toll');
	});
});

// --- createRunningTotals on a small synthetic scenario -------------------------

describe('createRunningTotals', () => {
	const incidents = [
		// Out of order on purpose: sorting is the function's job.
		incident('2018-02-01T10:00:00+01:00', [toll('civilians', 'killed', range(3, 7))]),
		incident('2018-01-01T05:00:00+01:00', [
			toll('security', 'killed', own('a', value(4)), own('b', value(5))),
			toll('attackers', 'killed', value(20, true))
		]),
		// Same instant as the one above: one step, both counted.
		incident('2018-01-01T05:00:00+01:00', [
			{ side: 'security', measure: 'killed', party: { en: 'Allies', fr: 'Alliés' }, reports: [value(2)] },
			toll('security', 'wounded', own('a', value(1)), own('b', value(3)))
		])
	];
	const totals = createRunningTotals(incidents);

	it('is "none reported" before the first start and counts from the start on', () => {
		expect(totals.at(h('2018-01-01T04:59:59.999+01:00'), 'range', 'counted').security.killed).toEqual(none());
		expect(totals.at(h('2018-01-01T05:00:00+01:00'), 'first', 'counted').security.killed).toEqual(band(6));
	});

	it.each([
		{ policy: 'first', security: band(6), wounded: band(1), civilians: band(3, 7) },
		{ policy: 'latest', security: band(7), wounded: band(3), civilians: band(3, 7) },
		{ policy: 'range', security: band(6, 7), wounded: band(1, 3), civilians: band(3, 7) }
	] as const)('adds parties and incidents under $policy', ({ policy, security, wounded, civilians }) => {
		const end = totals.at(h('2020-01-01T00:00:00Z'), policy, 'counted');
		expect(end.security.killed).toEqual(security);
		expect(end.security.wounded).toEqual(wounded);
		expect(end.civilians.killed).toEqual(civilians);
		expect(end.attackers.killed).toEqual(band(20, 20, true));
		expect(end.security.missing).toEqual(none());
	});

	it('steps at each distinct start', () => {
		const steps = totals.steps('latest', 'counted');
		expect(steps.map((s) => s.t)).toEqual([h('2018-01-01T05:00:00+01:00'), h('2018-02-01T10:00:00+01:00')]);
		expect(steps[1]!.totals).toEqual(totals.at(h('2018-02-01T10:00:00+01:00'), 'latest', 'counted'));
		expect(totals.extent).toEqual({ from: steps[0]!.t, to: steps[1]!.t });
	});

	it('gives window points from `from` to `to`', () => {
		const window = { from: h('2017-12-01T00:00:00Z'), to: h('2018-03-01T00:00:00Z') };
		const points = totals.stepsIn(window, 'range', 'counted');
		expect(points.map((p) => p.t)).toEqual([window.from, ...totals.steps('range', 'counted').map((s) => s.t), window.to]);
		expect(points[0]!.totals.security.killed).toEqual(none());
		expect(points.at(-1)!.totals).toEqual(totals.at(window.to, 'range', 'counted'));
		expect(totals.changesIn(window, 'range', 'counted')).toBe(2);
	});

	it('fails loudly on bad input', () => {
		expect(() => totals.at(Number.NaN, 'range', 'counted')).toThrow('invalid time: NaN');
		expect(() => totals.at(0, 'mean' as TotalsPolicy, 'counted')).toThrow('invalid policy: mean');
		expect(() => totals.at(0, 'range', 'hearsay' as Tally)).toThrow('invalid tally: hearsay');
		expect(() => totals.stepsIn({ from: 2, to: 1 }, 'range', 'counted')).toThrow('invalid window');
		expect(() => createRunningTotals([incident('not a date', [])])).toThrow('invalid incident start: not a date');
	});

	it('has nothing reported without incidents', () => {
		const empty = createRunningTotals([]);
		expect(empty.at(0, 'first', 'counted').civilians.killed).toEqual(none());
		expect(empty.steps('first', 'counted')).toEqual([]);
		expect(empty.begunBy(0)).toBe(0);
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
				on('2018-03-10', own('a', value(10))),
				on('2018-03-11', own('b', value(12))),
				on('2018-03-11T09:00:00+01:00', own('c', value(15)))
			)
		])
	]);
	// A date counts from 00:00 in the incident's zone: 11 Mar 00:00+01:00 is still 10 Mar (23:00) in UTC.
	const midnight = h('2018-03-11T00:00:00+01:00');
	const nine = h('2018-03-11T09:00:00+01:00');

	it.each([
		{ t: h(start) - 1, first: none(), latest: none(), range: none() },
		{ t: h(start), first: band(10), latest: band(10), range: band(10) },
		{ t: midnight - 1, first: band(10), latest: band(10), range: band(10) },
		{ t: midnight, first: band(10), latest: band(12), range: band(10, 12) },
		{ t: nine - 1, first: band(10), latest: band(12), range: band(10, 12) },
		{ t: nine, first: band(10), latest: band(15), range: band(10, 15) }
	])('at $t: first $first.high, latest $latest.high, range $range.low–$range.high', ({ t, first, latest, range: expected }) => {
		expect(night.at(t, 'first', 'counted').security.killed).toEqual(first);
		expect(night.at(t, 'latest', 'counted').security.killed).toEqual(latest);
		expect(night.at(t, 'range', 'counted').security.killed).toEqual(expected);
	});

	it('steps when a report comes out, under the policies it changes', () => {
		expect(night.steps('latest', 'counted').map((step) => step.t)).toEqual([h(start), midnight, nine]);
		expect(night.steps('range', 'counted').map((step) => step.t)).toEqual([h(start), midnight, nine]);
		expect(night.steps('first', 'counted').map((step) => step.t)).toEqual([h(start)]);
		expect(night.changesIn({ from: h(start), to: nine }, 'latest', 'counted')).toBe(2);
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
				toll('attackers', 'killed', on('2018-05-02', own('a', value(20))), own('b', value(30)))
			])
		]);
		const at = (iso: string) => totals.at(h(iso), 'latest', 'counted');
		expect(at('2018-05-01T17:59:59+01:00').security).toEqual(totals.at(0, 'latest', 'counted').security);
		expect(at('2018-05-01T18:00:00+01:00').security.killed).toEqual(band(5));
		expect(at('2018-05-01T18:00:00+01:00').security.wounded).toEqual(band(7));
		expect(at('2018-05-12T00:00:00+01:00').security.wounded).toEqual(band(9));
		expect(at('2018-05-01T18:00:00+01:00').attackers.killed).toEqual(band(30));
		expect(totals.at(h('2018-05-01T18:00:00+01:00'), 'range', 'counted').attackers.killed).toEqual(band(20, 30));
	});

	it('never lets an opponent’s claim make a step in the counted tally', () => {
		const totals = createRunningTotals([
			incident('2019-12-10T15:00:00+01:00', [
				toll('security', 'killed', on('2019-12-11', own('army', value(71))), on('2019-12-12', opponent('group', moreThan(100))))
			])
		]);
		for (const policy of TOTALS_POLICIES) {
			expect(totals.at(h('2020-01-01T00:00:00Z'), policy, 'counted').security.killed).toEqual(band(71));
			expect(totals.steps(policy, 'counted').map((step) => step.t)).toEqual([h('2019-12-10T15:00:00+01:00')]);
		}
	});

	it('drops "at least" when a later report confirms the figure, and lowers a total a later report lowers', () => {
		const totals = createRunningTotals([
			incident('2020-01-09T12:00:00+01:00', [
				toll('security', 'killed', on('2020-01-09', own('gov', value(25))), on('2020-01-11', own('sec', value(89, true))), on('2020-01-12', own('gov', value(89)))),
				toll('attackers', 'killed', on('2020-01-09', value(30)), on('2020-01-10', value(20)))
			]),
			incident('2020-01-09T18:00:00+01:00', [toll('security', 'killed', on('2020-01-09', value(4, true)))])
		]);
		const latest = (iso: string) => totals.at(h(iso), 'latest', 'counted');
		expect(latest('2020-01-11T12:00:00+01:00').security.killed).toEqual(band(93, 93, true));
		// Still "at least": the second incident's toll is.
		expect(latest('2020-01-12T00:00:00+01:00').security.killed).toEqual(band(93, 93, true));
		expect(latest('2020-01-09T12:00:00+01:00').attackers.killed).toEqual(band(30));
		expect(latest('2020-01-10T00:00:00+01:00').attackers.killed).toEqual(band(20));
		// One source lowering its own figure: the range follows it down.
		expect(totals.at(h('2020-01-10T00:00:00+01:00'), 'range', 'counted').attackers.killed).toEqual(band(20));
	});
});

// --- 20,000 incidents: the prefix sums agree with a naive sum --------------------

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

/** A toll's reports of one tally as the naive sum reads them, each with the time it counts from and who gave it. */
interface NaiveToll {
	side: Side;
	measure: Measure;
	reports: { low: number; high: number; atLeast: boolean; moreThan: boolean; from: number; who: string }[];
}

/** Written independently of running-totals.ts: which reports a tally holds, and when each counts from, worked out from the strings. */
function naiveTolls(inc: Incident, tally: Tally): NaiveToll[] {
	const start = Date.parse(inc.start);
	const offset = inc.start.slice(19); // after YYYY-MM-DDThh:mm:ss: "Z" or "+01:00"
	return inc.tolls.map(({ side, measure, reports }) => ({
		side,
		measure,
		reports: reports
			.filter((r) => (tally === 'opponent' ? r.claimBy === 'opponent' : r.claimBy !== 'opponent'))
			.map((r, k) => {
				let from = start;
				if (k > 0 && r.reported !== undefined) {
					const t = r.reported.length === 10 ? Date.parse(`${r.reported}T00:00:00${offset}`) : Date.parse(r.reported);
					from = Math.max(start, t);
				}
				return {
					low: 'value' in r ? r.value : r.low,
					high: 'value' in r ? r.value : r.high,
					atLeast: r.atLeast === true || r.moreThan === true,
					moreThan: r.moreThan === true,
					from,
					who: r.authority ?? r.sourceId
				};
			})
	}));
}

/** A loop over every incident, every call. */
function naiveAt(tolls: readonly NaiveToll[][], starts: readonly number[], t: number, policy: TotalsPolicy): Totals {
	const totals = Object.fromEntries(
		SIDES.map((side) => [side, Object.fromEntries(MEASURES.map((m) => [m, none()]))])
	) as Totals;
	tolls.forEach((incidentTolls, i) => {
		if (starts[i]! > t) return;
		for (const { side, measure, reports } of incidentTolls) {
			let out = reports.filter((r, k) => k === 0 || r.from <= t);
			if (out.length === 0) continue;
			const cell = totals[side][measure];
			cell.reported = true;
			if (policy === 'range') {
				// Each body's last report only.
				out = out.filter((r, k) => !out.slice(k + 1).some((later) => later.who === r.who));
				const high = Math.max(...out.map((r) => r.high));
				const top = out[out.map((r) => r.high).lastIndexOf(high)]!;
				cell.low += Math.min(...out.map((r) => r.low));
				cell.high += high;
				if (top.atLeast) cell.atLeast = true;
				if (top.moreThan) cell.moreThan = true;
			} else {
				const r = policy === 'first' ? out[0]! : out[out.length - 1]!;
				cell.low += r.low;
				cell.high += r.high;
				if (r.atLeast) cell.atLeast = true;
				if (r.moreThan) cell.moreThan = true;
			}
		}
	});
	return totals;
}

describe('20,000 incidents', () => {
	const rand = random(20171004);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
	const from = h('2017-10-01T00:00:00Z');
	const span = h('2020-02-01T00:00:00Z') - from;
	const hour = 3_600_000;
	const day = 24 * hour;
	/** An instant written in a zone: "2018-01-05T06:00:00+01:00" or "…Z". */
	const written = (t: number, offsetHours: number) =>
		new Date(t + offsetHours * hour).toISOString().slice(0, 19) + (offsetHours === 0 ? 'Z' : '+01:00');
	const incidents: Incident[] = Array.from({ length: 20_000 }, () => {
		// Whole hours, so many incidents share a start; Niger's zone or UTC, as in Mali.
		const startT = from + Math.floor((rand() * span) / hour) * hour;
		const offsetHours = rand() < 0.5 ? 1 : 0;
		const tolls = Array.from({ length: Math.floor(rand() * 4) }, () => {
			// Reports come out over the days after the attack, in order; undated ones last.
			let later = 0;
			let undated = false;
			const reports = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => {
				const low = Math.floor(rand() * 50);
				const bound = rand();
				let report = rand() < 0.7 ? value(low, bound < 0.1) : range(low, low + Math.floor(rand() * 40), bound < 0.1);
				if (bound > 0.95) report = { ...report, moreThan: true };
				later += Math.floor(rand() * 3) * day;
				const form = rand();
				undated ||= form < 0.15;
				if (!undated) {
					// A date (the local day, `later` days on) or a date-time a whole number of hours on.
					report = form < 0.7 ? on(written(startT + later, offsetHours).slice(0, 10), report) : on(written(startT + later + Math.floor(rand() * 12) * hour, offsetHours), report);
				}
				const who = rand();
				if (who < 0.3) return report;
				return who < 0.7 ? own(pick(['army', 'ministry']), report) : opponent(pick(['group', 'army']), report);
			});
			return toll(pick(SIDES), pick(MEASURES), ...reports);
		});
		return { ...incident(written(startT, offsetHours), tolls), id: 'x' };
	});
	const starts = incidents.map((inc) => Date.parse(inc.start));
	const naive = { counted: incidents.map((inc) => naiveTolls(inc, 'counted')), opponent: incidents.map((inc) => naiveTolls(inc, 'opponent')) };
	const totals = createRunningTotals(incidents);
	const cases = TALLIES.flatMap((tally) => TOTALS_POLICIES.map((policy) => ({ tally, policy })));

	// A budget of its own: the naive sum is slow by design, and CI machines are shared.
	it.each(cases)('at() equals the naive O(n) sum at random times ($tally, $policy)', { timeout: 60_000 }, ({ tally, policy }) => {
		const times = [from - 1, from + span + 10 * day, ...Array.from({ length: 30 }, () => from + rand() * span)];
		// Exact starts too: an incident counts from its start instant.
		times.push(starts[0]!, starts[19_999]!);
		// And instants reports come out from, and just before.
		const froms = naive[tally].flatMap((incidentTolls, i) => incidentTolls.flatMap((tl) => tl.reports.map((r) => r.from)).filter((t) => t > starts[i]!));
		for (const t of froms.slice(0, 12)) times.push(t, t - 1);
		for (const t of times) expect(totals.at(t, policy, tally)).toEqual(naiveAt(naive[tally], starts, t, policy));
	});

	it('thins a window to at most maxChanges changes without losing the final level', { timeout: 60_000 }, () => {
		const window = { from: from + span / 4, to: from + span / 2 };
		const points = totals.stepsIn(window, 'range', 'counted', 300);
		expect(totals.changesIn(window, 'range', 'counted')).toBeGreaterThan(300);
		expect(points.length).toBeLessThanOrEqual(302);
		expect(points[0]!.totals).toEqual(totals.at(window.from, 'range', 'counted'));
		expect(points.at(-1)!.totals).toEqual(totals.at(window.to, 'range', 'counted'));
		for (const p of points.slice(1, -1)) expect(p.totals).toEqual(totals.at(p.t, 'range', 'counted'));
		expect(points.map((p) => p.t)).toEqual([...points.map((p) => p.t)].sort((a, b) => a - b));
	});
});
