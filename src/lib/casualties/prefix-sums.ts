// The running totals of one tally under one policy as prefix sums: every
// toll's step changes land in the row of their time, and the rows are summed
// in order, so the totals at any time are one binary search and one row read.
import { NONE_REPORTED, type Band } from './band';
import type { Measure } from '../scenario/schema';
import { CELLS, MEASURES, SIDES, type Totals } from './cells';
import type { TotalsPolicy } from './claim-rule';
import { bandSteps, type DatedReport } from './toll-steps';

/** A toll's reports of one tally (at least one), ready to be turned into steps. */
export interface TallyToll {
	cell: number;
	reports: DatedReport[];
}

/** The totals from time `t` on, until the next step. */
export interface Step {
	t: number;
	totals: Totals;
}

/**
 * Prefix sums for one policy and tally: row k holds the totals at the k-th
 * change time (`times[k - 1]`), row 0 the totals before the first. The flags
 * are counts of the tolls whose band has them (a later report can drop one
 * toll's flag, so a flag could not be summed).
 */
export interface Prefix {
	times: Float64Array;
	low: Float64Array;
	high: Float64Array;
	atLeast: Int32Array;
	moreThan: Int32Array;
	reported: Int32Array;
	/** The rows as steps, made on first use. */
	steps?: readonly Step[];
}

/** The prefix sums of `tolls` under `policy`; `starts` (sorted) are change times even for incidents without a toll. */
export function buildPrefix(starts: Float64Array, tolls: readonly TallyToll[], policy: TotalsPolicy): Prefix {
	// Every toll's step changes under the policy.
	const eventT: number[] = [];
	const eventCell: number[] = [];
	const eventBand: Band[] = [];
	const eventPrevious: Band[] = [];
	for (const toll of tolls) {
		let previous: Band = NONE_REPORTED;
		for (const { t, band } of bandSteps(toll.reports, policy)) {
			eventT.push(t);
			eventCell.push(toll.cell);
			eventBand.push(band);
			eventPrevious.push(previous);
			previous = band;
		}
	}

	// The change times: every incident start (even one with no toll) and every toll change.
	const all = new Float64Array(starts.length + eventT.length);
	all.set(starts);
	all.set(eventT, starts.length);
	all.sort();
	let distinct = 0;
	for (let k = 0; k < all.length; k++) if (k === 0 || all[k] !== all[k - 1]) all[distinct++] = all[k]!;
	const times = all.slice(0, distinct);

	// Each change lands in its time's row, then the rows are summed in order.
	const rows = times.length + 1;
	const p: Prefix = {
		times,
		low: new Float64Array(rows * CELLS),
		high: new Float64Array(rows * CELLS),
		atLeast: new Int32Array(rows * CELLS),
		moreThan: new Int32Array(rows * CELLS),
		reported: new Int32Array(rows * CELLS)
	};
	for (let e = 0; e < eventT.length; e++) {
		const c = countUpTo(times, eventT[e]!) * CELLS + eventCell[e]!;
		const band = eventBand[e]!;
		const before = eventPrevious[e]!;
		p.low[c] = p.low[c]! + band.low - before.low;
		p.high[c] = p.high[c]! + band.high - before.high;
		p.atLeast[c] = p.atLeast[c]! + Number(band.atLeast) - Number(before.atLeast);
		p.moreThan[c] = p.moreThan[c]! + Number(band.moreThan) - Number(before.moreThan);
		p.reported[c] = p.reported[c]! + Number(band.reported) - Number(before.reported);
	}
	for (let c = CELLS; c < rows * CELLS; c++) {
		p.low[c] = p.low[c]! + p.low[c - CELLS]!;
		p.high[c] = p.high[c]! + p.high[c - CELLS]!;
		p.atLeast[c] = p.atLeast[c]! + p.atLeast[c - CELLS]!;
		p.moreThan[c] = p.moreThan[c]! + p.moreThan[c - CELLS]!;
		p.reported[c] = p.reported[c]! + p.reported[c - CELLS]!;
	}
	return p;
}

/** How many of the sorted `times` are ≤ t. */
export function countUpTo(times: Float64Array, t: number): number {
	let lo = 0;
	let hi = times.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (times[mid]! <= t) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

export function readRow(p: Prefix, row: number): Totals {
	const base = row * CELLS;
	const totals = {} as Totals;
	SIDES.forEach((side, s) => {
		const bySide = {} as Record<Measure, Band>;
		MEASURES.forEach((measure, m) => {
			const cell = base + s * MEASURES.length + m;
			bySide[measure] = {
				low: p.low[cell]!,
				high: p.high[cell]!,
				atLeast: p.atLeast[cell]! > 0,
				moreThan: p.moreThan[cell]! > 0,
				reported: p.reported[cell]! > 0
			};
		});
		totals[side] = bySide;
	});
	return totals;
}
