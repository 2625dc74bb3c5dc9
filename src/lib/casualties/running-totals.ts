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
import { MeasureSchema, SideSchema, type Incident, type Measure, type Side, type TollReport } from '../scenario/schema';
import { NONE_REPORTED, reportBand, sameBand, type Band } from './band';
import { claimantKey, combine, tallyOf, TOTALS_POLICIES, type ClaimedBand, type Tally, type TotalsPolicy } from './claim-rule';

export type Totals = Record<Side, Record<Measure, Band>>;

/** The totals from time `t` on, until the next step. */
export interface Step {
	t: number;
	totals: Totals;
}

export interface RunningTotals {
	/** The totals of one tally at `t` (epoch ms): every incident that started at or before `t`, as reported by `t`. */
	at(t: number, policy: TotalsPolicy, tally: Tally): Totals;
	/** How many incidents had begun by `t`. */
	begunBy(t: number): number;
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

export const SIDES: readonly Side[] = SideSchema.options;
export const MEASURES: readonly Measure[] = MeasureSchema.options;
const CELLS = SIDES.length * MEASURES.length;
const SIDE_INDEX = new Map(SIDES.map((side, i) => [side, i]));
const MEASURE_INDEX = new Map(MEASURES.map((measure, i) => [measure, i]));

/** A report of one tally, with the time it counts from. */
interface DatedReport extends ClaimedBand {
	from: number;
}

/** A toll's reports of one tally (at least one), ready to be turned into steps. */
interface TallyToll {
	cell: number;
	reports: DatedReport[];
}

/**
 * Prefix sums for one policy and tally: row k holds the totals at the k-th
 * change time (`times[k - 1]`), row 0 the totals before the first. The flags
 * are counts of the tolls whose band has them (a later report can drop one
 * toll's flag, so a flag could not be summed).
 */
interface Prefix {
	times: Float64Array;
	low: Float64Array;
	high: Float64Array;
	atLeast: Int32Array;
	moreThan: Int32Array;
	reported: Int32Array;
	steps?: readonly Step[];
}

export function createRunningTotals(incidents: readonly Incident[]): RunningTotals {
	const starts = new Float64Array(incidents.length);
	const tolls: Record<Tally, TallyToll[]> = { counted: [], opponent: [] };
	const everReported: Record<Tally, Set<number>> = { counted: new Set(), opponent: new Set() };
	let last = -Infinity;
	incidents.forEach((incident, i) => {
		const start = Date.parse(incident.start);
		if (!Number.isFinite(start)) throw new Error(`invalid incident start: ${incident.start} (${incident.id})`);
		starts[i] = start;
		last = Math.max(last, start);
		for (const toll of incident.tolls) {
			const cell = cellOf(toll.side, toll.measure);
			for (const tally of ['counted', 'opponent'] as const) {
				const reports = toll.reports
					.filter((report) => tallyOf(report) === tally)
					.map((report, k) => ({
						band: reportBand(report),
						claimant: claimantKey(report),
						// The first report counts from the start: before it, nothing is known.
						from: k === 0 ? start : reportedFrom(report, incident, start)
					}));
				if (reports.length === 0) continue;
				for (const { from } of reports) last = Math.max(last, from);
				tolls[tally].push({ cell, reports });
				everReported[tally].add(cell);
			}
		}
	});
	starts.sort();

	const prefixes = new Map<string, Prefix>();

	function prefix(policy: TotalsPolicy, tally: Tally): Prefix {
		const key = `${policy}/${tally}`;
		const cached = prefixes.get(key);
		if (cached) return cached;
		if (!TOTALS_POLICIES.includes(policy)) throw new Error(`invalid policy: ${String(policy)}`);
		if (!(tally in tolls)) throw new Error(`invalid tally: ${String(tally)}`);

		// Every toll's step changes under the policy.
		const eventT: number[] = [];
		const eventCell: number[] = [];
		const eventBand: Band[] = [];
		const eventPrevious: Band[] = [];
		for (const toll of tolls[tally]) {
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
		prefixes.set(key, p);
		return p;
	}

	function checkTime(t: number, name: string): void {
		if (Number.isNaN(t)) throw new Error(`invalid ${name}: ${t}`);
	}

	function at(t: number, policy: TotalsPolicy, tally: Tally): Totals {
		checkTime(t, 'time');
		const p = prefix(policy, tally);
		return readRow(p, countUpTo(p.times, t));
	}

	function begunBy(t: number): number {
		checkTime(t, 'time');
		return countUpTo(starts, t);
	}

	function steps(policy: TotalsPolicy, tally: Tally): readonly Step[] {
		const p = prefix(policy, tally);
		p.steps ??= Array.from(p.times, (t, g) => ({ t, totals: readRow(p, g + 1) }));
		return p.steps;
	}

	function stepsIn(window: TimeWindow, policy: TotalsPolicy, tally: Tally, maxChanges = Infinity): Step[] {
		const { from, to } = window;
		checkTime(from, 'window.from');
		checkTime(to, 'window.to');
		if (!(to >= from)) throw new Error(`invalid window: from ${from} is after to ${to}`);
		if (!(maxChanges >= 1)) throw new Error(`invalid maxChanges: ${maxChanges}`);
		const p = prefix(policy, tally);
		const { times } = p;
		const first = countUpTo(times, from);
		const last = countUpTo(times, to);
		const points: Step[] = [{ t: from, totals: readRow(p, first) }];
		if (last - first <= maxChanges) {
			for (let row = first + 1; row <= last; row++) points.push({ t: times[row - 1]!, totals: readRow(p, row) });
		} else {
			const slices = Math.floor(maxChanges);
			let previous = first;
			for (let s = 1; s <= slices; s++) {
				const row = s === slices ? last : countUpTo(times, from + ((to - from) * s) / slices);
				if (row > previous) points.push({ t: times[row - 1]!, totals: readRow(p, row) });
				previous = Math.max(previous, row);
			}
		}
		points.push({ t: to, totals: readRow(p, last) });
		return points;
	}

	function changesIn(window: TimeWindow, policy: TotalsPolicy, tally: Tally): number {
		const { times } = prefix(policy, tally);
		return countUpTo(times, window.to) - countUpTo(times, window.from);
	}

	const extent = starts.length > 0 ? { from: starts[0]!, to: last } : null;
	return {
		at,
		begunBy,
		steps,
		stepsIn,
		changesIn,
		everReported: (tally, side, measure) => everReported[tally].has(cellOf(side, measure)),
		extent
	};
}

/** How many of the sorted `times` are ≤ t. */
function countUpTo(times: Float64Array, t: number): number {
	let lo = 0;
	let hi = times.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (times[mid]! <= t) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

function cellOf(side: Side, measure: Measure): number {
	const s = SIDE_INDEX.get(side);
	const m = MEASURE_INDEX.get(measure);
	if (s === undefined) throw new Error(`invalid side: ${side}`);
	if (m === undefined) throw new Error(`invalid measure: ${measure}`);
	return s * MEASURES.length + m;
}

function readRow(p: Prefix, row: number): Totals {
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

const OFFSET = /(Z|[+-]\d{2}:\d{2})$/;

/**
 * When a report has come out, for an incident: its `reported` instant, a date
 * meaning the start of that day in the zone the incident's start is written
 * in; never before the incident's start; the start itself for an undated
 * report (a reference work).
 */
export function reportedFrom(report: TollReport, incident: Pick<Incident, 'id' | 'start'>, start = Date.parse(incident.start)): number {
	const { reported } = report;
	if (reported === undefined) return start;
	let t: number;
	// The schema allows a date (YYYY-MM-DD) or a date-time with offset.
	if (reported.length === 10) {
		const offset = OFFSET.exec(incident.start)?.[1];
		if (offset === undefined) throw new Error(`invalid incident start: ${incident.start} has no offset (${incident.id})`);
		t = Date.parse(`${reported}T00:00:00${offset}`);
	} else {
		t = Date.parse(reported);
	}
	if (!Number.isFinite(t)) throw new Error(`invalid report date: ${reported} (${incident.id})`);
	return Math.max(start, t);
}

/**
 * What one toll contributes to a tally under a policy once all its reports
 * are out; "none reported" when the tally has none of its reports.
 * Reports are in the order they came out (the cross-checks enforce it).
 */
export function tollBand(reports: readonly TollReport[], policy: TotalsPolicy, tally: Tally): Band {
	if (reports.length === 0) throw new Error('invalid toll: it has no reports');
	if (!TOTALS_POLICIES.includes(policy)) throw new Error(`invalid policy: ${String(policy)}`);
	const out = reports.filter((report) => tallyOf(report) === tally).map((report) => ({ band: reportBand(report), claimant: claimantKey(report) }));
	return out.length === 0 ? { ...NONE_REPORTED } : combine(out, policy);
}

/**
 * A toll's band over time under a policy: from each `t` on, until the next.
 * The first report counts from the first `t` (the incident's start); a time
 * at which the band does not change is left out.
 */
function bandSteps(reports: readonly DatedReport[], policy: TotalsPolicy): { t: number; band: Band }[] {
	const first = reports[0]!;
	if (policy === 'first') return [{ t: first.from, band: first.band }];
	const times = [...new Set(reports.map((report) => report.from))].sort((a, b) => a - b);
	const steps: { t: number; band: Band }[] = [];
	let previous: Band | undefined;
	for (const t of times) {
		// Kept in report order: a later report dated only by its day can count from before an earlier one dated to the hour.
		const band = combine(
			reports.filter((report, k) => k === 0 || report.from <= t),
			policy
		);
		if (previous === undefined || !sameBand(band, previous)) steps.push({ t, band });
		previous = band;
	}
	return steps;
}
