import { describe, expect, it } from 'vitest';
import { seed } from '../../../tests/unit/seed';
import type { Measure, Side } from '../scenario/schema';
import type { Band } from './band';
import { TALLIES, TOTALS_POLICIES, type Tally, type TotalsPolicy } from './claim-rule';
import { createRunningTotals, SIDES } from './running-totals';
import { incident, range, toll, on, own, opponent, band, none, h } from '../../../tests/unit/toll-fixtures';

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
	const { incidents } = seed;
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
