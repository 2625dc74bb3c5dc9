import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../dataset/prng';
import type { Incident, Measure, Side } from '../scenario/schema';
import { TALLIES, TOTALS_POLICIES, type Tally, type TotalsPolicy } from './claim-rule';
import { createRunningTotals, MEASURES, SIDES, type Totals } from './running-totals';
import { h, incident, none, on, opponent, own, range, toll, value } from '../../../tests/unit/toll-fixtures';

// --- 20,000 incidents: the prefix sums agree with a naive sum --------------------


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
	const rand = mulberry32(20171004);
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
