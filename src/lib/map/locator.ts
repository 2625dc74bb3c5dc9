// The locator inset's frame: what the map shows, as a ring of longitudes and latitudes (the map's
// edges walked round and inverted through its projection), for a small map of the continent.
import type { LonLat } from '../geo/lonlat';

/** Zoomed in this far, the map is a detail of the region: a locator inset shows where, in Africa. */
export const LOCATOR_ZOOM = 2;

/**
 * The map's edges, `perEdge` points each, clockwise from the top left, inverted to [lon, lat]
 * (points off the projection's world left out); closed.
 */
export function viewRing(width: number, height: number, invert: (screen: [number, number]) => LonLat | null, perEdge = 4): LonLat[] {
	const edge = (from: [number, number], to: [number, number]) =>
		Array.from({ length: perEdge }, (_, i): [number, number] => [from[0] + ((to[0] - from[0]) * i) / perEdge, from[1] + ((to[1] - from[1]) * i) / perEdge]);
	const screen = [...edge([0, 0], [width, 0]), ...edge([width, 0], [width, height]), ...edge([width, height], [0, height]), ...edge([0, height], [0, 0])];
	const ring = screen.map(invert).filter((p): p is LonLat => p !== null && p.every(Number.isFinite));
	return ring.length ? [...ring, ring[0]!] : [];
}
