/** A span of time in epoch milliseconds, from ≤ to. */
export interface TimeWindow {
	from: number;
	to: number;
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** The shortest window the detail track zooms to: the minutes of one attack stay readable. */
export const MIN_WINDOW_MS = 20 * MINUTE;

export function clampTime(t: number, window: TimeWindow): number {
	return Math.min(window.to, Math.max(window.from, t));
}

export function span(window: TimeWindow): number {
	return window.to - window.from;
}

/** Zooms by factor (< 1 narrows) keeping `around` at the same relative place, inside `bounds`. */
export function zoomWindow(window: TimeWindow, factor: number, around: number, bounds: TimeWindow): TimeWindow {
	const width = Math.min(span(bounds), Math.max(MIN_WINDOW_MS, span(window) * factor));
	const ratio = span(window) > 0 ? (around - window.from) / span(window) : 0.5;
	return fitWithin({ from: around - ratio * width, to: around - ratio * width + width }, bounds);
}

/** Moves (never shrinks unless it must) a window so it lies inside bounds. */
export function fitWithin(window: TimeWindow, bounds: TimeWindow): TimeWindow {
	const width = Math.min(span(window), span(bounds));
	const from = Math.min(Math.max(window.from, bounds.from), bounds.to - width);
	return { from, to: from + width };
}

/** A window around [start, end] with a margin on each side, so an event is not drawn at the edge. */
export function windowAround(start: number, end: number, margin = 0.35, minimum = 2 * HOUR): TimeWindow {
	const width = Math.max(minimum, (end - start) * (1 + 2 * margin));
	const middle = (start + end) / 2;
	return { from: middle - width / 2, to: middle + width / 2 };
}
