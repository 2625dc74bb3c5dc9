// The casualty chart's direct labels: each drawn series' value at the window's end, in a gutter at
// the plot's right, beside the series it names (a leader joins them when the label had to move),
// never over another label nor past the figure's edge (review 20).
import type { ScaleLinear } from 'd3';
import type { Band } from '../casualties/band';
import type { TotalsPolicy } from '../casualties/claim-rule';
import { formatBand } from '../casualties/format-band';
import { SIDES, type RunningTotals } from '../casualties/running-totals';
import { stackBands } from '../casualties/stack';
import type { Lang } from '../i18n/messages';
import type { Side } from '../scenario/schema';
import { labelWidthPx } from '../time/ticks';
import type { TimeWindow } from '../time/time-window';
import { claimedSidesOf } from './casualty-chart';
import { spreadLabels } from './spread-labels';

/** The labels' type size and line, px (see ChartEndLabels.svelte), and the leader's run before the text. */
export const END_LABEL = { fontPx: 11, lineHeight: 14, leader: 10, textGap: 3 } as const;
/** The plot's right margin when no series ends in the window. */
const NO_LABELS_MARGIN = 12;

export interface EndValue {
	id: string;
	side: Side;
	/** A claim by the opposing side, drawn as a dashed outline: its leader is dashed too. */
	claimed: boolean;
	text: string;
	/** The value the label points at: a stacked layer's middle, an outline's height. */
	at: number;
}

/** Each series drawn at the window's end, with its value in words. A side no one reported is not drawn, so not labelled. */
export function endValues(totals: RunningTotals, policy: TotalsPolicy, view: TimeWindow, lang: Lang): EndValue[] {
	const counted = totals.at(view.to, policy, 'counted');
	const claimed = totals.at(view.to, policy, 'opponent');
	const words = (band: Band) => formatBand(band, lang, 'short');
	const countedSides = stackBands(counted, 'killed', SIDES)
		.filter((layer) => layer.high > layer.base)
		.map(({ side, base, high }) => ({ id: side, side, claimed: false, text: words(counted[side].killed), at: (base + high) / 2 }));
	const claimedSides = claimedSidesOf(totals)
		.filter((side) => claimed[side].killed.reported)
		.map((side) => ({ id: `claimed-${side}`, side, claimed: true, text: words(claimed[side].killed), at: claimed[side].killed.high }));
	return [...countedSides, ...claimedSides];
}

/** The room the labels need right of the plot: the leader, the widest text (a generous estimate) and a pixel to spare. */
export function endLabelGutter(values: readonly Pick<EndValue, 'text'>[]): number {
	if (values.length === 0) return NO_LABELS_MARGIN;
	const widest = Math.max(...values.map((value) => labelWidthPx(value.text, END_LABEL.fontPx)));
	return Math.ceil(END_LABEL.leader + END_LABEL.textGap + widest + 1);
}

export interface PlacedEndLabel extends EndValue {
	/** The series' end, where the leader starts. */
	fromY: number;
	/** The label's centre line. */
	y: number;
}

/** The labels spread along the plot's height, from the figure's top to the axis, each as near its series as the others allow. */
export function placeEndLabels(values: readonly EndValue[], plot: { y: ScaleLinear<number, number>; bottom: number }): PlacedEndLabel[] {
	const anchored = values.map((value) => ({ ...value, fromY: plot.y(value.at) }));
	const centres = spreadLabels(
		anchored.map((value) => ({ id: value.id, anchor: value.fromY, size: END_LABEL.lineHeight })),
		0,
		plot.bottom,
		1
	);
	return anchored.map((value) => ({ ...value, y: centres.get(value.id)! }));
}
