// Running casualty totals: by side and measure, the tolls of the incidents
// that have begun by time t as they had been reported by t, under a chosen
// policy for tolls whose reports differ.
//
// A toll counts from its incident's start: sources give a toll for the whole
// attack, never a time distribution within it, so spreading it over the
// attack's hours would invent precision. Its first report counts from the
// start whatever its date (it is the earliest figure there is). Each later
// report counts from when it came out, max(incident start, `reported`): a date
// without a time counts from the start of that day in the incident's own zone
// (the offset its start is written with), and an undated report (a reference
// work) from the start. At 9 Jan 2020 13:00 Chinagodrar's toll is the 25
// reported that day, not the 89 reported on the 13th.
//
// A perpetrator's claim (`perpetratorClaim`) is never counted: the first report
// is the first one that is not a claim, and a toll made only of claims adds
// nothing.
//
// Every call the clock makes per frame costs the same whatever the number of
// incidents: each toll is turned once into its step changes (time, cell, change
// of band), each policy's changes are prefix-summed once (lazily, on first
// use), and `at()` is a binary search and one row read.
import { message, type Lang } from '../i18n/messages';
import { MeasureSchema, SideSchema, type Incident, type Measure, type Side, type TollReport } from '../scenario/schema';

/**
 * Which figure a toll contributes at time t when its reports differ, among the
 * reports out by t (perpetrators' claims aside):
 * - `range`: from the lowest figure any of them gave to the highest ("at least"
 *   if the last of them at the highest figure says so);
 * - `first`: the first report (a low–high report gives its band);
 * - `latest`: the last of them, in the order reports came out.
 */
export type TotalsPolicy = 'range' | 'first' | 'latest';
export const TOTALS_POLICIES: readonly TotalsPolicy[] = ['range', 'first', 'latest'];

/** A count known as a band; `low === high` when reports agree. `atLeast`: the high end is a lower bound ("at least 89"). */
export interface Band {
	low: number;
	high: number;
	atLeast: boolean;
}

export type Totals = Record<Side, Record<Measure, Band>>;

/** The totals from time `t` on, until the next step. */
export interface Step {
	t: number;
	totals: Totals;
}

export interface TimeWindow {
	from: number;
	to: number;
}

export interface RunningTotals {
	/** The totals at `t` (epoch ms): every incident that started at or before `t`, as reported by `t`. */
	at(t: number, policy: TotalsPolicy): Totals;
	/**
	 * The step function's change points under the policy: every incident start,
	 * and every time a report changes a toll's band, with the totals from then on.
	 */
	steps(policy: TotalsPolicy): readonly Step[];
	/**
	 * Points for a step chart of the window: the totals at `from`, every change
	 * inside (from, to], and the totals at `to`. With more than `maxChanges`
	 * changes, the window is cut into `maxChanges` equal slices and only the last
	 * change of each is kept. This moves a step by less than one slice; a level
	 * that lasted less than a slice can be skipped, which only matters where a
	 * later report lowered a toll (under `latest`, or the low end of `range`).
	 */
	stepsIn(window: TimeWindow, policy: TotalsPolicy, maxChanges?: number): Step[];
	/** How many change points of the policy fall inside (from, to]. */
	changesIn(window: TimeWindow, policy: TotalsPolicy): number;
	/** From the first incident start to the last time a report comes out (or an incident starts); null without incidents. */
	readonly extent: TimeWindow | null;
}

export const SIDES: readonly Side[] = SideSchema.options;
export const MEASURES: readonly Measure[] = MeasureSchema.options;
const CELLS = SIDES.length * MEASURES.length;
const SIDE_INDEX = new Map(SIDES.map((side, i) => [side, i]));
const MEASURE_INDEX = new Map(MEASURES.map((measure, i) => [measure, i]));
const ZERO: Band = Object.freeze({ low: 0, high: 0, atLeast: false });

/** A report that counts, as a band, with the time it counts from. */
interface DatedBand {
	band: Band;
	from: number;
}

/** A toll with at least one counted report, ready to be turned into steps. */
interface CountedToll {
	cell: number;
	reports: DatedBand[];
}

/**
 * Prefix sums for one policy: row k holds the totals at the k-th change time
 * (`times[k - 1]`), row 0 the zero totals before the first. `atLeast` counts
 * the tolls whose band is "at least" (one toll's can be dropped by a later
 * report, so a flag could not be summed).
 */
interface Prefix {
	times: Float64Array;
	low: Float64Array;
	high: Float64Array;
	atLeast: Int32Array;
	steps?: readonly Step[];
}

export function createRunningTotals(incidents: readonly Incident[]): RunningTotals {
	const starts = new Float64Array(incidents.length);
	const tolls: CountedToll[] = [];
	let last = -Infinity;
	incidents.forEach((incident, i) => {
		const start = Date.parse(incident.start);
		if (!Number.isFinite(start)) throw new Error(`invalid incident start: ${incident.start} (${incident.id})`);
		starts[i] = start;
		last = Math.max(last, start);
		for (const toll of incident.tolls) {
			const reports = countedReports(toll.reports).map((report, k) => ({
				band: reportBand(report),
				// The first counted report counts from the start: before it, nothing is known.
				from: k === 0 ? start : reportedFrom(report, incident, start)
			}));
			if (reports.length === 0) continue;
			for (const { from } of reports) last = Math.max(last, from);
			tolls.push({ cell: cellOf(toll.side, toll.measure), reports });
		}
	});
	starts.sort();

	const prefixes = new Map<TotalsPolicy, Prefix>();

	function prefix(policy: TotalsPolicy): Prefix {
		const cached = prefixes.get(policy);
		if (cached) return cached;
		if (!TOTALS_POLICIES.includes(policy)) throw new Error(`invalid policy: ${String(policy)}`);

		// Every toll's step changes under the policy.
		const eventT: number[] = [];
		const eventCell: number[] = [];
		const eventLow: number[] = [];
		const eventHigh: number[] = [];
		const eventAtLeast: number[] = [];
		for (const toll of tolls) {
			let previous = ZERO;
			for (const { t, band } of bandSteps(toll.reports, policy)) {
				eventT.push(t);
				eventCell.push(toll.cell);
				eventLow.push(band.low - previous.low);
				eventHigh.push(band.high - previous.high);
				eventAtLeast.push(Number(band.atLeast) - Number(previous.atLeast));
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
		const low = new Float64Array(rows * CELLS);
		const high = new Float64Array(rows * CELLS);
		const atLeast = new Int32Array(rows * CELLS);
		for (let e = 0; e < eventT.length; e++) {
			const cell = countUpTo(times, eventT[e]!) * CELLS + eventCell[e]!;
			low[cell] = low[cell]! + eventLow[e]!;
			high[cell] = high[cell]! + eventHigh[e]!;
			atLeast[cell] = atLeast[cell]! + eventAtLeast[e]!;
		}
		for (let c = CELLS; c < rows * CELLS; c++) {
			low[c] = low[c]! + low[c - CELLS]!;
			high[c] = high[c]! + high[c - CELLS]!;
			atLeast[c] = atLeast[c]! + atLeast[c - CELLS]!;
		}
		const built: Prefix = { times, low, high, atLeast };
		prefixes.set(policy, built);
		return built;
	}

	function checkTime(t: number, name: string): void {
		if (Number.isNaN(t)) throw new Error(`invalid ${name}: ${t}`);
	}

	function at(t: number, policy: TotalsPolicy): Totals {
		checkTime(t, 'time');
		const p = prefix(policy);
		return readRow(p, countUpTo(p.times, t));
	}

	function steps(policy: TotalsPolicy): readonly Step[] {
		const p = prefix(policy);
		p.steps ??= Array.from(p.times, (t, g) => ({ t, totals: readRow(p, g + 1) }));
		return p.steps;
	}

	function stepsIn(window: TimeWindow, policy: TotalsPolicy, maxChanges = Infinity): Step[] {
		const { from, to } = window;
		checkTime(from, 'window.from');
		checkTime(to, 'window.to');
		if (!(to >= from)) throw new Error(`invalid window: from ${from} is after to ${to}`);
		if (!(maxChanges >= 1)) throw new Error(`invalid maxChanges: ${maxChanges}`);
		const p = prefix(policy);
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

	function changesIn(window: TimeWindow, policy: TotalsPolicy): number {
		const { times } = prefix(policy);
		return countUpTo(times, window.to) - countUpTo(times, window.from);
	}

	const extent = starts.length > 0 ? { from: starts[0]!, to: last } : null;
	return { at, steps, stepsIn, changesIn, extent };
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
			bySide[measure] = { low: p.low[cell]!, high: p.high[cell]!, atLeast: p.atLeast[cell]! > 0 };
		});
		totals[side] = bySide;
	});
	return totals;
}

/** The reports totals may count: all but the perpetrators' claims, in their order. */
export function countedReports(reports: readonly TollReport[]): TollReport[] {
	return reports.filter((report) => report.perpetratorClaim !== true);
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

/** One report as a band: a value is a band of width zero. */
export function reportBand(report: TollReport): Band {
	const atLeast = report.atLeast ?? false;
	return 'value' in report
		? { low: report.value, high: report.value, atLeast }
		: { low: report.low, high: report.high, atLeast };
}

/**
 * What one toll contributes under a policy once all its reports are out.
 * Reports are in the order they came out (the cross-checks enforce it);
 * perpetrators' claims are left out, and a toll of claims only contributes zero.
 */
export function tollBand(reports: readonly TollReport[], policy: TotalsPolicy): Band {
	if (reports.length === 0) throw new Error('invalid toll: it has no reports');
	if (!TOTALS_POLICIES.includes(policy)) throw new Error(`invalid policy: ${String(policy)}`);
	const counted = countedReports(reports);
	return counted.length === 0 ? { ...ZERO } : combine(counted.map(reportBand), policy);
}

/** The band a policy makes of reports that are out, in the order they came out (at least one). */
function combine(bands: readonly Band[], policy: TotalsPolicy): Band {
	const first = bands[0]!;
	switch (policy) {
		case 'first':
			return { ...first };
		case 'latest':
			return { ...bands[bands.length - 1]! };
		case 'range': {
			const band = { ...first };
			for (const next of bands.slice(1)) {
				band.low = Math.min(band.low, next.low);
				// "At least" qualifies the high end as the last report at that figure says:
				// "at least 89" then "89" (Chinagodrar) is 89, confirmed.
				if (next.high >= band.high) {
					band.high = next.high;
					band.atLeast = next.atLeast;
				}
			}
			return band;
		}
		default:
			throw new Error(`invalid policy: ${String(policy)}`);
	}
}

/**
 * A toll's band over time under a policy: from each `t` on, until the next.
 * The first report counts from the first `t` (the incident's start); a time
 * at which the band does not change is left out.
 */
function bandSteps(reports: readonly DatedBand[], policy: TotalsPolicy): { t: number; band: Band }[] {
	const first = reports[0]!;
	if (policy === 'first') return [{ t: first.from, band: first.band }];
	const times = [...new Set(reports.map((report) => report.from))].sort((a, b) => a - b);
	const steps: { t: number; band: Band }[] = [];
	let previous: Band | undefined;
	for (const t of times) {
		// Kept in report order: a later report dated only by its day can count from before an earlier one dated to the hour.
		const out = reports.filter((report, k) => k === 0 || report.from <= t).map((report) => report.band);
		const band = combine(out, policy);
		if (previous === undefined || band.low !== previous.low || band.high !== previous.high || band.atLeast !== previous.atLeast) {
			steps.push({ t, band });
		}
		previous = band;
	}
	return steps;
}

/**
 * One side's layer in a chart stacked by side. Layers are stacked on their
 * highs so they never overlap: layer i sits on the highs of the layers below
 * (`base`), is solid up to base + its low (`low`) and banded up to base + its
 * high (`high`). The top layer's `high` is the total high.
 */
export interface StackedBand {
	side: Side;
	base: number;
	low: number;
	high: number;
	atLeast: boolean;
}

export function stackBands(totals: Totals, measure: Measure, sides: readonly Side[] = SIDES): StackedBand[] {
	let base = 0;
	return sides.map((side) => {
		const band = totals[side][measure];
		const layer = { side, base, low: base + band.low, high: base + band.high, atLeast: band.atLeast };
		base = layer.high;
		return layer;
	});
}

/** The sum of a measure over sides, as one band. */
export function sumSides(totals: Totals, measure: Measure, sides: readonly Side[] = SIDES): Band {
	const sum: Band = { low: 0, high: 0, atLeast: false };
	for (const side of sides) {
		const band = totals[side][measure];
		sum.low += band.low;
		sum.high += band.high;
		sum.atLeast ||= band.atLeast;
	}
	return sum;
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();

export function formatCount(n: number, lang: Lang): string {
	let format = numberFormats.get(lang);
	if (!format) {
		format = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 0 });
		numberFormats.set(lang, format);
	}
	return format.format(n);
}

/**
 * A band as text: "12", "25–89", "≥ 89", "25–89+" (`short`, to show), or
 * "25 to 89", "at least 89" (`spoken`, for screen readers and live regions).
 */
export function formatBand(band: Band, lang: Lang, style: 'short' | 'spoken' = 'short'): string {
	const low = formatCount(band.low, lang);
	const high = formatCount(band.high, lang);
	const spoken = style === 'spoken';
	if (band.low === band.high) {
		return band.atLeast ? message(lang, spoken ? 'casualtyAtLeastSpoken' : 'casualtyAtLeast', { n: high }) : high;
	}
	if (band.atLeast) return message(lang, spoken ? 'casualtyRangeAtLeastSpoken' : 'casualtyRangeAtLeast', { low, high });
	return message(lang, spoken ? 'casualtyRangeSpoken' : 'casualtyRange', { low, high });
}
