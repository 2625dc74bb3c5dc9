import { describe, expect, it } from 'vitest';
import type { LonLat } from '../geo/lonlat';
import { responseSurface, type ResponseBase } from './response-surface';
import { lawOfCosinesKm } from '../../../tests/unit/reference-geodesy';

// Independent reference: the spherical law of cosines (the module uses haversine).
const earliestMinutes = (bases: ResponseBase[], p: LonLat) =>
	Math.min(...bases.map((b) => b.scrambleMinutes + (lawOfCosinesKm(b.position, p) / b.cruiseKmh) * 60));
/** Twice the signed planar area in lon/lat: negative for clockwise, d3-geo's exterior winding. */
const signedArea = (ring: number[][]) =>
	ring.slice(1).reduce((sum, [x, y], i) => sum + ring[i]![0]! * y! - x! * ring[i]![1]!, 0);

const SAHEL: [[number, number], [number, number]] = [
	[-6, 10],
	[10, 20]
];
// Bases moved to the nearest cell center of the default grid (a few km), so a cell sits exactly on each.
const niamey: ResponseBase = { position: [2.15, 13.45], scrambleMinutes: 30, cruiseKmh: 850 }; // Mirage 2000D
const airBase201: ResponseBase = { position: [8.05, 16.95], scrambleMinutes: 10, cruiseKmh: 370 }; // MQ-9
const bases = [niamey, airBase201];
const surface = responseSurface({ bases, extent: SAHEL });
const valueAt = ([lon, lat]: LonLat) =>
	surface.values[Math.floor((lat - SAHEL[0][1]) / 0.1) * surface.width + Math.floor((lon - SAHEL[0][0]) / 0.1)]!;

describe('responseSurface', () => {
	it('the default grid over the Sahel frame is 160 × 100 cells of 0.1°', () => {
		expect([surface.width, surface.height, surface.cellDeg]).toEqual([160, 100, 0.1]);
		expect(surface.values).toHaveLength(16_000);
		expect(surface.extent[0]).toEqual([-6, 10]);
		expect(surface.extent[1][0]).toBeCloseTo(10, 9);
		expect(surface.extent[1][1]).toBeCloseTo(20, 9);
		expect(surface.bands.map((band) => band.value)).toEqual([15, 30, 45, 60, 90, 120]);
	});

	it.each([
		{ name: 'Niamey (Mirage)', base: niamey },
		{ name: 'Air Base 201 (MQ-9)', base: airBase201 }
	])('at $name the value is its scramble time', ({ base }) => {
		expect(valueAt(base.position)).toBeCloseTo(base.scrambleMinutes, 9);
	});

	it.each([
		{ i: 0, j: 0 },
		{ i: 159, j: 99 },
		{ i: 90, j: 52 },
		{ i: 120, j: 60 },
		{ i: 37, j: 81 }
	])('cell ($i, $j) holds the direct formula at its center', ({ i, j }) => {
		const center: LonLat = [-6 + (i + 0.5) * 0.1, 10 + (j + 0.5) * 0.1];
		expect(surface.values[j * 160 + i]).toBeCloseTo(earliestMinutes(bases, center), 6);
	});

	it.each([
		{ place: 'Chinagodrar', p: [3.0019, 15.2258] as LonLat, expected: 30 + (213.6 / 850) * 60 },
		{ place: 'Ménaka', p: [2.4, 15.9167] as LonLat, expected: 30 + (272 / 850) * 60 },
		{ place: 'Tongo Tongo', p: [1.8355, 15.0532] as LonLat, expected: 30 + (178 / 850) * 60 },
		{ place: 'Ayorou', p: [0.92, 14.7347] as LonLat, expected: 30 + (194 / 850) * 60 }
	])('near $place it is within a cell of the direct formula (≈ $expected min)', ({ p, expected }) => {
		// Half a cell diagonal is under 8 km: at most 0.6 min at the Mirage's 850 km/h.
		expect(Math.abs(valueAt(p) - earliestMinutes(bases, p))).toBeLessThan(0.6);
		// facts.md distances from the real airport, which the test base moved by about 4 km.
		expect(Math.abs(valueAt(p) - expected)).toBeLessThan(1);
	});

	it('each band vertex lies on its isochrone and rings wind as d3-geo expects', () => {
		const mq9: ResponseBase = { position: [8.0139, 16.9503], scrambleMinutes: 10, cruiseKmh: 370 };
		const { bands } = responseSurface({ bases: [mq9], extent: [[3, 12], [13, 22]], thresholdsMinutes: [5, 30, 60] });
		expect(bands[0]!.coordinates).toEqual([]); // still on the ground at 5 minutes
		for (const band of bands.slice(1)) {
			expect(band.coordinates).toHaveLength(1);
			const [exterior, ...holes] = band.coordinates[0]!;
			expect(holes).toEqual([]);
			expect(signedArea(exterior!)).toBeLessThan(0);
			for (const vertex of exterior!) {
				// 0.1 min is 600 m at 370 km/h; half a cell off would be about 6 km.
				expect(Math.abs(earliestMinutes([mq9], vertex as LonLat) - band.value)).toBeLessThan(0.1);
			}
		}
	});

	it('over two bases, every exterior ring winds clockwise and any hole anticlockwise', () => {
		for (const band of surface.bands) {
			for (const polygon of band.coordinates) {
				for (const [k, ring] of polygon.entries()) expect(Math.sign(signedArea(ring))).toBe(k === 0 ? -1 : 1);
			}
		}
	});

	it('widens an extent that is not whole cells', () => {
		const { width, height, extent } = responseSurface({ bases, extent: [[0, 0], [1.05, 0.5]], cellDeg: 0.1 });
		expect([width, height]).toEqual([11, 5]);
		expect(extent[1][0]).toBeCloseTo(1.1, 9);
	});

	it('with no base every cell waits forever and no band is drawn', () => {
		const empty = responseSurface({ bases: [], extent: SAHEL });
		expect(empty.values.every((v) => v === Infinity)).toBe(true);
		expect(empty.bands.every((band) => band.coordinates.length === 0)).toBe(true);
	});

	it.each([
		{ options: { bases: [{ ...niamey, cruiseKmh: 0 }], extent: SAHEL }, message: 'invalid bases[0].cruiseKmh: 0' },
		{ options: { bases: [{ ...niamey, scrambleMinutes: -1 }], extent: SAHEL }, message: 'invalid bases[0].scrambleMinutes: -1' },
		{ options: { bases, extent: SAHEL, cellDeg: 0 }, message: 'invalid cellDeg: 0' },
		{ options: { bases, extent: [[10, 10], [-6, 20]] as typeof SAHEL }, message: 'invalid extent: [[10,10],[-6,20]]' },
		{ options: { bases, extent: SAHEL, thresholdsMinutes: [Number.NaN] }, message: 'invalid thresholdsMinutes: NaN' }
	])('rejects $message', ({ options, message }) => {
		expect(() => responseSurface(options)).toThrow(message);
	});
});
