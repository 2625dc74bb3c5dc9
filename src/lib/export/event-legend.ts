// The exported frame's legend for the events under the story: the colours the map draws them in
// (dots, or the density raster's steps with the counts each reaches) and the grey of older ones,
// in the words of the screen's events key (components/events/EventLegend.svelte).
import { formatCount } from '../i18n/format';
import { message, type Lang } from '../i18n/messages';
import '../i18n/on-demand/export';
import { wordColour, type RasterPalette } from '../scene/raster-paint';
import type { Mark } from './frame';
import type { LegendItem } from './legend';
import { PALETTE as C } from './palette';

const SIDE = 12;
/** The steps' counts, in the legend's small type. */
export const STEP_FONT = { size: 10, weight: 400 } as const;

const square = (x: number, word: number): Mark => {
	const { hex, opacity } = wordColour(word);
	return { kind: 'rect', x, y: 0, width: SIDE, height: SIDE, fill: hex, ...(opacity < 1 ? { fillOpacity: opacity } : {}) };
};

/** "1", "2 to 9", "10 or more": the events a step's colour stands for. */
function stepLabel(palette: RasterPalette, i: number, lang: Lang): string {
	const from = palette.from[i]!;
	const next = palette.from[i + 1];
	if (next === undefined) return message(lang, 'eventsLegendLast', { from: formatCount(from, lang) });
	if (next - 1 === from) return formatCount(from, lang);
	return message(lang, 'eventsLegendStep', { from: formatCount(from, lang), to: formatCount(next - 1, lang) });
}

export function eventLegendItems({ density, palette }: { density: boolean; palette: RasterPalette }, lang: Lang, measure: (text: string) => number): LegendItem[] {
	const older: LegendItem = { label: message(lang, 'exportEventsOlder'), swatch: [square(0, palette.older)], width: SIDE, height: SIDE };
	if (!density) return [{ label: message(lang, 'exportEventsPoints'), swatch: [square(0, palette.recent[0]!)], width: SIDE, height: SIDE }, older];
	const swatch: Mark[] = [];
	let x = 0;
	palette.recent.forEach((word, i) => {
		const label = stepLabel(palette, i, lang);
		swatch.push(square(x, word), { kind: 'text', x: x + SIDE + 3, y: SIDE - 2, lines: [label], lineHeight: 0, font: STEP_FONT, fill: C.ink, anchor: 'start' });
		x += SIDE + 3 + measure(label) + 8;
	});
	return [{ label: message(lang, 'exportEventsDensity'), swatch, width: x - 8, height: SIDE }, older];
}
