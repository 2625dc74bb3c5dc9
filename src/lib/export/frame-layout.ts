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

const PAD = 12;
const GAP = 6;
const TITLE: TextFont = { size: 18, weight: 700 };
const TIME: TextFont = { size: 14, weight: 600 };
const TOTALS: TextFont = { size: 11.5, weight: 400 };
const LEGEND: TextFont = { size: 11, weight: 400 };
const SMALL: TextFont = { size: 9.5, weight: 400 };
const LEADING = 1.25;
const LEGEND_LABEL_MAX = 300;
const KEY_LABEL_MAX = 190;
/** A legend's symbol is drawn at most this tall (smaller than on the map's key): the footer stays a few lines. (A key of sizes goes on the map.) */
const SWATCH_MAX = 18;
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
function textBlock(text: string, x: number, top: number, width: number, font: TextFont, fill: string, measure: MeasureWidth, wrap = wrapWords, anchor: 'start' | 'end' = 'start'): { marks: Mark[]; height: number } {
	const lines = keepSpaces(wrap(text, (line) => measure(line, font) <= width), text);
	const lineHeight = font.size * LEADING;
	return { marks: [{ kind: 'text', x, y: top + font.size, lines, lineHeight, font, fill, anchor }], height: lines.length * lineHeight };
}

/** The title and the time: on one line (the time at the right) when both fit, else one under the other. */
function header(texts: FrameTexts, width: number, measure: MeasureWidth): { marks: Mark[]; height: number } {
	const inner = width - 2 * PAD;
	if (measure(texts.title, TITLE) + 4 * GAP + measure(texts.time, TIME) <= inner) {
		const baseline = PAD + TITLE.size;
		return {
			marks: [
				{ kind: 'text', x: PAD, y: baseline, lines: [texts.title], lineHeight: 0, font: TITLE, fill: C.ink, anchor: 'start' },
				{ kind: 'text', x: width - PAD, y: baseline, lines: [texts.time], lineHeight: 0, font: TIME, fill: C.ink, anchor: 'end' }
			],
			height: baseline + TITLE.size * (LEADING - 1) + PAD / 2
		};
	}
	const title = textBlock(texts.title, PAD, PAD, inner, TITLE, C.ink, measure);
	const time = textBlock(texts.time, PAD, PAD + title.height, inner, TIME, C.ink, measure);
	return { marks: [...title.marks, ...time.marks], height: PAD + title.height + time.height + PAD / 2 };
}

/** The legend in rows from `top`: each swatch (made smaller if tall), then its words; returns the marks and the height used. */
function legendRows(items: FrameTexts['legend'], top: number, width: number, measure: MeasureWidth): { marks: Mark[]; height: number } {
	const marks: Mark[] = [];
	let f = top;
	let x = PAD;
	let rowHeight = 0;
	for (const item of items) {
		const scale = Math.min(1, SWATCH_MAX / item.height);
		const swatch = { width: item.width * scale, height: item.height * scale };
		const labelWidth = Math.min(LEGEND_LABEL_MAX, width - 2 * PAD - swatch.width - GAP);
		const lines = keepSpaces(wrapWords(item.label, (line) => measure(line, LEGEND) <= labelWidth), item.label);
		const textWidth = Math.max(...lines.map((line) => measure(line, LEGEND)));
		const textHeight = lines.length * LEGEND.size * LEADING;
		const itemWidth = swatch.width + GAP + textWidth;
		const itemHeight = Math.max(swatch.height, textHeight);
		if (x > PAD && x + itemWidth > width - PAD) {
			f += rowHeight + GAP / 2;
			x = PAD;
			rowHeight = 0;
		}
		marks.push({ kind: 'group', x, y: f + (itemHeight - swatch.height) / 2, marks: item.swatch, ...(scale < 1 ? { scale } : {}) });
		const textTop = f + (itemHeight - textHeight) / 2;
		marks.push({ kind: 'text', x: x + swatch.width + GAP, y: textTop + LEGEND.size, lines, lineHeight: LEGEND.size * LEADING, font: LEGEND, fill: C.ink, anchor: 'start' });
		x += itemWidth + 3 * GAP;
		rowHeight = Math.max(rowHeight, itemHeight);
	}
	return { marks, height: f + rowHeight - top };
}

/** A key whose sizes are the map's (the attacks' discs) on the map itself, in its bottom-right corner over a pale box, as the scale bar is in the other. */
function keyOnMap(items: FrameTexts['legend'], map: Box, measure: MeasureWidth): { marks: Mark[]; box: Box | null } {
	if (items.length === 0) return { marks: [], box: null };
	const marks: Mark[] = [];
	let y = GAP;
	let boxWidth = 0;
	for (const item of items) {
		const lines = keepSpaces(wrapWords(item.label, (line) => measure(line, LEGEND) <= KEY_LABEL_MAX), item.label);
		const textHeight = lines.length * LEGEND.size * LEADING;
		const height = Math.max(item.height, textHeight);
		marks.push(group(GAP, y + (height - item.height) / 2, item.swatch));
		marks.push({ kind: 'text', x: GAP + item.width + GAP, y: y + (height - textHeight) / 2 + LEGEND.size, lines, lineHeight: LEGEND.size * LEADING, font: LEGEND, fill: C.ink, anchor: 'start' });
		boxWidth = Math.max(boxWidth, item.width + 3 * GAP + Math.max(...lines.map((line) => measure(line, LEGEND))));
		y += height + GAP;
	}
	const box = { x: map.width - PAD - boxWidth, y: map.height - PAD - y, width: boxWidth, height: y };
	const paper: Mark = { kind: 'rect', x: 0, y: 0, width: boxWidth, height: y, rx: 3, fill: C.halo, opacity: 0.85 };
	return { marks: [group(map.x + box.x, map.y + box.y, [paper, ...marks])], box };
}

/** The credits as one paragraph across the frame, and the link at the right of its last line if it fits there, else on a line of its own. */
function creditsBlock(texts: FrameTexts, top: number, width: number, measure: MeasureWidth): { marks: Mark[]; height: number } {
	const inner = width - 2 * PAD;
	const credits = textBlock(texts.credits.join(' '), PAD, top, inner, SMALL, C['ink-muted'], measure);
	const last = credits.marks[0]?.kind === 'text' ? (credits.marks[0].lines.at(-1) ?? '') : '';
	const lineHeight = SMALL.size * LEADING;
	const beside = measure(last, SMALL) + 4 * GAP + measure(texts.link, SMALL) <= inner;
	const linkTop = beside ? top + credits.height - lineHeight : top + credits.height;
	const link = beside
		? textBlock(texts.link, width - PAD, linkTop, inner, SMALL, C.accent, measure, wrapLink, 'end')
		: textBlock(texts.link, PAD, linkTop, inner, SMALL, C.accent, measure, wrapLink);
	return { marks: [...credits.marks, ...link.marks], height: linkTop + link.height - top };
}

/**
 * Where the map goes and the marks around it. `minFoot` keeps the footer at least that tall (a
 * video's frames keep one map box while the legend changes).
 */
export function layoutFrame(
	width: number,
	height: number,
	texts: FrameTexts,
	measure: MeasureWidth,
	transparent: boolean,
	minFoot = 0
): { map: Box; marks: Mark[]; footHeight: number; /** The key on the map, in the map's pixels, for its labels to keep off. */ mapKey: Box | null } {
	const inner = width - 2 * PAD;
	const head = header(texts, width, measure);
	const headHeight = head.height;

	// The footer is laid out from 0, then moved under the map.
	const foot: Mark[] = [];
	let f = PAD / 2;
	for (const line of texts.totals) {
		const block = textBlock(line, PAD, f, inner, TOTALS, C.ink, measure);
		foot.push(...block.marks);
		f += block.height;
	}
	f += GAP / 2;
	const legend = legendRows(
		texts.legend.filter((item) => !item.trueSize),
		f,
		width,
		measure
	);
	foot.push(...legend.marks);
	f += legend.height + (legend.height ? GAP / 2 : 0);
	const credits = creditsBlock(texts, f, width, measure);
	foot.push(...credits.marks);
	f += credits.height;
	const footHeight = Math.max(minFoot, f + PAD / 2);

	const mapHeight = Math.max(MIN_MAP, height - headHeight - footHeight);
	const map = { x: 0, y: headHeight, width, height: mapHeight };
	const footTop = headHeight + mapHeight;
	const paper = (y0: number, h: number): Mark[] => (transparent ? [] : [{ kind: 'rect', x: 0, y: y0, width, height: h, fill: C.paper }]);
	const rule = (y0: number): Mark => ({ kind: 'path', d: `M0,${y0}H${width}`, stroke: C.rule, strokeWidth: 1 });
	const key = keyOnMap(
		texts.legend.filter((item) => item.trueSize),
		map,
		measure
	);
	return {
		map,
		footHeight,
		mapKey: key.box,
		marks: [
			...key.marks,
			...paper(0, headHeight),
			...head.marks,
			...paper(footTop, height - footTop),
			rule(headHeight),
			rule(footTop),
			group(0, footTop, foot)
		]
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
