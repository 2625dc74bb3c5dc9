// Running casualty totals: by side and measure, everything reported for the
// incidents that have begun by time t, under a chosen policy for tolls whose
// reports differ.
//
// An incident's toll counts in full from the incident's start time on. Sources
// give a toll for the whole attack, never a time distribution within it, so
// spreading it over the attack's hours would invent precision.
//
// Every call the clock makes per frame costs the same whatever the number of
// incidents: starts are sorted once, each policy's totals are prefix-summed
// once (lazily, on first use), and `at()` is a binary search and one row read.
import { message, type Lang } from '../i18n/messages';
import { MeasureSchema, SideSchema, type Incident, type Measure, type Side, type TollReport } from '../scenario/schema';

/**
 * Which figure a toll contributes when its reports differ:
 * - `range`: from the lowest figure any report gave to the highest ("at least"
 *   if the last report of the highest figure says so);
 * - `first`: the first report (a low–high report gives its band);
 * - `latest`: the last report, in the order reports came out.
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
	/** The totals over every incident that started at or before `t` (epoch ms). */
	at(t: number, policy: TotalsPolicy): Totals;
	/** The step function's change points: one per distinct start time, with the totals from then on. */
	steps(policy: TotalsPolicy): readonly Step[];
	/**
	 * Points for a step chart of the window: the totals at `from`, every change
	 * inside (from, to], and the totals at `to`. With more than `maxChanges`
	 * changes, the window is cut into `maxChanges` equal slices and only the last
	 * change of each is kept; totals never decrease, so this moves a step by
	 * less than one slice and drops no level.
	 */
	stepsIn(window: TimeWindow, policy: TotalsPolicy, maxChanges?: number): Step[];
	/** How many change points fall inside (from, to]. */
	changesIn(window: TimeWindow): number;
	/** The first and last incident start, or null without incidents. */
	readonly extent: TimeWindow | null;
}

export const SIDES: readonly Side[] = SideSchema.options;
export const MEASURES: readonly Measure[] = MeasureSchema.options;
const CELLS = SIDES.length * MEASURES.length;
const SIDE_INDEX = new Map(SIDES.map((side, i) => [side, i]));
const MEASURE_INDEX = new Map(MEASURES.map((measure, i) => [measure, i]));

/** Prefix sums for one policy: row k holds the totals of the first k distinct start times. */
interface Prefix {
	low: Float64Array;
	high: Float64Array;
	atLeast: Uint8Array;
	steps?: readonly Step[];
}

export function createRunningTotals(incidents: readonly Incident[]): RunningTotals {
	const starts = incidents.map((incident) => {
		const t = Date.parse(incident.start);
		if (!Number.isFinite(t)) throw new Error(`invalid incident start: ${incident.start} (${incident.id})`);
		return t;
	});
	const order = incidents.map((_, i) => i).sort((a, b) => starts[a]! - starts[b]!);

	// Incidents that start at the same instant form one step.
	const times: number[] = [];
	const groupEnds: number[] = []; // groupEnds[g]: index in `order` just past group g
	order.forEach((i, k) => {
		const t = starts[i]!;
		if (times.length === 0 || times[times.length - 1] !== t) {
			if (times.length > 0) groupEnds.push(k);
			times.push(t);
		}
	});
	if (times.length > 0) groupEnds.push(order.length);

	const prefixes = new Map<TotalsPolicy, Prefix>();

	function prefix(policy: TotalsPolicy): Prefix {
		const cached = prefixes.get(policy);
		if (cached) return cached;
		if (!TOTALS_POLICIES.includes(policy)) throw new Error(`invalid policy: ${String(policy)}`);
		const rows = times.length + 1;
		const low = new Float64Array(rows * CELLS);
		const high = new Float64Array(rows * CELLS);
		const atLeast = new Uint8Array(rows * CELLS);
		let k = 0;
		for (let g = 0; g < times.length; g++) {
			const row = (g + 1) * CELLS;
			const previous = g * CELLS;
			for (let c = 0; c < CELLS; c++) {
				low[row + c] = low[previous + c]!;
				high[row + c] = high[previous + c]!;
				atLeast[row + c] = atLeast[previous + c]!;
			}
			for (; k < groupEnds[g]!; k++) {
				const incident = incidents[order[k]!]!;
				for (const toll of incident.tolls) {
					const band = tollBand(toll.reports, policy);
					const cell = row + cellOf(toll.side, toll.measure);
					low[cell] = low[cell]! + band.low;
					high[cell] = high[cell]! + band.high;
					if (band.atLeast) atLeast[cell] = 1;
				}
			}
		}
		const built: Prefix = { low, high, atLeast };
		prefixes.set(policy, built);
		return built;
	}

	/** How many distinct start times are ≤ t. */
	function countUpTo(t: number): number {
		let lo = 0;
		let hi = times.length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (times[mid]! <= t) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	function checkTime(t: number, name: string): void {
		if (Number.isNaN(t)) throw new Error(`invalid ${name}: ${t}`);
	}

	function at(t: number, policy: TotalsPolicy): Totals {
		checkTime(t, 'time');
		return readRow(prefix(policy), countUpTo(t));
	}

	function steps(policy: TotalsPolicy): readonly Step[] {
		const p = prefix(policy);
		p.steps ??= times.map((t, g) => ({ t, totals: readRow(p, g + 1) }));
		return p.steps;
	}

	function stepsIn(window: TimeWindow, policy: TotalsPolicy, maxChanges = Infinity): Step[] {
		const { from, to } = window;
		checkTime(from, 'window.from');
		checkTime(to, 'window.to');
		if (!(to >= from)) throw new Error(`invalid window: from ${from} is after to ${to}`);
		if (!(maxChanges >= 1)) throw new Error(`invalid maxChanges: ${maxChanges}`);
		const p = prefix(policy);
		const first = countUpTo(from);
		const last = countUpTo(to);
		const points: Step[] = [{ t: from, totals: readRow(p, first) }];
		if (last - first <= maxChanges) {
			for (let row = first + 1; row <= last; row++) points.push({ t: times[row - 1]!, totals: readRow(p, row) });
		} else {
			const slices = Math.floor(maxChanges);
			let previous = first;
			for (let s = 1; s <= slices; s++) {
				const row = s === slices ? last : countUpTo(from + ((to - from) * s) / slices);
				if (row > previous) points.push({ t: times[row - 1]!, totals: readRow(p, row) });
				previous = Math.max(previous, row);
			}
		}
		points.push({ t: to, totals: readRow(p, last) });
		return points;
	}

	function changesIn(window: TimeWindow): number {
		return countUpTo(window.to) - countUpTo(window.from);
	}

	const extent = times.length > 0 ? { from: times[0]!, to: times[times.length - 1]! } : null;
	return { at, steps, stepsIn, changesIn, extent };
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
			bySide[measure] = { low: p.low[cell]!, high: p.high[cell]!, atLeast: p.atLeast[cell] === 1 };
		});
		totals[side] = bySide;
	});
	return totals;
}

/** One report as a band: a value is a band of width zero. */
export function reportBand(report: TollReport): Band {
	const atLeast = report.atLeast ?? false;
	return 'value' in report
		? { low: report.value, high: report.value, atLeast }
		: { low: report.low, high: report.high, atLeast };
}

/** What one toll contributes under a policy. Reports are in the order they came out (the cross-checks enforce it). */
export function tollBand(reports: readonly TollReport[], policy: TotalsPolicy): Band {
	const first = reports[0];
	const last = reports[reports.length - 1];
	if (first === undefined || last === undefined) throw new Error('invalid toll: it has no reports');
	switch (policy) {
		case 'first':
			return reportBand(first);
		case 'latest':
			return reportBand(last);
		case 'range': {
			const band = reportBand(first);
			for (const report of reports.slice(1)) {
				const next = reportBand(report);
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
