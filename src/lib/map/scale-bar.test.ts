import { describe, expect, it } from 'vitest';
import { kmPerPixel, scaleBarLength } from './scale-bar';
import { seedProjection } from '../../../tests/unit/seed';

describe('scaleBarLength', () => {
	it.each([
		[1, 140, 100],
		[2, 140, 250],
		[10, 140, 1000],
		[0.1, 140, 10],
		[0.03, 140, 2]
	])('at %f km/px with %i px picks %i km', (kmPx, maxPx, km) => {
		const bar = scaleBarLength(kmPx, maxPx);
		expect(bar.km).toBe(km);
		expect(bar.px).toBeCloseTo(km / kmPx);
		expect(bar.px).toBeLessThanOrEqual(maxPx);
	});
});

describe('kmPerPixel', () => {
	it('matches the distance between two projected towns, and halves when zoomed twice', () => {
		const projection = seedProjection(1000, 700);
		// Niamey → Ouallam, about 90 km, almost due north: near the projection's centre scale is even.
		const a = projection([2.1175, 13.515])!;
		const b = projection([2.0984, 14.3176])!;
		const pixels = Math.hypot(b[0] - a[0], b[1] - a[1]);
		const perPx = kmPerPixel(projection, a, 1);
		expect(perPx * pixels).toBeGreaterThan(89 * 0.97);
		expect(perPx * pixels).toBeLessThan(89.6 * 1.03);
		expect(kmPerPixel(projection, a, 2)).toBeCloseTo(perPx / 2);
	});
});
