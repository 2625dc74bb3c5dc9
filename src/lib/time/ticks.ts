import { utcTicks } from 'd3';
import type { Zone } from './local-time';
import type { TimeWindow } from './time-window';
import { formatTick } from './format-time';
import type { Lang } from '../i18n/messages';

export interface Tick {
	t: number;
	/** Distance to the next tick, for choosing the label's unit. */
	stepMs: number;
}

/**
 * Ticks on local wall-clock boundaries (midnight, the hour in UTC+1, not in UTC): ticks are
 * computed on times shifted by the zone's offset, then shifted back. (d3's utcTicks, not a time scale:
 * the scale would bring d3-time-format for tick labels the app words itself.)
 */
export function localTicks(window: TimeWindow, zone: Zone, count: number): Tick[] {
	const shift = zone.offsetMinutes * 60_000;
	const ticks = utcTicks(new Date(window.from + shift), new Date(window.to + shift), Math.max(2, count)).map((d) => d.getTime() - shift);
	const stepMs = ticks.length > 1 ? ticks[1]! - ticks[0]! : window.to - window.from;
	return ticks.map((t) => ({ t, stepMs }));
}

/**
 * A generous estimate of a label's width: about 0.62 em a character in the app's sans-serif
 * (digits and most letters are narrower), so labels placed by it do not touch.
 */
export function labelWidthPx(label: string, fontPx: number): number {
	return label.length * fontPx * 0.62;
}

/** Space kept between neighbouring labels. */
const LABEL_GAP_PX = 12;

/**
 * As many ticks as fit: starting from one every ~60 px, fewer until each pair of neighbouring
 * labels (centred on their tick) leaves a gap. Long labels ("févr. 2018") get fewer ticks than
 * short ones ("05:00").
 */
export function fittingTicks(
	window: TimeWindow,
	zone: Zone,
	widthPx: number,
	label: (tick: Tick) => string,
	fontPx: number
): Tick[] {
	const pxPerMs = widthPx / Math.max(1, window.to - window.from);
	let fallback: Tick[] = [];
	const rejected = new Set<string>();
	for (let count = Math.max(2, Math.floor(widthPx / 60)); count >= 2; count--) {
		const ticks = localTicks(window, zone, count);
		fallback = ticks;
		// Neighbouring counts often give the same ticks: format each set once.
		const key = `${ticks[0]?.t}/${ticks.length}`;
		if (rejected.has(key)) continue;
		const widths = ticks.map((tick) => labelWidthPx(label(tick), fontPx));
		const fits = ticks.every(
			(tick, i) => i === 0 || (tick.t - ticks[i - 1]!.t) * pxPerMs >= (widths[i - 1]! + widths[i]!) / 2 + LABEL_GAP_PX
		);
		if (fits) return ticks;
		rejected.add(key);
	}
	// Even two ticks do not fit (a very narrow track): keep the first only.
	return fallback.slice(0, 1);
}

/** Nearer an end than this (or than half its width), a label would be cut off. */
const EDGE_PX = 24;

/**
 * Ticks that fit the track, each with its label, or null where the label would be cut at an end
 * (the detail track keeps such a tick's line; the overview drops it).
 */
export function labelledTicks(
	window: TimeWindow,
	zone: Zone,
	widthPx: number,
	label: (tick: Tick) => string,
	fontPx: number
): (Tick & { label: string | null })[] {
	const pxPerMs = widthPx / Math.max(1, window.to - window.from);
	return fittingTicks(window, zone, widthPx, label, fontPx).map((tick) => {
		const text = label(tick);
		const room = Math.max(EDGE_PX, labelWidthPx(text, fontPx) / 2);
		const at = (tick.t - window.from) * pxPerMs;
		return { ...tick, label: at >= room && at <= widthPx - room ? text : null };
	});
}

/** Labelled ticks for a time axis in a zone and a language: the ticks that fit, worded as the axis shows them. */
export function timeAxisTicks(window: TimeWindow, zone: Zone, widthPx: number, lang: Lang, fontPx: number): (Tick & { label: string | null })[] {
	return labelledTicks(window, zone, widthPx, (tick) => formatTick(tick.t, zone, lang, tick.stepMs), fontPx);
}
