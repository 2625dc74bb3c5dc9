// Running casualty totals: by tally, side and measure, the tolls of the
// incidents that have begun by time t, as they had been reported by t, under
// a chosen policy for tolls whose reports differ (claim-rule.ts).
//
// A toll counts from its incident's start: sources give a toll for the whole
// attack, never a time distribution within it, so spreading it over the
// attack's hours would invent precision. The first report of a tally counts
// from the start whatever its date (it is the earliest figure there is). Each
// later report counts from when it came out, max(incident start, `reported`):
// a date without a time counts from the start of that day in the incident's
// own zone (the offset its start is written with), and an undated report (a
// reference work) from the start. At 9 Jan 2020 13:00 Chinagodrar's toll is
// the 25 the Defence Ministry gave that day, not the 89 of the 12th.
//
// Every call the clock makes per frame costs the same whatever the number of
// incidents: each toll is turned once into its step changes (time, cell, change
// of band), each policy's changes are prefix-summed once (lazily, on first
// use), and `at()` is a binary search and one row read.
import type { TimeWindow } from '../time/time-window';
import type { Incident, Measure, Side } from '../scenario/schema';
import { cellOf, type Totals } from './cells';
import { TOTALS_POLICIES, type Tally, type TotalsPolicy } from './claim-rule';
import { buildPrefix, countUpTo, readRow, type Prefix, type Step } from './prefix-sums';
import { indexTolls } from './toll-index';
import { windowSteps } from './window-steps';

export type { Step } from './prefix-sums';

export interface RunningTotals {
	/** The totals of one tally at `t` (epoch ms): every incident that started at or before `t`, as reported by `t`. */
	at(t: number, policy: TotalsPolicy, tally: Tally): Totals;
	/** How many incidents had begun by `t`. */
	begunBy(t: number): number;
	/**
	 * The last change point at or before `t` under the policy, in either tally (an incident start
	 * or a report; -Infinity before the first). The totals and the attacks begun are the same at
	 * `t` as there, so a view that reads them there redraws only when the clock crosses one.
	 */
	settledAt(t: number, policy: TotalsPolicy): number;
	/**
	 * The step function's change points under the policy: every incident start,
	 * and every time a report changes a toll's band, with the totals from then on.
	 */
	steps(policy: TotalsPolicy, tally: Tally): readonly Step[];
	/**
	 * Points for a step chart of the window: the totals at `from`, every change
	 * inside (from, to], and the totals at `to`. With more than `maxChanges`
	 * changes, the window is cut into `maxChanges` equal slices and only the last
	 * change of each is kept. This moves a step by less than one slice; a level
	 * that lasted less than a slice can be skipped, which only matters where a
	 * later report lowered a toll.
	 */
	stepsIn(window: TimeWindow, policy: TotalsPolicy, tally: Tally, maxChanges?: number): Step[];
	/** How many change points of the policy fall inside (from, to]. */
	changesIn(window: TimeWindow, policy: TotalsPolicy, tally: Tally): number;
	/** Whether any report of the tally exists for a side and measure, at any time. */
	everReported(tally: Tally, side: Side, measure: Measure): boolean;
	/** From the first incident start to the last time a report comes out (or an incident starts); null without incidents. */
	readonly extent: TimeWindow | null;
}

export { MEASURES, SIDES, type Totals } from './cells';

function checkTime(t: number, name: string): void {
	if (Number.isNaN(t)) throw new Error(`invalid ${name}: ${t}`);
}

export function createRunningTotals(incidents: readonly Incident[]): RunningTotals {
	const { starts, tolls, reportedCells, extent } = indexTolls(incidents);
	/** Each policy's and tally's prefix sums, built on first use. */
	const prefixes = new Map<string, Prefix>();
	function prefix(policy: TotalsPolicy, tally: Tally): Prefix {
		const key = `${policy}/${tally}`;
		let p = prefixes.get(key);
		if (p) return p;
		if (!TOTALS_POLICIES.includes(policy)) throw new Error(`invalid policy: ${String(policy)}`);
		if (!(tally in tolls)) throw new Error(`invalid tally: ${String(tally)}`);
		p = buildPrefix(starts, tolls[tally], policy);
		prefixes.set(key, p);
		return p;
	}

	return {
		at(t, policy, tally) {
			checkTime(t, 'time');
			const p = prefix(policy, tally);
			return readRow(p, countUpTo(p.times, t));
		},
		begunBy(t) {
			checkTime(t, 'time');
			return countUpTo(starts, t);
		},
		settledAt(t, policy) {
			checkTime(t, 'time');
			let latest = -Infinity;
			for (const tally of ['counted', 'opponent'] as const) {
				const { times } = prefix(policy, tally);
				const passed = countUpTo(times, t);
				if (passed > 0) latest = Math.max(latest, times[passed - 1]!);
			}
			return latest;
		},
		steps(policy, tally) {
			const p = prefix(policy, tally);
			p.steps ??= Array.from(p.times, (t, g) => ({ t, totals: readRow(p, g + 1) }));
			return p.steps;
		},
		stepsIn({ from, to }, policy, tally, maxChanges = Infinity) {
			checkTime(from, 'window.from');
			checkTime(to, 'window.to');
			if (!(to >= from)) throw new Error(`invalid window: from ${from} is after to ${to}`);
			if (!(maxChanges >= 1)) throw new Error(`invalid maxChanges: ${maxChanges}`);
			return windowSteps(prefix(policy, tally), from, to, maxChanges);
		},
		changesIn(window, policy, tally) {
			const { times } = prefix(policy, tally);
			return countUpTo(times, window.to) - countUpTo(times, window.from);
		},
		everReported: (tally, side, measure) => reportedCells[tally].has(cellOf(side, measure)),
		extent
	};
}
