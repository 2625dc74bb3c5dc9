import { describe, expect, it } from 'vitest';
import type { LonLat } from '../geo/lonlat';
import { requiredSpeedKmh, responseTime } from './response-time';
import { lawOfCosinesKm } from '../../../tests/unit/reference-geodesy';


const MINUTE = 60_000;
const niameyAirport: LonLat = [2.1703, 13.4817];
const chinagodrar: LonLat = [3.0019, 15.2258];
const airBase201: LonLat = [8.0139, 16.9503];
// Nigerien alert reached the French at about 13:00 local (12:00 UTC), 9 Jan 2020.
const alert = Date.UTC(2020, 0, 9, 12, 0);

describe('responseTime', () => {
	it.each([
		{ name: 'MQ-9 from Niamey', from: niameyAirport, cruiseKmh: 370, flightMinutes: 35, tolerance: 0.5 },
		{ name: 'MQ-9 from Air Base 201', from: airBase201, cruiseKmh: 370, flightMinutes: 92, tolerance: 0.5 },
		{ name: 'Mirage 2000D from Niamey at 850 km/h', from: niameyAirport, cruiseKmh: 850, flightMinutes: 15.1, tolerance: 0.1 }
	])('$name flies ≈ $flightMinutes min to Chinagodrar (facts.md)', ({ from, cruiseKmh, flightMinutes, tolerance }) => {
		const result = responseTime({ alert, scrambleMinutes: 0, distanceKm: lawOfCosinesKm(from, chinagodrar), cruiseKmh });
		expect(Math.abs(result.flightMinutes - flightMinutes)).toBeLessThanOrEqual(tolerance);
	});

	it('keeps alert, scramble and flight apart and adds them up', () => {
		const result = responseTime({ alert, scrambleMinutes: 30, distanceKm: 213.6, cruiseKmh: 854.4 });
		expect(result).toEqual({
			alert,
			takeoff: alert + 30 * MINUTE,
			arrival: alert + 45 * MINUTE,
			scrambleMinutes: 30,
			flightMinutes: 15,
			totalMinutes: 45
		});
	});

	it('at zero distance arrives at take-off', () => {
		const result = responseTime({ alert, scrambleMinutes: 12, distanceKm: 0, cruiseKmh: 370 });
		expect(result.arrival).toBe(result.takeoff);
		expect(result.flightMinutes).toBe(0);
	});

	it('a slower cruise speed arrives later', () => {
		const options = { alert, scrambleMinutes: 30, distanceKm: 213.6 };
		expect(responseTime({ ...options, cruiseKmh: 500 }).arrival).toBeGreaterThan(
			responseTime({ ...options, cruiseKmh: 850 }).arrival
		);
	});

	it.each([
		{ option: 'cruiseKmh', value: 0 },
		{ option: 'cruiseKmh', value: -370 },
		{ option: 'cruiseKmh', value: Number.NaN },
		{ option: 'cruiseKmh', value: Infinity },
		{ option: 'scrambleMinutes', value: -1 },
		{ option: 'distanceKm', value: -1 },
		{ option: 'distanceKm', value: Number.NaN },
		{ option: 'alert', value: Number.NaN }
	])('rejects $option = $value', ({ option, value }) => {
		const options = { alert, scrambleMinutes: 30, distanceKm: 213.6, cruiseKmh: 850, [option]: value };
		expect(() => responseTime(options)).toThrow(`invalid ${option}: ${value}`);
	});
});

describe('requiredSpeedKmh', () => {
	it.each([
		{ name: '15 min over Niamey airport → Chinagodrar', distanceKm: lawOfCosinesKm(niameyAirport, chinagodrar), minutes: 15, expected: 854, tolerance: 2 },
		{ name: '20 min over the same (the other account)', distanceKm: lawOfCosinesKm(niameyAirport, chinagodrar), minutes: 20, expected: 641, tolerance: 2 },
		{ name: 'one hour over 370 km', distanceKm: 370, minutes: 60, expected: 370, tolerance: 1e-9 },
		{ name: 'no distance', distanceKm: 0, minutes: 10, expected: 0, tolerance: 0 }
	])('$name needs ≈ $expected km/h', ({ distanceKm, minutes, expected, tolerance }) => {
		expect(Math.abs(requiredSpeedKmh(distanceKm, minutes) - expected)).toBeLessThanOrEqual(tolerance);
	});

	it('is the inverse of the flight time', () => {
		const { flightMinutes } = responseTime({ alert, scrambleMinutes: 0, distanceKm: 569, cruiseKmh: 370 });
		expect(requiredSpeedKmh(569, flightMinutes)).toBeCloseTo(370, 9);
	});

	it.each([0, -5, Number.NaN])('rejects minutes = %s', (minutes) => {
		expect(() => requiredSpeedKmh(213.6, minutes)).toThrow(`invalid minutes: ${minutes}`);
	});
});
