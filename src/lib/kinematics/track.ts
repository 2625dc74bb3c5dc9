import { geoInterpolate } from 'd3';
import { greatCircleKm, initialBearingDeg } from '../geo/distance';
import type { LonLat } from '../geo/lonlat';
import { requirePositive } from './checks';

/** A waypoint: where something was (degrees) at time t (epoch ms). */
export interface TimedPoint {
	t: number;
	lon: number;
	lat: number;
}

/** before the first waypoint's time, moving from it up to (not at) the last one's, after from then on. */
export type TrackPhase = 'before' | 'moving' | 'after';

export interface TrackPosition {
	position: LonLat;
	/** Direction of travel, degrees clockwise from north; while waiting in place, the last direction travelled. */
	headingDeg: number;
	phase: TrackPhase;
}

// Every function here takes waypoints sorted by t (the scenario schema checks
// this once on load); checking it per frame would cost O(n).

/**
 * Where the track is at time t, interpolated along the great circle between
 * the waypoints around t (constant speed within a segment). O(log n): a
 * binary search finds the segment, so it is safe to call every frame.
 */
export function positionAt(points: readonly TimedPoint[], t: number): TrackPosition {
	const first = points[0];
	if (first === undefined) throw new Error('invalid points: empty track');
	const i = lastWaypointAt(points, t);
	if (i < 0) return { position: lonLat(first), headingDeg: headingAround(points, 0), phase: 'before' };
	const a = points[i]!;
	const b = points[i + 1];
	if (b === undefined) return { position: lonLat(a), headingDeg: headingAround(points, i), phase: 'after' };

	const fraction = (t - a.t) / (b.t - a.t); // b.t > t >= a.t, so no division by zero
	if (samePlace(a, b)) return { position: lonLat(a), headingDeg: headingAround(points, i), phase: 'moving' };
	const position = geoInterpolate(lonLat(a), lonLat(b))(fraction);
	return { position, headingDeg: tangentBearingDeg(lonLat(a), position, lonLat(b), fraction), phase: 'moving' };
}

/**
 * The path travelled up to time t: every waypoint passed, then the current
 * position, with points inserted so no straight piece is longer than
 * maxSegmentKm (a projection draws straight pieces, not great circles).
 * Empty before the track starts. Cost grows with the distance travelled
 * (a 300 km raid is about 150 points), not with time.
 */
export function trailUntil(points: readonly TimedPoint[], t: number, maxSegmentKm = 2): LonLat[] {
	const last = lastWaypointAt(points, t);
	return [...trailThrough(points, last, maxSegmentKm), ...legUntil(points, last, t, maxSegmentKm)];
}

/**
 * The first part of trailUntil: the path through waypoints 0…`last`. It changes
 * only when a waypoint is passed, so a view can keep it while the clock moves.
 */
export function trailThrough(points: readonly TimedPoint[], last: number, maxSegmentKm = 2): LonLat[] {
	requirePositive('maxSegmentKm', maxSegmentKm);
	const trail: LonLat[] = [];
	for (let i = 0; i <= last && i < points.length; i++) {
		const a = points[i]!;
		const previous = points[i - 1];
		// Waiting in place (two waypoints at one place) would repeat a vertex.
		if (previous === undefined || !samePlace(previous, a)) trail.push(lonLat(a));
		if (i < last) trail.push(...innerPoints(a, points[i + 1]!, 1, maxSegmentKm));
	}
	return trail;
}

/**
 * The rest of trailUntil: the segment in progress after waypoint `last`
 * (lastWaypointAt(points, t)), up to the position at t. Empty before the
 * start and after the last waypoint.
 */
export function legUntil(points: readonly TimedPoint[], last: number, t: number, maxSegmentKm = 2): LonLat[] {
	requirePositive('maxSegmentKm', maxSegmentKm);
	const a = points[last];
	const b = points[last + 1];
	if (a === undefined || b === undefined) return [];
	const fraction = (t - a.t) / (b.t - a.t);
	if (!(greatCircleKm(lonLat(a), lonLat(b)) * fraction > 0)) return [];
	return [...innerPoints(a, b, fraction, maxSegmentKm), geoInterpolate(lonLat(a), lonLat(b))(fraction)];
}

/** Points strictly inside a→b up to `fraction` of the way, no more than maxSegmentKm apart. */
function innerPoints(a: TimedPoint, b: TimedPoint, fraction: number, maxSegmentKm: number): LonLat[] {
	const interpolate = geoInterpolate(lonLat(a), lonLat(b));
	const pieces = Math.ceil((greatCircleKm(lonLat(a), lonLat(b)) * fraction) / maxSegmentKm);
	return Array.from({ length: Math.max(0, pieces - 1) }, (_, k) => interpolate((fraction * (k + 1)) / pieces));
}

/** Index of the last waypoint with time ≤ t, or -1 if t is before them all. */
export function lastWaypointAt(points: readonly TimedPoint[], t: number): number {
	let low = 0;
	let high = points.length; // the answer + 1 lies in [low, high]
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (points[middle]!.t <= t) low = middle + 1;
		else high = middle;
	}
	return low - 1;
}

/**
 * Direction of the great circle a→b at `position`. Looking ahead to b is
 * ill-conditioned when position nears b, so the second half looks back to a.
 */
function tangentBearingDeg(a: LonLat, position: LonLat, b: LonLat, fraction: number): number {
	return fraction < 0.5 ? initialBearingDeg(position, b) : (initialBearingDeg(position, a) + 180) % 360;
}

/**
 * Heading while standing at waypoint i (before the start, after the end, or
 * waiting): the arrival direction of the last real move up to i, else the
 * departure direction of the next one, else north.
 */
function headingAround(points: readonly TimedPoint[], i: number): number {
	for (let k = i; k > 0; k--) {
		const a = points[k - 1]!;
		const b = points[k]!;
		if (!samePlace(a, b)) return (initialBearingDeg(lonLat(b), lonLat(a)) + 180) % 360;
	}
	for (let k = i; k + 1 < points.length; k++) {
		const a = points[k]!;
		const b = points[k + 1]!;
		if (!samePlace(a, b)) return initialBearingDeg(lonLat(a), lonLat(b));
	}
	return 0;
}

function samePlace(a: TimedPoint, b: TimedPoint): boolean {
	return a.lon === b.lon && a.lat === b.lat;
}

function lonLat(p: TimedPoint): LonLat {
	return [p.lon, p.lat];
}
