// An event table's cumulative deaths as a chart panel of its own, under the story's chart and on
// the same time axis. Its own panel and its own y scale, not a second axis on the story's plot: a
// story counts hundreds of deaths, a dataset may count hundreds of thousands, so on one scale one
// series would flatten the other, and two y axes on one plot invite reading where the lines cross
// as a comparison of the figures. Sampled once per pixel column of the window, not once per row, so
// a million events cost as much to draw as ten.
import { area, curveStepAfter, line, scaleLinear } from 'd3';
import type { EventDeaths } from '../casualties/event-deaths';
import type { TimeWindow } from '../time/time-window';
import { plotArea, type ChartFrame, type ChartPlot } from './casualty-chart';

/** Okabe–Ito reddish purple, as the events on the map (5.8:1 on white); the tint fills under the line. */
export const EVENT_DEATHS_COLOURS = { stroke: '#a63d86', tint: '#ecd5e5' } as const;

/** The figures at `samples` + 1 evenly spaced times, the window's ends included. */
export interface EventDeathsSeries {
	t: Float64Array;
	killed: Float64Array;
	/** How many of the events begun by then give a figure: where 0, nothing was reported, and nothing is drawn. */
	reported: Uint32Array;
}

/**
 * Sample k is the figures at from + (to − from)·k / samples. A step drawn from sample k holds until
 * sample k + 1, so an event shows at most one column late, never early. O(samples · log rows).
 */
export function sampleEventDeaths(deaths: EventDeaths, view: TimeWindow, samples: number): EventDeathsSeries {
	if (!Number.isInteger(samples) || samples < 1) throw new RangeError(`invalid samples: ${samples}`);
	if (!(view.to >= view.from)) throw new RangeError(`invalid window: from ${view.from} is after to ${view.to}`);
	const series: EventDeathsSeries = {
		t: new Float64Array(samples + 1),
		killed: new Float64Array(samples + 1),
		reported: new Uint32Array(samples + 1)
	};
	for (let k = 0; k <= samples; k++) {
		const t = k === samples ? view.to : view.from + ((view.to - view.from) * k) / samples;
		const at = deaths.at(t);
		series.t[k] = t;
		series.killed[k] = at.killed;
		series.reported[k] = at.reported;
	}
	return series;
}

export interface EventDeathsScene extends ChartPlot {
	/** The area under the cumulative line, and the line. Empty where no event begun gives a figure. */
	fill: string;
	edge: string;
}

/** The panel's geometry; `x` is the story chart's for the same window and frame width and margins. */
export function eventDeathsScene(deaths: EventDeaths, view: TimeWindow, frame: ChartFrame): EventDeathsScene {
	const { left, right, top, bottom } = plotArea(frame);
	const series = sampleEventDeaths(deaths, view, Math.max(1, Math.round(right - left)));
	const indices = Array.from(series.t, (_, k) => k);
	const drawn = (k: number) => series.reported[k]! > 0;

	// Tables refuse negative figures (dataset/table-checks), so the sum never falls: the last sample is the highest.
	const highest = Math.max(1, series.killed[series.killed.length - 1]!);
	const x = scaleLinear().domain([view.from, view.to]).range([left, right]).clamp(true);
	// From zero: a cumulative area cut off above zero would overstate how much it grows.
	const y = scaleLinear().domain([0, highest]).nice().range([bottom, top]);

	const fill = area<number>()
		.defined(drawn)
		.curve(curveStepAfter)
		.x((k) => x(series.t[k]!))
		.y0(bottom)
		.y1((k) => y(series.killed[k]!));
	const edge = line<number>()
		.defined(drawn)
		.curve(curveStepAfter)
		.x((k) => x(series.t[k]!))
		.y((k) => y(series.killed[k]!));
	const yTicks = y.ticks(Math.max(2, Math.floor((bottom - top) / 24))).filter(Number.isInteger);
	return { x, y, left, right, top, bottom, fill: fill(indices) ?? '', edge: edge(indices) ?? '', yTicks };
}
