import { describe, expect, it } from 'vitest';
import { geoEquirectangular } from 'd3';
import { viewRing } from './locator';

describe('viewRing', () => {
	// 1 px = 0.1°, the top left corner at 0°E 20°N.
	const projection = geoEquirectangular().scale(180 / Math.PI / 0.1).translate([0, 200]);
	const invert = (p: [number, number]) => projection.invert!(p) as [number, number];

	it('walks the map’s edges clockwise from the top left, closed, in degrees', () => {
		const ring = viewRing(100, 50, invert, 2);
		const rounded = ring.map(([lon, lat]) => [Math.round(lon * 10) / 10, Math.round(lat * 10) / 10]);
		expect(rounded).toEqual([
			[0, 20],
			[5, 20],
			[10, 20],
			[10, 17.5],
			[10, 15],
			[5, 15],
			[0, 15],
			[0, 17.5],
			[0, 20]
		]);
	});

	it('leaves out points with no place on the globe', () => {
		const ring = viewRing(100, 50, (p) => (p[0] > 50 ? null : invert(p)), 2);
		expect(ring.every(([lon]) => lon <= 5)).toBe(true);
		expect(ring.at(-1)).toEqual(ring[0]);
	});
});
