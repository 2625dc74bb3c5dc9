import { interpolateZoom } from 'd3';
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
 * How long the camera takes from one transform to another along d3.interpolateZoom's path
 * (van Wijk and Nuij's smooth zoom and pan): its recommended duration, kept within FLIGHT_MS.
 */
export function flightDuration(from: CameraTransform, to: CameraTransform, width: number, height: number): number {
	const path = interpolateZoom(zoomView(from, width, height), zoomView(to, width, height));
	return Math.min(FLIGHT_MS.max, Math.max(FLIGHT_MS.min, path.duration));
}
