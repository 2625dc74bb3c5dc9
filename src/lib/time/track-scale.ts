import type { TimeWindow } from './time-window';

/** Times to pixels across a track, and back. */
export interface TrackScale {
	(t: number): number;
	invert(px: number): number;
}

/**
 * A window of time laid across `widthPx`, linear as d3's scaleLinear, whose tick formats would
 * bring d3-format into every embed for labels the app words itself. As d3's, an empty window maps
 * to the middle of the track and a track of no width back to the middle of the window.
 */
export function trackScale(window: TimeWindow, widthPx: number): TrackScale {
	const spanMs = window.to - window.from;
	const scale = (t: number) => (spanMs === 0 ? widthPx / 2 : ((t - window.from) / spanMs) * widthPx);
	scale.invert = (px: number) => window.from + (widthPx === 0 ? 0.5 : px / widthPx) * spanMs;
	return scale;
}
