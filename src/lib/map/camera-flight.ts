import type { CameraTransform } from './chapter-camera';

/** Shortest and longest chapter-to-chapter flight: long enough to follow, short enough to keep the talk moving. */
export const FLIGHT_MS = { min: 500, max: 2500 } as const;

/**
 * The view d3-zoom interpolates for a transition on a width × height viewport: the map point at
 * the viewport's centre and the map width seen, [cx, cy, w] (as d3-zoom does, w is the larger side).
 */
export function zoomView({ k, x, y }: CameraTransform, width: number, height: number): [number, number, number] {
	if (!(k > 0)) throw new Error(`invalid scale: ${k}`);
	return [(width / 2 - x) / k, (height / 2 - y) / k, Math.max(width, height) / k];
}

/**
 * The duration d3.interpolateZoom recommends between two views (van Wijk and Nuij's smooth zoom and
 * pan, ρ = √2), as d3 computes it: only this number is needed at a page's first load, and importing
 * d3-interpolate for it would bring d3-interpolate and d3-color whole (15 KB).
 */
function zoomPathMs([ux0, uy0, w0]: [number, number, number], [ux1, uy1, w1]: [number, number, number]): number {
	const rho = Math.SQRT2;
	const dx = ux1 - ux0;
	const dy = uy1 - uy0;
	const d2 = dx * dx + dy * dy;
	let S: number;
	if (d2 < 1e-12) S = Math.log(w1 / w0) / rho;
	else {
		const d1 = Math.sqrt(d2);
		const b0 = (w1 * w1 - w0 * w0 + 4 * d2) / (2 * w0 * 2 * d1);
		const b1 = (w1 * w1 - w0 * w0 - 4 * d2) / (2 * w1 * 2 * d1);
		const r0 = Math.log(Math.sqrt(b0 * b0 + 1) - b0);
		const r1 = Math.log(Math.sqrt(b1 * b1 + 1) - b1);
		S = (r1 - r0) / rho;
	}
	return (Math.abs(S) * 1000 * rho) / Math.SQRT2;
}

/**
 * How long the camera takes from one transform to another along d3.interpolateZoom's path:
 * its recommended duration, kept within FLIGHT_MS.
 */
export function flightDuration(from: CameraTransform, to: CameraTransform, width: number, height: number): number {
	return Math.min(FLIGHT_MS.max, Math.max(FLIGHT_MS.min, zoomPathMs(zoomView(from, width, height), zoomView(to, width, height))));
}
