import { describe, expect, it } from 'vitest';
import { drawPoints, projectPoints, rgbaWord } from './event-points';

const colours = { recent: rgbaWord(255, 0, 0), older: rgbaWord(0, 0, 255) };
const identity = ([lon, lat]: [number, number]): [number, number] | null => (lon < 0 ? null : [lon, lat]);

describe('projectPoints', () => {
	it('keeps NaN where the projection has no point', () => {
		const p = projectPoints(new Float32Array([1, -1]), new Float32Array([2, 3]), identity);
		expect([...p.x]).toEqual([1, NaN]);
		expect([...p.y]).toEqual([2, NaN]);
	});
});

describe('drawPoints', () => {
	// Four points on a 10 × 10 canvas: (1,1), (5,5), (9,9), and one the projection could not place.
	const points = projectPoints(new Float32Array([1, 5, 9, -1]), new Float32Array([1, 5, 9, 0]), identity);
	const frame = (over: object) => ({ pixels: new Uint32Array(100), width: 10, height: 10, k: 1, tx: 0, ty: 0, shown: 4, recentFrom: 1, size: 1, ...over });
	const lit = (pixels: Uint32Array) => [...pixels.keys()].filter((i) => pixels[i] !== 0).map((i) => [i % 10, Math.floor(i / 10), pixels[i] === colours.recent ? 'recent' : 'older']);

	it('draws begun events only, the recent ones highlighted, and skips points off the projection', () => {
		const f = frame({});
		expect(drawPoints(points, f, colours)).toBe(3);
		expect(lit(f.pixels)).toEqual([[1, 1, 'older'], [5, 5, 'recent'], [9, 9, 'recent']]);
		const early = frame({ shown: 1 });
		drawPoints(points, early, colours);
		expect(lit(early.pixels)).toEqual([[1, 1, 'older']]);
	});

	it('applies the zoom and clips to the canvas', () => {
		const f = frame({ k: 2, tx: -4, ty: -4, recentFrom: 0 });
		// (1,1) → (-2,-2) off; (5,5) → (6,6); (9,9) → (14,14) off.
		expect(drawPoints(points, f, colours)).toBe(1);
		expect(lit(f.pixels)).toEqual([[6, 6, 'recent']]);
	});

	it('draws a square of `size` px centred on the point, clipped at the edges', () => {
		const f = frame({ size: 3, shown: 1, recentFrom: 0 });
		drawPoints(points, f, colours);
		expect(lit(f.pixels).map(([x, y]) => [x, y])).toEqual([[0, 0], [1, 0], [2, 0], [0, 1], [1, 1], [2, 1], [0, 2], [1, 2], [2, 2]]);
	});
});
