import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../dataset/prng';
import { projectMany, regionProjection } from './projection';

describe('projectMany', () => {
	// The seed's frame, a frame across Greenwich in the south, and one far east and north.
	const frames = [
		{ west: -12, south: 7.5, east: 16, north: 22.5 },
		{ west: -20, south: -35, east: 10, north: -5 },
		{ west: 100, south: 40, east: 150, north: 70 }
	];

	it.each(frames)('puts every point where d3’s projection puts it (frame %o)', (frame) => {
		const projection = regionProjection(frame, 900, 550);
		const random = mulberry32(Math.round(frame.west * 100));
		const n = 2000;
		const lon = new Float32Array(n);
		const lat = new Float32Array(n);
		for (let i = 0; i < n; i++) {
			// Inside the frame and well beyond it, across the antimeridian too.
			lon[i] = random() < 0.1 ? random() * 360 - 180 : frame.west + random() * (frame.east - frame.west);
			lat[i] = random() < 0.1 ? random() * 160 - 80 : frame.south + random() * (frame.north - frame.south);
		}
		const { x, y } = projectMany(frame, projection, lon, lat);
		// The worst error relative to the coordinate's size: Float32 keeps about 7 digits.
		let worst = { error: 0, at: '' };
		for (let i = 0; i < n; i++) {
			const [ex, ey] = projection([lon[i]!, lat[i]!])!;
			const error = Math.max(Math.abs(x[i]! - ex) / Math.max(1, Math.abs(ex)), Math.abs(y[i]! - ey) / Math.max(1, Math.abs(ey)));
			if (error > worst.error) worst = { error, at: `${lon[i]}, ${lat[i]}` };
		}
		expect(worst.error, `worst at ${worst.at}`).toBeLessThan(1e-6);
	});

	it('leaves NaN where a coordinate is missing', () => {
		const frame = frames[0]!;
		const { x, y } = projectMany(frame, regionProjection(frame, 900, 550), new Float32Array([NaN, 2]), new Float32Array([15, NaN]));
		expect([x[0], y[0], x[1], y[1]].map(Number.isNaN)).toEqual([true, true, true, true]);
	});
});
