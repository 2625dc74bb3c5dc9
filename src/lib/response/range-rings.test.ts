import { describe, expect, it } from 'vitest';
import type { LonLat } from '../geo/lonlat';
import { rangeRing, reachKm, ringPoint } from './range-rings';
import { initialBearingDeg } from '../geo/distance';
import { haversineKm } from '../../../tests/unit/reference-geodesy';

/** Twice the signed planar area in lon/lat: negative for a clockwise ring, which d3-geo reads as a small polygon. */
function signedArea(ring: number[][]): number {
	return ring.slice(1).reduce((sum, [x, y], i) => sum + ring[i]![0]! * y! - x! * ring[i]![1]!, 0);
}

const niameyAirport: LonLat = [2.1703, 13.4817];
const airBase201: LonLat = [8.0139, 16.9503];

describe('rangeRing', () => {
	it.each([
		{ name: 'Mirage 2000D, 10 min from Niamey', center: niameyAirport, radiusKm: 850 / 6 },
		{ name: 'MQ-9, 60 min from Air Base 201', center: airBase201, radiusKm: 370 },
		{ name: 'Mirage 2000D combat radius', center: niameyAirport, radiusKm: 750 },
		{ name: 'a huge circle near the pole', center: [0, 80] as LonLat, radiusKm: 3000 },
		{ name: 'a small one on the antimeridian', center: [180, 0] as LonLat, radiusKm: 5 }
	])('$name: every vertex is at the radius (±0.5%), ring closed and clockwise', ({ center, radiusKm }) => {
		const ring = rangeRing(center, radiusKm).coordinates[0]!;
		expect(ring.length).toBeGreaterThan(100);
		for (const vertex of ring) {
			expect(Math.abs(haversineKm(center, vertex as LonLat) - radiusKm) / radiusKm).toBeLessThan(0.005);
		}
		expect(ring.at(-1)).toEqual(ring[0]);
		if (center[0] !== 180) expect(signedArea(ring)).toBeLessThan(0);
	});

	it('precisionDeg sets the angle between vertices', () => {
		expect(rangeRing(niameyAirport, 100, 10).coordinates[0]).toHaveLength(37);
		expect(rangeRing(niameyAirport, 100, 1).coordinates[0]).toHaveLength(361);
	});

	it.each([
		{ center: niameyAirport, radiusKm: -1, message: 'invalid radiusKm: -1' },
		{ center: niameyAirport, radiusKm: Number.NaN, message: 'invalid radiusKm: NaN' },
		{ center: niameyAirport, radiusKm: 30_000, message: 'invalid radiusKm: 30000' },
		{ center: [Number.NaN, 0] as LonLat, radiusKm: 10, message: 'invalid center: NaN,0' },
		{ center: niameyAirport, radiusKm: 10, precisionDeg: 0, message: 'invalid precisionDeg: 0' }
	])('rejects $message', ({ center, radiusKm, precisionDeg, message }) => {
		expect(() => rangeRing(center, radiusKm, precisionDeg)).toThrow(message);
	});
});

describe('reachKm', () => {
	it.each([
		{ name: 'still on the ground', cruiseKmh: 850, scrambleMinutes: 30, minutes: 20, expected: 0 },
		{ name: 'taking off', cruiseKmh: 850, scrambleMinutes: 30, minutes: 30, expected: 0 },
		{ name: 'Mirage 15 min after take-off', cruiseKmh: 850, scrambleMinutes: 30, minutes: 45, expected: 212.5 },
		{ name: 'MQ-9 one hour after an instant launch', cruiseKmh: 370, scrambleMinutes: 0, minutes: 60, expected: 370 },
		{ name: 'before the alert', cruiseKmh: 370, scrambleMinutes: 0, minutes: -10, expected: 0 }
	])('$name: $expected km', ({ expected, ...options }) => {
		expect(reachKm(options)).toBeCloseTo(expected, 9);
	});

	it.each([
		{ option: 'cruiseKmh', value: 0 },
		{ option: 'scrambleMinutes', value: -5 },
		{ option: 'minutes', value: Number.NaN }
	])('rejects $option = $value', ({ option, value }) => {
		expect(() => reachKm({ cruiseKmh: 850, scrambleMinutes: 30, minutes: 45, [option]: value })).toThrow(
			`invalid ${option}: ${value}`
		);
	});
});

describe('ringPoint', () => {
	it.each([0, 45, 90, 180, 300])('is on the ring at bearing %i°', (bearing) => {
		const point = ringPoint(niameyAirport, 250, bearing);
		expect(haversineKm(niameyAirport, point)).toBeCloseTo(250, 6);
		expect(initialBearingDeg(niameyAirport, point)).toBeCloseTo(bearing, 6);
	});

	it('due north, it is the ring’s northernmost vertex', () => {
		const north = Math.max(...rangeRing(niameyAirport, 250, 1).coordinates[0]!.map(([, lat]) => lat!));
		expect(ringPoint(niameyAirport, 250, 0)[1]).toBeCloseTo(north, 3);
	});
});
