import { describe, expect, it } from 'vitest';
import { greatCircleKm, initialBearingDeg } from './distance';
import type { LonLat } from './lonlat';
import { REFERENCE_EARTH_RADIUS_KM, haversineKm, lawOfCosinesKm, rad } from '../../../tests/unit/reference-geodesy';

// Independent references: haversine for distance, the spherical law of cosines
// as a second opinion, and 3D vectors for bearing (no d3, no shared formula).



/** Bearing as the direction of b seen in the tangent plane at a (north and east unit vectors). */
function tangentPlaneBearingDeg([lon1, lat1]: LonLat, [lon2, lat2]: LonLat): number {
	const unit = (lon: number, lat: number) => [
		Math.cos(rad(lat)) * Math.cos(rad(lon)),
		Math.cos(rad(lat)) * Math.sin(rad(lon)),
		Math.sin(rad(lat))
	];
	const b = unit(lon2, lat2);
	const east = [-Math.sin(rad(lon1)), Math.cos(rad(lon1)), 0];
	const north = [
		-Math.sin(rad(lat1)) * Math.cos(rad(lon1)),
		-Math.sin(rad(lat1)) * Math.sin(rad(lon1)),
		Math.cos(rad(lat1))
	];
	const dot = (u: number[], v: number[]) => u.reduce((s, x, i) => s + x * (v[i] ?? 0), 0);
	return ((Math.atan2(dot(b, east), dot(b, north)) * 180) / Math.PI + 360) % 360;
}

const niameyAirport: LonLat = [2.1703, 13.4817];
const chinagodrar: LonLat = [3.0019, 15.2258];
const airBase201: LonLat = [8.0139, 16.9503];
const gao: LonLat = [-0.0056, 16.2472];

describe('greatCircleKm', () => {
	it.each([
		{ name: 'Niamey airport → Chinagodrar', a: niameyAirport, b: chinagodrar, expected: 213.6, tolerance: 0.5 },
		{ name: 'Niamey airport → Air Base 201', a: niameyAirport, b: airBase201, expected: 736, tolerance: 1 },
		{ name: 'Air Base 201 → Chinagodrar', a: airBase201, b: chinagodrar, expected: 569, tolerance: 1 },
		{ name: 'Niamey airport → Gao', a: niameyAirport, b: gao, expected: 386, tolerance: 1 },
		{ name: 'one degree of the equator', a: [0, 0] as LonLat, b: [1, 0] as LonLat, expected: 111.195, tolerance: 0.001 },
		{ name: 'pole to pole', a: [0, 90] as LonLat, b: [0, -90] as LonLat, expected: Math.PI * REFERENCE_EARTH_RADIUS_KM, tolerance: 1e-6 },
		{ name: 'a point to itself', a: chinagodrar, b: chinagodrar, expected: 0, tolerance: 1e-9 }
	])('$name ≈ $expected km (facts.md)', ({ a, b, expected, tolerance }) => {
		expect(Math.abs(greatCircleKm(a, b) - expected)).toBeLessThanOrEqual(tolerance);
	});

	it.each([
		{ a: niameyAirport, b: chinagodrar },
		{ a: niameyAirport, b: airBase201 },
		{ a: airBase201, b: chinagodrar },
		{ a: [-179.5, 10] as LonLat, b: [179.5, -10] as LonLat }
	])('matches haversine and the law of cosines for $a → $b', ({ a, b }) => {
		const km = greatCircleKm(a, b);
		expect(km).toBeCloseTo(haversineKm(a, b), 6);
		expect(km).toBeCloseTo(lawOfCosinesKm(a, b), 4);
		expect(greatCircleKm(b, a)).toBeCloseTo(km, 9);
	});
});

describe('initialBearingDeg', () => {
	it.each([
		{ name: 'due north', b: [0, 10] as LonLat, expected: 0 },
		{ name: 'due east along the equator', b: [10, 0] as LonLat, expected: 90 },
		{ name: 'due south', b: [0, -10] as LonLat, expected: 180 },
		{ name: 'due west along the equator', b: [-10, 0] as LonLat, expected: 270 },
		{ name: 'north-east on the diagonal', b: [1e-6, 1e-6] as LonLat, expected: 45 }
	])('$name from [0, 0] is $expected°', ({ b, expected }) => {
		expect(initialBearingDeg([0, 0], b)).toBeCloseTo(expected, 6);
	});

	it.each([
		{ name: 'Niamey airport → Chinagodrar', a: niameyAirport, b: chinagodrar },
		{ name: 'Chinagodrar → Niamey airport', a: chinagodrar, b: niameyAirport },
		{ name: 'Air Base 201 → Chinagodrar', a: airBase201, b: chinagodrar },
		{ name: 'Niamey airport → Gao', a: niameyAirport, b: gao }
	])('$name matches the tangent-plane direction', ({ a, b }) => {
		expect(initialBearingDeg(a, b)).toBeCloseTo(tangentPlaneBearingDeg(a, b), 9);
	});

	it('heads north-north-east from Niamey to Chinagodrar; eastward from 45° N it starts north of east', () => {
		expect(initialBearingDeg(niameyAirport, chinagodrar)).toBeGreaterThan(20);
		expect(initialBearingDeg(niameyAirport, chinagodrar)).toBeLessThan(30);
		// A great circle towards a point due east bulges poleward.
		expect(initialBearingDeg([0, 45], [90, 45])).toBeLessThan(90);
	});

	it('returns 0 for coincident points, never 360', () => {
		expect(initialBearingDeg(chinagodrar, chinagodrar)).toBe(0);
		expect(initialBearingDeg([0, 0], [-1e-15, 10])).toBeLessThan(360);
	});
});
