// A map label as text set in lines: measured, wrapped to a width, and turned into the box the
// placement routine places; then where its lines are drawn inside the placed box.
import { LABEL_FONTS, LABEL_PAD, LABEL_PRIORITY, type LabelFont, type LabelKind, type MeasureText } from './label-style';
import type { Box, LabelRequest } from './label-placement';

export interface TextLabel extends LabelRequest {
	kind: LabelKind;
	lines: string[];
	font: LabelFont;
	/** Font size, px. */
	px: number;
	ascent: number;
	lineHeight: number;
}

export interface TextLabelSpec {
	id: string;
	kind: LabelKind;
	text: string;
	anchor: readonly [number, number];
	/** The radius of the symbol it names. */
	radius?: number;
	/** An area's further spots (LabelRequest's `spots`). */
	spots?: readonly (readonly [number, number])[];
}

export interface TextSetting {
	measure: MeasureText;
	/** The root font size, px: labels are sized in rem. */
	rootPx: number;
	/** Larger type where the map is read from afar (a projector). */
	scale: number;
	/** Lines wrap at this many px (at scale 1). */
	maxLineWidth: number;
}

const CENTRED: readonly LabelKind[] = ['country', 'country-major', 'ring'];

/** Greedy word wrap at spaces (never at a no-break space): as many words a line as fit, a word longer than the line alone on its line. */
export function wrapWords(text: string, fits: (line: string) => boolean): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
		const longer = line ? `${line} ${word}` : word;
		if (line && !fits(longer)) {
			lines.push(line);
			line = word;
		} else line = longer;
	}
	if (line) lines.push(line);
	return lines;
}

export function textLabel({ id, kind, text, anchor, radius = 0 }: TextLabelSpec, setting: TextSetting): TextLabel {
	const font = LABEL_FONTS[kind];
	const px = font.rem * setting.rootPx * setting.scale;
	const maxWidth = setting.maxLineWidth * setting.scale;
	// Area names stay on one line: they are short, and a wrapped country name reads as two places.
	const words = CENTRED.includes(kind) ? [text] : wrapWords(text, (line) => setting.measure(line, font, px).width <= maxWidth);
	// Each line but the last keeps its space, so the text reads as written (textContent, copy, assistive
	// technology); it is measured with it, as the browser sets it at the line's end.
	const lines = words.map((line, i) => (i < words.length - 1 ? `${line} ` : line));
	const metrics = lines.map((line) => setting.measure(line, font, px));
	const ascent = Math.max(...metrics.map((m) => m.ascent));
	const lineHeight = ascent + Math.max(...metrics.map((m) => m.descent));
	return {
		id,
		kind,
		lines,
		font,
		px,
		ascent,
		lineHeight,
		anchor,
		radius,
		width: Math.max(...metrics.map((m) => m.width)) + 2 * LABEL_PAD,
		height: lines.length * lineHeight + 2 * LABEL_PAD,
		priority: LABEL_PRIORITY[kind],
		mode: CENTRED.includes(kind) ? 'centred' : 'around'
	};
}

/** Where the first line's baseline starts inside a placed box; each further line is lineHeight lower. */
export function textOrigin(label: Pick<TextLabel, 'ascent'>, box: Box): [number, number] {
	return [box.x + LABEL_PAD, box.y + LABEL_PAD + label.ascent];
}
