// How each kind of map label is set, and how much it matters when labels compete for room
// (incidents > the story's moving parts > bases > towns > country names). The text is drawn with
// these as SVG attributes and measured with them, so the box the placement reserves is the box drawn.

export type LabelKind =
	| 'incident'
	| 'movement'
	| 'crossing'
	| 'dispute'
	| 'aircraft'
	| 'offscreen'
	| 'base'
	| 'ring'
	| 'capital'
	| 'town'
	| 'country-major'
	| 'country';

export interface LabelFont {
	/** Size in rem, so the reader's font size setting scales the map's type too. */
	rem: number;
	weight: 400 | 600 | 700;
	/** Set in capitals (by CSS, so the text stays as written for assistive technology). */
	caps: boolean;
	/** Letter spacing, in em. */
	tracking: number;
}

export const LABEL_FONTS: Record<LabelKind, LabelFont> = {
	incident: { rem: 0.82, weight: 700, caps: false, tracking: 0 },
	movement: { rem: 0.75, weight: 400, caps: false, tracking: 0 },
	crossing: { rem: 0.75, weight: 600, caps: false, tracking: 0 },
	dispute: { rem: 0.75, weight: 700, caps: false, tracking: 0 },
	aircraft: { rem: 0.75, weight: 600, caps: false, tracking: 0 },
	offscreen: { rem: 0.75, weight: 600, caps: false, tracking: 0 },
	base: { rem: 0.75, weight: 600, caps: false, tracking: 0 },
	ring: { rem: 0.7, weight: 600, caps: false, tracking: 0 },
	capital: { rem: 0.78, weight: 700, caps: false, tracking: 0 },
	town: { rem: 0.78, weight: 400, caps: false, tracking: 0 },
	'country-major': { rem: 0.95, weight: 700, caps: true, tracking: 0.12 },
	country: { rem: 0.72, weight: 400, caps: true, tracking: 0.12 }
};

export const LABEL_PRIORITY: Record<LabelKind, number> = {
	incident: 100,
	dispute: 90,
	offscreen: 85,
	movement: 80,
	crossing: 75,
	aircraft: 70,
	base: 60,
	ring: 50,
	capital: 45,
	town: 40,
	'country-major': 25,
	country: 20
};

/** A line of text as a font sets it: its advance width and its height above and below the baseline. */
export interface TextMetrics {
	width: number;
	ascent: number;
	descent: number;
}

/** Measures text set at `px` in `font`; the browser's own measure where there is one (see adapters/text-measure). */
export type MeasureText = (text: string, font: LabelFont, px: number) => TextMetrics;

/**
 * Without a browser to measure in (the prerendered page): a generous guess, wider and taller than
 * the usual sans-serif, so the first paint's labels do not overlap either.
 */
export const estimateText: MeasureText = (text, font, px) => ({
	width: text.length * px * (font.caps ? 0.78 : 0.62) * (font.weight >= 600 ? 1.08 : 1) + text.length * font.tracking * px,
	ascent: px * 0.95,
	descent: px * 0.28
});

/** Room kept around the letters for their halo (a 3 px stroke under the text). */
export const LABEL_PAD = 2;
