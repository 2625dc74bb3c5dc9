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

/** Where a label stands against its tick: centred on it, or beginning or ending at it near an end of the axis. */
export type TickAnchor = 'middle' | 'start' | 'end';

/** A tick's words and how they stand against it. */
interface TickText {
	label: string;
	anchor: TickAnchor;
}

export type LabelledTick = Tick & { label: string | null; anchor: TickAnchor };

/** Whether a tick is the turn of a year in the zone (ticks are on local boundaries, see localTicks). */
function isYearTurn(t: number, zone: Zone): boolean {
	const local = new Date(t + zone.offsetMinutes * 60_000);
	return local.getUTCMonth() === 0 && local.getUTCDate() === 1 && local.getUTCHours() === 0 && local.getUTCMinutes() === 0;
}

/** The pixels a label covers, placed as anchored at `at`. */
function labelExtent(at: number, label: string, anchor: TickAnchor, fontPx: number): [number, number] {
	const w = labelWidthPx(label, fontPx);
	if (anchor === 'start') return [at, at + w];
	if (anchor === 'end') return [at - w, at];
	return [at - w / 2, at + w / 2];
}

/**
 * Each tick's label, or null where it would be cut at an end; with `yearTurns`, the turn of a
 * year near an end keeps its label, ending (or beginning) at its tick rather than centred on it,
 * as a reader looks for the year on a long axis. The labels are worded for the ticks that keep one,
 * so the first of those carries what a first label says (its date).
 */
function labelsAwayFromEdges(
	ticks: readonly Tick[],
	window: TimeWindow,
	widthPx: number,
	labeller: TickLabeller,
	fontPx: number,
	yearTurns: Zone | null
): (TickText | null)[] {
	const pxPerMs = widthPx / Math.max(1, window.to - window.from);
	let shown = ticks.map((_, i) => i);
	for (;;) {
		const words = labeller(shown.map((i) => ticks[i]!));
		const placed = new Map<number, TickText>();
		for (const [k, i] of shown.entries()) {
			const label = words[k]!;
			const at = (ticks[i]!.t - window.from) * pxPerMs;
			const room = Math.max(EDGE_PX, labelWidthPx(label, fontPx) / 2);
			if (at >= room && at <= widthPx - room) placed.set(i, { label, anchor: 'middle' });
			else if (yearTurns && isYearTurn(ticks[i]!.t, yearTurns) && at >= 0 && at <= widthPx) {
				const anchor = at < widthPx / 2 ? 'start' : 'end';
				const [left, right] = labelExtent(at, label, anchor, fontPx);
				if (left >= 0 && right <= widthPx) placed.set(i, { label, anchor });
			}
		}
		if (placed.size === shown.length) return ticks.map((_, i) => placed.get(i) ?? null);
		shown = shown.filter((i) => placed.has(i));
	}
}

/**
 * As many ticks as fit, each with its label or null where the label would be cut at an end (the
 * detail track keeps such a tick's line; the overview drops it): starting from one every ~60 px,
 * fewer until each pair of neighbouring labels leaves a gap. Long labels ("févr. 2018",
 * "11 Jan 00:00") get fewer ticks than short ones ("05:00"). With `yearTurns` (the zone), a year's
 * turn near an end is labelled beside its tick (see labelsAwayFromEdges).
 */
export function labelledTicks(window: TimeWindow, zone: Zone, widthPx: number, labeller: TickLabeller, fontPx: number, yearTurns = false): LabelledTick[] {
	const pxPerMs = widthPx / Math.max(1, window.to - window.from);
	let fallback: LabelledTick[] = [];
	const rejected = new Set<string>();
	for (let count = Math.max(2, Math.floor(widthPx / 60)); count >= 2; count--) {
		const ticks = localTicks(window, zone, count);
		// Neighbouring counts often give the same ticks: label each set once.
		const key = `${ticks[0]?.t}/${ticks.length}`;
		if (rejected.has(key)) continue;
		const labels = labelsAwayFromEdges(ticks, window, widthPx, labeller, fontPx, yearTurns ? zone : null);
		const labelled = ticks.map((tick, i) => ({ ...tick, label: labels[i]?.label ?? null, anchor: labels[i]?.anchor ?? 'middle' }));
		fallback = labelled;
		const extents = labelled.filter((tick) => tick.label !== null).map((tick) => labelExtent((tick.t - window.from) * pxPerMs, tick.label!, tick.anchor, fontPx));
		if (extents.every((extent, i) => i === 0 || extent[0] - extents[i - 1]![1] >= LABEL_GAP_PX)) return labelled;
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

/**
 * Labelled ticks for a time axis in a zone and a language: the ticks that fit, worded as the axis
 * shows them; with `yearTurns`, every turn of a year inside the window keeps its label.
 */
export function timeAxisTicks(window: TimeWindow, zone: Zone, widthPx: number, lang: Lang, fontPx: number, yearTurns = false): LabelledTick[] {
	return labelledTicks(window, zone, widthPx, (ticks) => axisLabels(ticks, zone, lang), fontPx, yearTurns);
}
