// How many events begin in each pixel column of a time axis: a histogram drawn
// once per window or width change, O(columns × log events), whatever the count.
import { bisectLeft } from 'd3';
import type { TimeWindow } from '../time/time-window';

/** counts[c]: events whose start falls in column c of `columns` equal slices of the window. */
export function densityColumns(starts: Float64Array, window: TimeWindow, columns: number): Uint32Array {
	const n = Math.max(0, Math.floor(columns));
	const counts = new Uint32Array(n);
	if (n === 0 || !(window.to > window.from)) return counts;
	const step = (window.to - window.from) / n;
	let left = bisectLeft(starts, window.from);
	for (let c = 0; c < n; c++) {
		// The last column includes the window's end.
		const right = c === n - 1 ? bisectLeft(starts, window.to + 1e-6) : bisectLeft(starts, window.from + (c + 1) * step);
		counts[c] = right - left;
		left = right;
	}
	return counts;
}

/** An SVG path of bars, one per column, scaled so the fullest column is `height` px tall (0 draws nothing). */
export function densityPath(counts: Uint32Array, width: number, height: number, top = 0): string {
	let max = 0;
	for (const c of counts) max = Math.max(max, c);
	if (max === 0) return '';
	const w = width / counts.length;
	let d = '';
	for (let c = 0; c < counts.length; c++) {
		if (counts[c] === 0) continue;
		// At least one pixel, so a single event still shows.
		const h = Math.max(1, (counts[c]! / max) * height);
		d += `M${(c * w).toFixed(1)},${(top + height).toFixed(1)}h${w.toFixed(1)}v${(-h).toFixed(1)}h${(-w).toFixed(1)}Z`;
	}
	return d;
}
