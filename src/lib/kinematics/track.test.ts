import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LonLat } from '../geo/lonlat';
import { lastWaypointAt, legUntil, positionAt, trailThrough, trailUntil, type TimedPoint } from './track';
import { haversineKm, rad } from '../../../tests/unit/reference-geodesy';

// Independent references: haversine, and the direction of travel as the
// tangent-plane component of the destination (3D vectors, no d3).
function bearingTowardsDeg([lon1, lat1]: LonLat, [lon2, lat2]: LonLat): number {
	const [x, y, z] = [
		Math.cos(rad(lat2)) * Math.cos(rad(lon2)),
		Math.cos(rad(lat2)) * Math.sin(rad(lon2)),
		Math.sin(rad(lat2))
	];
	const east = -Math.sin(rad(lon1)) * x + Math.cos(rad(lon1)) * y;
	const north = -Math.sin(rad(lat1)) * (Math.cos(rad(lon1)) * x + Math.sin(rad(lon1)) * y) + Math.cos(rad(lat1)) * z;
	return ((Math.atan2(east, north) * 180) / Math.PI + 360) % 360;
}
const angleGap = (a: number, b: number) => Math.abs(((a - b + 540) % 360) - 180);

const MINUTE = 60_000;
const t0 = Date.UTC(2020, 0, 9, 11, 0); // 12:00 in Niamey, the Chinagodrar attack
const at = (minutes: number, [lon, lat]: LonLat): TimedPoint => ({ t: t0 + minutes * MINUTE, lon, lat });

const niameyAirport: LonLat = [2.1703, 13.4817];
const chinagodrar: LonLat = [3.0019, 15.2258];
const airBase201: LonLat = [8.0139, 16.9503];
const menaka: LonLat = [2.4, 15.9167];

const segments = [
	{ name: 'Niamey airport → Chinagodrar', a: niameyAirport, b: chinagodrar },
	{ name: 'Air Base 201 → Chinagodrar', a: airBase201, b: chinagodrar },
	{ name: 'Ménaka → Chinagodrar', a: menaka, b: chinagodrar },
	{ name: 'a quarter of the globe', a: [0, 0] as LonLat, b: [90, 45] as LonLat }
];

describe('positionAt', () => {
	it.each(segments)('$name: at half time it is at half distance', ({ a, b }) => {
		const { position, phase } = positionAt([at(0, a), at(30, b)], t0 + 15 * MINUTE);
		const total = haversineKm(a, b);
		expect(phase).toBe('moving');
		expect(haversineKm(a, position)).toBeCloseTo(total / 2, 6);
		expect(haversineKm(position, b)).toBeCloseTo(total / 2, 6);
	});

	it.each(segments)('$name: distance covered grows linearly with time, on the great circle', ({ a, b }) => {
		const total = haversineKm(a, b);
		fc.assert(
			fc.property(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (f) => {
				const { position } = positionAt([at(0, a), at(60, b)], t0 + f * 60 * MINUTE);
				const fromA = haversineKm(a, position);
				const toB = haversineKm(position, b);
				return Math.abs(fromA - f * total) < 1e-6 && Math.abs(fromA + toB - total) < 1e-6;
			}),
			{ seed: 5, numRuns: 200 }
		);
	});

	it.each(segments)('$name: the heading points along the great circle towards the destination', ({ a, b }) => {
		for (const f of [0, 0.25, 0.5, 0.75, 0.999999]) {
			const { position, headingDeg } = positionAt([at(0, a), at(60, b)], t0 + f * 60 * MINUTE);
			expect(angleGap(headingDeg, bearingTowardsDeg(f === 0 ? a : position, b))).toBeLessThan(1e-4);
		}
	});

	it.each([
		{ name: 'north along a meridian', b: [0, 5] as LonLat, expected: 0 },
		{ name: 'east along the equator', b: [5, 0] as LonLat, expected: 90 },
		{ name: 'south along a meridian', b: [0, -5] as LonLat, expected: 180 },
		{ name: 'west along the equator', b: [-5, 0] as LonLat, expected: 270 }
	])('heads $expected° going $name', ({ b, expected }) => {
		const { headingDeg } = positionAt([at(0, [0, 0]), at(10, b)], t0 + 7 * MINUTE);
		expect(angleGap(headingDeg, expected)).toBeLessThan(1e-9);
	});

	const track = [at(0, menaka), at(40, chinagodrar), at(70, chinagodrar), at(100, niameyAirport)];
	it.each([
		{ name: 'before the start', minutes: -5, phase: 'before', position: menaka, heading: bearingTowardsDeg(menaka, chinagodrar) },
		{ name: 'at the start', minutes: 0, phase: 'moving', position: menaka, heading: bearingTowardsDeg(menaka, chinagodrar) },
		{ name: 'waiting at Chinagodrar', minutes: 55, phase: 'moving', position: chinagodrar, heading: (bearingTowardsDeg(chinagodrar, menaka) + 180) % 360 },
		{ name: 'at the last waypoint', minutes: 100, phase: 'after', position: niameyAirport, heading: (bearingTowardsDeg(niameyAirport, chinagodrar) + 180) % 360 },
		{ name: 'long after the end', minutes: 600, phase: 'after', position: niameyAirport, heading: (bearingTowardsDeg(niameyAirport, chinagodrar) + 180) % 360 }
	])('$name: phase $phase, holding place and heading', ({ minutes, phase, position, heading }) => {
		const result = positionAt(track, t0 + minutes * MINUTE);
		expect(result.phase).toBe(phase);
		expect(haversineKm(result.position, position)).toBeLessThan(1e-9);
		expect(angleGap(result.headingDeg, heading)).toBeLessThan(1e-6);
	});

	it('finds the right segment among many waypoints (binary search)', () => {
		const many = Array.from({ length: 1001 }, (_, i) => at(i, [i / 100, Math.sin(i / 50)]));
		for (const i of [0, 1, 499, 500, 998, 999]) {
			const { position } = positionAt(many, t0 + (i + 0.5) * MINUTE);
			const a: LonLat = [many[i]!.lon, many[i]!.lat];
			const b: LonLat = [many[i + 1]!.lon, many[i + 1]!.lat];
			expect(haversineKm(a, position)).toBeCloseTo(haversineKm(a, b) / 2, 6);
		}
	});

	it('a single waypoint is where the track always is', () => {
		expect(positionAt([at(0, chinagodrar)], t0 - MINUTE)).toEqual({ position: chinagodrar, headingDeg: 0, phase: 'before' });
		expect(positionAt([at(0, chinagodrar)], t0)).toEqual({ position: chinagodrar, headingDeg: 0, phase: 'after' });
	});

	it('rejects an empty track', () => {
		expect(() => positionAt([], t0)).toThrow('invalid points: empty track');
	});
});

describe('trailUntil', () => {
	const track = [at(0, menaka), at(40, chinagodrar), at(70, chinagodrar), at(100, niameyAirport)];
	const travelledKm = (trail: LonLat[]) => trail.slice(1).reduce((sum, p, i) => sum + haversineKm(trail[i]!, p), 0);

	it('is empty before the start and the first waypoint at the start', () => {
		expect(trailUntil(track, t0 - 1)).toEqual([]);
		expect(trailUntil(track, t0)).toEqual([menaka]);
	});

	it.each([
		{ minutes: 10, km: haversineKm(menaka, chinagodrar) / 4 },
		{ minutes: 40, km: haversineKm(menaka, chinagodrar) },
		{ minutes: 55, km: haversineKm(menaka, chinagodrar) },
		{ minutes: 85, km: haversineKm(menaka, chinagodrar) + haversineKm(chinagodrar, niameyAirport) / 2 },
		{ minutes: 300, km: haversineKm(menaka, chinagodrar) + haversineKm(chinagodrar, niameyAirport) }
	])('at +$minutes min it covers $km km, ends at the position, in pieces ≤ 2 km', ({ minutes, km }) => {
		const t = t0 + minutes * MINUTE;
		const trail = trailUntil(track, t);
		expect(travelledKm(trail)).toBeCloseTo(km, 6);
		expect(haversineKm(trail.at(-1)!, positionAt(track, t).position)).toBeLessThan(1e-9);
		for (let i = 1; i < trail.length; i++) expect(haversineKm(trail[i - 1]!, trail[i]!)).toBeLessThanOrEqual(2 + 1e-9);
	});

	it('passes through every waypoint reached and repeats no point while waiting', () => {
		const trail = trailUntil(track, t0 + 300 * MINUTE);
		for (const place of [menaka, chinagodrar, niameyAirport]) {
			expect(trail.some((p) => haversineKm(p, place) < 1e-9)).toBe(true);
		}
		for (let i = 1; i < trail.length; i++) expect(haversineKm(trail[i - 1]!, trail[i]!)).toBeGreaterThan(0);
	});

	it('keeps the path through the waypoints passed while the clock moves within a segment; only the leg grows', () => {
		const legs = [10, 25, 39].map((minutes) => {
			const t = t0 + minutes * MINUTE;
			expect(lastWaypointAt(track, t)).toBe(0);
			expect(trailThrough(track, 0)).toEqual([menaka]);
			return legUntil(track, 0, t);
		});
		expect(legs.map((leg) => leg.length)).toEqual([...legs.map((leg) => leg.length)].sort((a, b) => a - b));
		const end = t0 + 300 * MINUTE;
		expect(legUntil(track, lastWaypointAt(track, end), end)).toEqual([]);
		expect(trailThrough(track, lastWaypointAt(track, end))).toEqual(trailUntil(track, end));
	});

	it.each([1, 5, 50])('honours maxSegmentKm = %d', (maxSegmentKm) => {
		const trail = trailUntil(track, t0 + 300 * MINUTE, maxSegmentKm);
		for (let i = 1; i < trail.length; i++) expect(haversineKm(trail[i - 1]!, trail[i]!)).toBeLessThanOrEqual(maxSegmentKm + 1e-9);
	});

	it.each([0, -1, Number.NaN, Infinity])('rejects maxSegmentKm = %s', (maxSegmentKm) => {
		expect(() => trailUntil(track, t0, maxSegmentKm)).toThrow(`invalid maxSegmentKm: ${maxSegmentKm}`);
	});
});
