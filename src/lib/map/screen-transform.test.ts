import { describe, expect, it } from 'vitest';
import { zoomIdentity } from 'd3';
import { screenTransform } from './screen-transform';

// d3-zoom's ZoomTransform is the reference: the map draws with either, so they must agree.
describe('screenTransform', () => {
	const cameras = [
		{ k: 1, x: 0, y: 0 },
		{ k: 2.5, x: -340.25, y: 118 },
		{ k: 80, x: -51234.5, y: -20871.125 },
		{ k: 0.8, x: 96, y: 64 }
	];
	const points: [number, number][] = [
		[0, 0],
		[640, 400],
		[-12.5, 1033.75]
	];
	it.each(cameras)('applies, inverts and prints as d3-zoom does at %o', (camera) => {
		const ours = screenTransform(camera);
		const d3 = zoomIdentity.translate(camera.x, camera.y).scale(camera.k);
		expect(ours.toString()).toBe(d3.toString());
		for (const point of points) {
			expect(ours.apply(point)[0]).toBeCloseTo(d3.apply(point)[0], 9);
			expect(ours.apply(point)[1]).toBeCloseTo(d3.apply(point)[1], 9);
			expect(ours.invert(point)[0]).toBeCloseTo(d3.invert(point)[0], 9);
			expect(ours.invert(point)[1]).toBeCloseTo(d3.invert(point)[1], 9);
			expect(ours.invert(ours.apply(point))[0]).toBeCloseTo(point[0], 9);
		}
	});
});
