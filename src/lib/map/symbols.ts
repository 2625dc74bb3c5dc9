// The map's symbols, one definition each: the layers draw them, the key draws them again, and the
// label placement keeps labels off them, all from these shapes and sizes.
import type { Obstacle } from './label-placement';

/** The largest incident's disc; the others by area (symbolRadius). */
export const INCIDENT_LARGEST_RADIUS = 26;
/** Around a symbol that is under way, a ring this far out. */
export const INCIDENT_HALO = 5;
export const MOVER_RADIUS = 5;
export const MOVER_ARRIVED_RADIUS = 3.5;
export const TOWN_RADIUS = 3;
export const CAPITAL_HALF = 3.5;
export const DISPUTE_RADIUS = 16;

export const CROSSING_PATH = 'M-5,-5L5,5M-5,5L5,-5';
export const CROSSING_HALF = 6;
/** Nose up at the origin; rotated to its heading. */
export const AIRCRAFT_PATH = 'M0,-9L3,2L9,5V7L3,6L2,11L4,13V14L0,13L-4,14V13L-2,11L-3,6L-9,7V5L-3,2Z';
/** The farthest point of the aircraft from its origin, so the disc holds it at any heading. */
export const AIRCRAFT_RADIUS = 15;
export const BASE_PATH = 'M0,-7L6,5H-6Z';
/** The farthest the base's triangle reaches from its origin. */
export const BASE_HALF = 7;
/** An arrow pointing right from the origin, turned towards what lies off the map. */
export const OFFSCREEN_PATH = 'M-6,-6L6,0L-6,6Z';
export const OFFSCREEN_RADIUS = 8;

export const circleAt = ([x, y]: readonly [number, number], r: number): Obstacle => ({ shape: 'circle', x, y, r });
export const squareAt = ([x, y]: readonly [number, number], half: number): Obstacle => ({
	shape: 'box',
	x: x - half,
	y: y - half,
	width: 2 * half,
	height: 2 * half
});
