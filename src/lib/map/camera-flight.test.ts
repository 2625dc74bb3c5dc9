import { interpolateZoom } from 'd3';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { seedProjection } from '../../../tests/unit/seed';
import { chapterCamera } from './chapter-camera';
import { FLIGHT_MS, flightDuration, zoomView } from './camera-flight';

describe('zoomView', () => {
	it('is the map point at the viewport centre and the width seen, as d3-zoom interpolates', () => {
		const [cx, cy, w] = zoomView({ k: 4, x: -100, y: 60 }, 1280, 720);
		expect(cx).toBeCloseTo((640 + 100) / 4, 9);
		expect(cy).toBeCloseTo((360 - 60) / 4, 9);
		expect(w).toBeCloseTo(1280 / 4, 9);
	});

	it('fails loudly on a scale that is not positive', () => {
		expect(() => zoomView({ k: 0, x: 0, y: 0 }, 1280, 720)).toThrow('invalid scale: 0');
	});
});

describe('flightDuration', () => {
	const width = 1920;
	const height = 1080;
	const projection = seedProjection(width, height);
	const region = chapterCamera({ center: [1.9, 14.9], widthKm: 900 }, width, height, projection);
	const tongoTongo = chapterCamera({ center: [1.8355, 15.0532], widthKm: 120 }, width, height, projection);
	const chinagodrar = chapterCamera({ center: [2.95, 15.3], widthKm: 110 }, width, height, projection);

	it('is interpolateZoom’s recommended duration when that lies within the bounds', () => {
		const path = interpolateZoom(zoomView(region, width, height), zoomView(tongoTongo, width, height));
		expect(path.duration).toBeGreaterThan(FLIGHT_MS.min);
		expect(path.duration).toBeLessThan(FLIGHT_MS.max);
		expect(flightDuration(region, tongoTongo, width, height)).toBe(path.duration);
	});

	it('takes longer the further the camera travels at one zoom', () => {
		const niamey = chapterCamera({ center: [2.11, 13.51], widthKm: 120 }, width, height, projection);
		expect(flightDuration(tongoTongo, niamey, width, height)).toBeGreaterThan(flightDuration(tongoTongo, chinagodrar, width, height));
	});

	it('keeps a move to the same place short, and a very long one bounded', () => {
		expect(flightDuration(region, region, width, height)).toBe(FLIGHT_MS.min);
		const far = { k: 200, x: -200 * 5000, y: 0 };
		expect(flightDuration({ k: 0.8, x: 0, y: 0 }, far, width, height)).toBe(FLIGHT_MS.max);
	});

	it('is interpolateZoom’s duration, bounded, for any two views (random)', () => {
		const transform = fc.record({ k: fc.double({ min: 0.1, max: 400, noNaN: true }), x: fc.double({ min: -1e5, max: 1e5, noNaN: true }), y: fc.double({ min: -1e5, max: 1e5, noNaN: true }) });
		fc.assert(
			fc.property(transform, transform, (from, to) => {
				const d3 = interpolateZoom(zoomView(from, width, height), zoomView(to, width, height)).duration;
				expect(flightDuration(from, to, width, height)).toBe(Math.min(FLIGHT_MS.max, Math.max(FLIGHT_MS.min, d3)));
			}),
			{ numRuns: 500 }
		);
	});
});
