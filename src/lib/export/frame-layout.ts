// An exported frame's layout: a header (what and when), the map, and a footer (the totals, the
// legend, the credits and the link), each text wrapped to the frame's width as measured.
import { wrapWords } from '../map/label-text';
import { PALETTE as C } from './palette';
import { group, type Frame, type Mark, type TextFont } from './frame';
import type { LegendItem } from './legend';

export interface FrameTexts {
	title: string;
	time: string;
	/** The totals, one line each: the counted figures, then each opponent's claim on its own line. */
	totals: readonly string[];
	legend: readonly LegendItem[];
	credits: readonly string[];
	link: string;
}

export type MeasureWidth = (text: string, font: TextFont) => number;

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

const PAD = 16;
const GAP = 6;
const TITLE: TextFont = { size: 20, weight: 700 };
const TIME: TextFont = { size: 15, weight: 600 };
const TOTALS: TextFont = { size: 14, weight: 400 };
const LEGEND: TextFont = { size: 12, weight: 400 };
const SMALL: TextFont = { size: 11, weight: 400 };
const LEADING = 1.3;
const LEGEND_LABEL_MAX = 260;
/** The map keeps at least this much of the frame's height. */
const MIN_MAP = 120;

/** Each line but the last keeps the space it broke at, so the text reads as written when copied (as map labels do). */
const keepSpaces = (lines: string[], text: string) => (/\s/.test(text) ? lines.map((line, i) => (i < lines.length - 1 ? `${line} ` : line)) : lines);

/** A link has no spaces: it breaks after its ? and &, between its parameters. */
function wrapLink(link: string, fits: (line: string) => boolean): string[] {
	const lines: string[] = [];
	let line = '';
	for (const piece of link.split(/(?<=[?&])/)) {
		if (line && !fits(line + piece)) {
			lines.push(line);
			line = piece;
		} else line += piece;
	}
	return line ? [...lines, line] : lines;
}

/** A block of text wrapped to `width`, its first baseline at `top` + its size; returns the marks and the height used. */
function textBlock(text: string, x: number, top: number, width: number, font: TextFont, fill: string, measure: MeasureWidth, wrap = wrapWords): { marks: Mark[]; height: number } {
	const lines = keepSpaces(wrap(text, (line) => measure(line, font) <= width), text);
	const lineHeight = font.size * LEADING;
	return { marks: [{ kind: 'text', x, y: top + font.size, lines, lineHeight, font, fill, anchor: 'start' }], height: lines.length * lineHeight };
}

/**
 * Where the map goes and the marks around it. `minFoot` keeps the footer at least that tall (a
 * video's frames keep one map box while the legend changes).
 */
export function layoutFrame(width: number, height: number, texts: FrameTexts, measure: MeasureWidth, transparent: boolean, minFoot = 0): { map: Box; marks: Mark[]; footHeight: number } {
	const inner = width - 2 * PAD;
	const head: Mark[] = [];
	let y = PAD;
	for (const [text, font, fill] of [
		[texts.title, TITLE, C.ink],
		[texts.time, TIME, C.ink]
	] as const) {
		const block = textBlock(text, PAD, y, inner, font, fill, measure);
		head.push(...block.marks);
		y += block.height;
	}
	const headHeight = y + PAD / 2;

	// The footer is laid out from 0, then moved under the map.
	const foot: Mark[] = [];
	let f = PAD / 2;
	for (const line of texts.totals) {
		const block = textBlock(line, PAD, f, inner, TOTALS, C.ink, measure);
		foot.push(...block.marks);
		f += block.height;
	}
	f += GAP;
	// The legend flows in rows: swatch, then its words.
	let x = PAD;
	let rowHeight = 0;
	for (const item of texts.legend) {
		const labelWidth = Math.min(LEGEND_LABEL_MAX, inner - item.width - GAP);
		const lines = keepSpaces(wrapWords(item.label, (line) => measure(line, LEGEND) <= labelWidth), item.label);
		const textWidth = Math.max(...lines.map((line) => measure(line, LEGEND)));
		const textHeight = lines.length * LEGEND.size * LEADING;
		const itemWidth = item.width + GAP + textWidth;
		const itemHeight = Math.max(item.height, textHeight);
		if (x > PAD && x + itemWidth > width - PAD) {
			f += rowHeight + GAP;
			x = PAD;
			rowHeight = 0;
		}
		foot.push(group(x, f + (itemHeight - item.height) / 2, item.swatch));
		const textTop = f + (itemHeight - textHeight) / 2;
		foot.push({ kind: 'text', x: x + item.width + GAP, y: textTop + LEGEND.size, lines, lineHeight: LEGEND.size * LEADING, font: LEGEND, fill: C.ink, anchor: 'start' });
		x += itemWidth + 3 * GAP;
		rowHeight = Math.max(rowHeight, itemHeight);
	}
	f += rowHeight + (rowHeight ? GAP : 0);
	for (const credit of texts.credits) {
		const block = textBlock(credit, PAD, f, inner, SMALL, C['ink-muted'], measure);
		foot.push(...block.marks);
		f += block.height;
	}
	const link = textBlock(texts.link, PAD, f, inner, SMALL, C.accent, measure, wrapLink);
	foot.push(...link.marks);
	f += link.height;
	const footHeight = Math.max(minFoot, f + PAD / 2);

	const mapHeight = Math.max(MIN_MAP, height - headHeight - footHeight);
	const map = { x: 0, y: headHeight, width, height: mapHeight };
	const footTop = headHeight + mapHeight;
	const paper = (y0: number, h: number): Mark[] => (transparent ? [] : [{ kind: 'rect', x: 0, y: y0, width, height: h, fill: C.paper }]);
	const rule = (y0: number): Mark => ({ kind: 'path', d: `M0,${y0}H${width}`, stroke: C.rule, strokeWidth: 1 });
	return {
		map,
		footHeight,
		marks: [...paper(0, headHeight), ...head, ...paper(footTop, height - footTop), rule(headHeight), rule(footTop), group(0, footTop, foot)]
	};
}

/** The frame: its header and footer, and the map's marks in the map's box, cut at its edges. */
export function composeFrame(
	options: { width: number; height: number; scale: number; transparent: boolean; title: string; description: string },
	layout: { map: Box; marks: readonly Mark[] },
	map: readonly Mark[]
): Frame {
	const { width, height, scale, transparent, title, description } = options;
	return {
		width,
		height,
		scale,
		background: transparent ? null : C.paper,
		title,
		description,
		marks: [{ kind: 'group', x: layout.map.x, y: layout.map.y, clip: { width: layout.map.width, height: layout.map.height }, marks: map }, ...layout.marks]
	};
}
