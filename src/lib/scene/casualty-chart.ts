// The casualty chart as geometry: killed by side stacked as step areas (solid
// up to the low end, banded to the high end), what the opposing side claims as
// outlines never stacked or added in, scales and tick positions. The component
// only draws these and words them.
import { area, curveStepAfter, line, scaleLinear, type ScaleLinear } from 'd3';
import { addBands, type Band } from '../casualties/band';
import type { Tally, TotalsPolicy } from '../casualties/claim-rule';
import { SIDES, type RunningTotals } from '../casualties/running-totals';
import { stackBands, type StackedBand } from '../casualties/stack';
import type { Side } from '../scenario/schema';
import type { TimeWindow } from '../time/time-window';

export interface ChartFrame {
	width: number;
	height: number;
	margin: { top: number; right: number; bottom: number; left: number };
}

/** A plot's scales, edges and y ticks, whatever it draws. */
export interface ChartPlot {
	x: ScaleLinear<number, number>;
	y: ScaleLinear<number, number>;
	/** Plot area edges, in pixels. */
	left: number;
	right: number;
	top: number;
	bottom: number;
	/** Whole numbers for the y axis. */
	yTicks: number[];
}

export interface CasualtyChartScene extends ChartPlot {
	/** One stacked layer per side: `solid` and `band` are area paths, `edge` the line on top. */
	layers: { side: Side; solid: string; band: string; edge: string }[];
	/** The sides the opposing side made claims about, each as an outline path. */
	claimed: { side: Side; d: string }[];
}

interface Row {
	t: number;
	layers: StackedBand[];
}

/** The plot area's edges inside a frame, at least a pixel wide and tall. */
export function plotArea({ width, height, margin }: ChartFrame): { left: number; right: number; top: number; bottom: number } {
	const left = margin.left;
	return { left, right: Math.max(left + 1, width - margin.right), top: margin.top, bottom: Math.max(margin.top + 1, height - margin.bottom) };
}

export function casualtyChartScene(totals: RunningTotals, policy: TotalsPolicy, view: TimeWindow, frame: ChartFrame): CasualtyChartScene {
	const { margin } = frame;
	const { left, right, bottom } = plotArea(frame);
	// One change per pixel at most: more could not be seen.
	const maxChanges = Math.max(1, Math.round(right - left));
	const rows: Row[] = totals
		.stepsIn(view, policy, 'counted', maxChanges)
		.map((step) => ({ t: step.t, layers: stackBands(step.totals, 'killed', SIDES) }));
	const claimedSides = claimedSidesOf(totals);
	const claimedSteps = claimedSides.length > 0 ? totals.stepsIn(view, policy, 'opponent', maxChanges) : [];

	// A later report can lower a toll (under "latest"), so the highest point need not be the last.
	let highest = 1;
	for (const row of rows) highest = Math.max(highest, row.layers.at(-1)?.high ?? 0);
	for (const step of claimedSteps) for (const side of claimedSides) highest = Math.max(highest, step.totals[side].killed.high);

	const x = scaleLinear().domain([view.from, view.to]).range([left, right]).clamp(true);
	const y = scaleLinear().domain([0, highest]).nice().range([bottom, margin.top]);

	const layers = SIDES.map((side, i) => {
		const at = (row: Row) => row.layers[i]!;
		const solid = area<Row>()
			.curve(curveStepAfter)
			.x((row) => x(row.t))
			.y0((row) => y(at(row).base))
			.y1((row) => y(at(row).low));
		const band = area<Row>()
			.curve(curveStepAfter)
			.x((row) => x(row.t))
			.y0((row) => y(at(row).low))
			.y1((row) => y(at(row).high));
		// No edge where a layer is empty (before its first casualty).
		const edge = line<Row>()
			.defined((row) => at(row).high > at(row).base)
			.curve(curveStepAfter)
			.x((row) => x(row.t))
			.y((row) => y(at(row).high));
		return { side, solid: solid(rows) ?? '', band: band(rows) ?? '', edge: edge(rows) ?? '' };
	});

	const claimed = claimedSides.map((side) => ({
		side,
		d:
			line<(typeof claimedSteps)[number]>()
				.defined((step) => step.totals[side].killed.reported)
				.curve(curveStepAfter)
				.x((step) => x(step.t))
				.y((step) => y(step.totals[side].killed.high))(claimedSteps) ?? ''
	}));

	const yTicks = y.ticks(Math.max(2, Math.floor((bottom - margin.top) / 36))).filter(Number.isInteger);
	return { x, y, left, right, top: margin.top, bottom, layers, claimed, yTicks };
}

/** The sides the opposing side ever made a claim about, in the chart's order. */
export function claimedSidesOf(totals: RunningTotals): Side[] {
	return SIDES.filter((side) => totals.everReported('opponent', side, 'killed'));
}

/** Killed at `t`: each side, their total, and each opposing claim apart. */
export function killedAt(totals: RunningTotals, policy: TotalsPolicy, t: number) {
	const counted = totals.at(t, policy, 'counted');
	const claimed = totals.at(t, policy, 'opponent');
	return {
		bySide: SIDES.map((side) => ({ side, band: counted[side].killed })),
		total: addBands(SIDES.map((side) => counted[side].killed)),
		claimed: claimedSidesOf(totals).map((side): { side: Side; band: Band } => ({ side, band: claimed[side].killed }))
	};
}

/**
 * The times of a text table of the window: its start and every change of
 * either tally (an opposing claim can move on a day the counted figures do
 * not), at most about `maxRows`; `changes` says how many there were.
 */
export function tableTimes(totals: RunningTotals, policy: TotalsPolicy, view: TimeWindow, maxRows: number): { times: number[]; changes: number } {
	const tallies: Tally[] = claimedSidesOf(totals).length > 0 ? ['counted', 'opponent'] : ['counted'];
	let changes = 0;
	const times = new Set<number>();
	for (const tally of tallies) {
		changes = Math.max(changes, totals.changesIn(view, policy, tally));
		for (const point of totals.stepsIn(view, policy, tally, maxRows).slice(0, -1)) times.add(point.t);
	}
	return { times: [...times].sort((a, b) => a - b), changes };
}
