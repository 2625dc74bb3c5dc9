import { utcTicks } from 'd3';
import type { Zone } from './local-time';
import type { TimeWindow } from './time-window';
import { axisLabels } from './axis-labels';
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

/** Nearer an end than this (or than half its width), a label would be cut off. */
const EDGE_PX = 24;

/** Words every tick of a set at once: a label may depend on its neighbours (see axisLabels). */
export type TickLabeller = (ticks: readonly Tick[]) => string[];

/**
 * Each tick's label, or null where it would be cut at an end. The labels are worded for the
 * ticks that keep one, so the first of those carries what a first label says (its date).
 */
function labelsAwayFromEdges(ticks: readonly Tick[], window: TimeWindow, widthPx: number, labeller: TickLabeller, fontPx: number): (string | null)[] {
	const pxPerMs = widthPx / Math.max(1, window.to - window.from);
	let shown = ticks.map((_, i) => i);
	for (;;) {
		const words = labeller(shown.map((i) => ticks[i]!));
		const kept = shown.filter((i, k) => {
			const room = Math.max(EDGE_PX, labelWidthPx(words[k]!, fontPx) / 2);
			const at = (ticks[i]!.t - window.from) * pxPerMs;
			return at >= room && at <= widthPx - room;
		});
		if (kept.length === shown.length) {
			const label = new Map(shown.map((i, k) => [i, words[k]!]));
			return ticks.map((_, i) => label.get(i) ?? null);
		}
		shown = kept;
	}
}

/**
 * As many ticks as fit, each with its label or null where the label would be cut at an end (the
 * detail track keeps such a tick's line; the overview drops it): starting from one every ~60 px,
 * fewer until each pair of neighbouring labels (centred on their tick) leaves a gap. Long labels
 * ("févr. 2018", "11 Jan 00:00") get fewer ticks than short ones ("05:00").
 */
export function labelledTicks(
	window: TimeWindow,
	zone: Zone,
	widthPx: number,
	labeller: TickLabeller,
	fontPx: number
): (Tick & { label: string | null })[] {
	const pxPerMs = widthPx / Math.max(1, window.to - window.from);
	let fallback: (Tick & { label: string | null })[] = [];
	const rejected = new Set<string>();
	for (let count = Math.max(2, Math.floor(widthPx / 60)); count >= 2; count--) {
		const ticks = localTicks(window, zone, count);
		// Neighbouring counts often give the same ticks: label each set once.
		const key = `${ticks[0]?.t}/${ticks.length}`;
		if (rejected.has(key)) continue;
		const labelled = labelsAwayFromEdges(ticks, window, widthPx, labeller, fontPx).map((label, i) => ({ ...ticks[i]!, label }));
		fallback = labelled;
		const shown = labelled.filter((tick) => tick.label !== null);
		const fits = shown.every(
			(tick, i) =>
				i === 0 ||
				(tick.t - shown[i - 1]!.t) * pxPerMs >= (labelWidthPx(shown[i - 1]!.label!, fontPx) + labelWidthPx(tick.label!, fontPx)) / 2 + LABEL_GAP_PX
		);
		if (fits) return labelled;
		rejected.add(key);
	}
	// Even two ticks do not fit (a very narrow track): keep the first label only.
	let first = true;
	return fallback.map((tick) => {
		const keep = first && tick.label !== null;
		if (keep) first = false;
		return keep ? tick : { ...tick, label: null };
	});
}

/** Labelled ticks for a time axis in a zone and a language: the ticks that fit, worded as the axis shows them. */
export function timeAxisTicks(window: TimeWindow, zone: Zone, widthPx: number, lang: Lang, fontPx: number): (Tick & { label: string | null })[] {
	return labelledTicks(window, zone, widthPx, (ticks) => axisLabels(ticks, zone, lang), fontPx);
}
