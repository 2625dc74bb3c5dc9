import { describe, expect, it } from 'vitest';
import { mulberry32, randomInt } from '../dataset/prng';
import { EventRaster, type RasterGeometry } from './event-raster';
import { densityPalette, paintChangedCells, paintRaster, POINT_PALETTE, rgbaWord } from './raster-paint';

/** Counts per cell computed from scratch, one row at a time, as a reader would define them. */
function naiveCounts(x: Float32Array, y: Float32Array, g: RasterGeometry, shown: number, recentFrom: number) {
	const columns = Math.ceil(g.width / g.cell);
	const size = columns * Math.ceil(g.height / g.cell);
	const recent = new Uint32Array(size);
	const older = new Uint32Array(size);
	for (let row = 0; row < Math.min(shown, x.length); row++) {
		const sx = x[row]! * g.k + g.tx;
		const sy = y[row]! * g.k + g.ty;
		if (!(sx >= 0 && sx < g.width && sy >= 0 && sy < g.height)) continue;
		const cell = Math.floor(sy / g.cell) * columns + Math.floor(sx / g.cell);
		(row >= recentFrom ? recent : older)[cell]!++;
	}
	return { recent, older };
}

/** The first cell where two grids differ, or -1 (cheaper than a deep equality on thousands of cells). */
function firstDifference(a: Uint32Array, b: Uint32Array): number {
	if (a.length !== b.length) return 0;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return i;
	return -1;
}

function randomPoints(seed: number, n: number) {
	const random = mulberry32(seed);
	const x = new Float32Array(n);
	const y = new Float32Array(n);
	for (let i = 0; i < n; i++) {
		// Some off the canvas, some off the projection (NaN).
		x[i] = random() < 0.02 ? NaN : random() * 140 - 20;
		y[i] = random() * 110 - 10;
	}
	return { x, y };
}

/** A random table of points and a camera over it, from a seed: some cells hold many rows, some none. */
function randomCase(seed: number) {
	const random = mulberry32(seed * 7919);
	const n = 50 + randomInt(random, 400);
	const points = randomPoints(seed, n);
	const geometry = { width: 60 + randomInt(random, 70), height: 50 + randomInt(random, 40), k: 0.5 + random() * 2, tx: random() * 20 - 10, ty: random() * 20 - 10, cell: 1 + randomInt(random, 5) };
	return { random, n, points, geometry };
}

describe('EventRaster', () => {
	it('after any sequence of moves, holds the counts a from-scratch count gives', () => {
		for (let seed = 1; seed <= 20; seed++) {
			const { random, n, points, geometry } = randomCase(seed);
			const raster = new EventRaster(points, geometry);
			for (let move = 0; move < 30; move++) {
				// Steps small and large, forwards and back, and out-of-range values clamped.
				const shown = randomInt(random, n + 20) - 5;
				const recentFrom = randomInt(random, n + 20) - 5;
				raster.moveTo({ shown, recentFrom });
				const clampedShown = Math.min(Math.max(shown, 0), n);
				const expected = naiveCounts(points.x, points.y, geometry, clampedShown, Math.max(recentFrom, 0));
				expect(firstDifference(raster.recent, expected.recent), `recent, seed ${seed}, move ${move}`).toBe(-1);
				expect(firstDifference(raster.older, expected.older), `older, seed ${seed}, move ${move}`).toBe(-1);
			}
		}
	});

	it('visits only the rows between the old and new boundaries', () => {
		const points = randomPoints(3, 10_000);
		const raster = new EventRaster(points, { width: 100, height: 100, k: 1, tx: 0, ty: 0, cell: 1 });
		expect(raster.moveTo({ shown: 5000, recentFrom: 4000 })).toBe(5000);
		// One step forward: 10 rows begin; the window's start moves 3 rows on.
		expect(raster.moveTo({ shown: 5010, recentFrom: 4003 })).toBe(13);
		expect(raster.moveTo({ shown: 5010, recentFrom: 4003 })).toBe(0);
	});
});

describe('paintRaster', () => {
	// One row of six cells holding 0, 1, 5, 10, 100 and 1 events, all in the window.
	const x = new Float32Array([1, 2, 2, 2, 2, 2, ...Array(10).fill(3), ...Array(100).fill(4), 5]);
	const y = new Float32Array(x.length).fill(0.5);
	const raster = new EventRaster({ x, y }, { width: 6, height: 1, k: 1, tx: 0, ty: 0, cell: 1 });
	raster.moveTo({ shown: x.length, recentFrom: 0 });

	it('colours recent cells by steps that reach the densest cell, leaves empty cells clear', () => {
		expect(raster.densest).toBe(100);
		// 100^(1/4) ≈ 3.2 → 2; 100^(1/2) = 10; 100^(3/4) ≈ 31.6 → 20.
		const palette = densityPalette(raster.densest);
		expect(palette.from).toEqual([1, 2, 10, 20]);
		const pixels = new Uint32Array(6);
		paintRaster(raster, pixels, palette);
		const r = palette.recent;
		expect([...pixels]).toEqual([0, r[0], r[1], r[2], r[3], r[0]]);
	});

	it('gives a sparse table fewer, distinct steps', () => {
		expect(densityPalette(1).from).toEqual([1]);
		expect(densityPalette(3).from).toEqual([1, 2]);
		expect(densityPalette(16).from).toEqual([1, 2, 5]);
		expect(densityPalette(1e6).from).toEqual([1, 20, 1000, 20000]);
		for (const densest of [1, 3, 16, 1e6]) expect(densityPalette(densest).recent).toHaveLength(densityPalette(densest).from.length);
	});

	it('gives every recent cell one colour as a scatter plot, and older-only cells the faded one', () => {
		const older = new EventRaster({ x: new Float32Array([1, 2]), y: new Float32Array([0.5, 0.5]) }, { width: 3, height: 1, k: 1, tx: 0, ty: 0, cell: 1 });
		older.moveTo({ shown: 2, recentFrom: 1 });
		const pixels = new Uint32Array(3);
		paintRaster(older, pixels, POINT_PALETTE);
		expect([...pixels]).toEqual([0, POINT_PALETTE.older, POINT_PALETTE.recent[0]]);
	});
});

describe('paintChangedCells', () => {
	it('after any sequence of moves, leaves the pixels a whole repaint gives, and its rectangle holds every cell that changed', () => {
		for (let seed = 1; seed <= 20; seed++) {
			const { random, n, points, geometry } = randomCase(seed);
			const raster = new EventRaster(points, geometry);
			const palette = seed % 2 ? densityPalette(raster.densest) : POINT_PALETTE;
			const incremental = new Uint32Array(raster.columns * raster.rows);
			raster.takeChanged();
			paintRaster(raster, incremental, palette);
			for (let move = 0; move < 30; move++) {
				// Mostly small steps forwards and back, as a scrub makes them, and some jumps.
				const shown = move % 5 === 0 ? randomInt(random, n + 1) : Math.max(0, raster.shown + randomInt(random, 40) - 15);
				const before = incremental.slice();
				raster.moveTo({ shown, recentFrom: shown - randomInt(random, 200) });
				const rect = paintChangedCells(raster, incremental, palette);
				const whole = new Uint32Array(incremental.length);
				paintRaster(raster, whole, palette);
				expect(firstDifference(incremental, whole), `seed ${seed}, move ${move}`).toBe(-1);
				for (let cell = 0; cell < whole.length; cell++) {
					if (whole[cell] === before[cell]) continue;
					const [x, y] = [cell % raster.columns, Math.floor(cell / raster.columns)];
					expect(rect, `seed ${seed}, move ${move}: cell ${cell} changed outside the rectangle`).not.toBeNull();
					expect(x >= rect!.x && x < rect!.x + rect!.width && y >= rect!.y && y < rect!.y + rect!.height).toBe(true);
				}
			}
		}
	});

	it('has nothing to put when no cell changed, and lists a cell once however many of its rows changed', () => {
		const x = new Float32Array([1.5, 1.5, 1.5, 3.5]);
		const y = new Float32Array([0.5, 0.5, 0.5, 0.5]);
		const raster = new EventRaster({ x, y }, { width: 4, height: 1, k: 1, tx: 0, ty: 0, cell: 1 });
		raster.moveTo({ shown: 3, recentFrom: 0 });
		expect(raster.takeChanged()).toEqual([1]);
		expect(paintChangedCells(raster, new Uint32Array(4), POINT_PALETTE)).toBeNull();
		raster.moveTo({ shown: 4, recentFrom: 0 });
		expect(paintChangedCells(raster, new Uint32Array(4), POINT_PALETTE)).toEqual({ x: 3, y: 0, width: 1, height: 1 });
	});
});

describe('rgbaWord', () => {
	it('lays its bytes out as ImageData does: red, green, blue, alpha', () => {
		const words = new Uint32Array([rgbaWord(1, 2, 3, 4), rgbaWord(250, 0, 128)]);
		expect([...new Uint8ClampedArray(words.buffer)]).toEqual([1, 2, 3, 4, 250, 0, 128, 255]);
	});
});
