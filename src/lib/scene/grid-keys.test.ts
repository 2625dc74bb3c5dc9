import { describe, expect, it } from 'vitest';
import { mulberry32, randomInt } from '../dataset/prng';
import { gridKeyMove } from './grid-keys';

describe('gridKeyMove', () => {
	const size = { rows: 100, columns: 6, page: 12 };

	it('moves as the ARIA grid pattern says', () => {
		const at = { position: 50, column: 3 };
		expect(gridKeyMove('ArrowDown', false, at, size)).toEqual({ position: 51, column: 3 });
		expect(gridKeyMove('ArrowUp', false, at, size)).toEqual({ position: 49, column: 3 });
		expect(gridKeyMove('ArrowRight', false, at, size)).toEqual({ position: 50, column: 4 });
		expect(gridKeyMove('ArrowLeft', false, at, size)).toEqual({ position: 50, column: 2 });
		expect(gridKeyMove('PageDown', false, at, size)).toEqual({ position: 62, column: 3 });
		expect(gridKeyMove('PageUp', false, at, size)).toEqual({ position: 38, column: 3 });
		expect(gridKeyMove('Home', false, at, size)).toEqual({ position: 50, column: 0 });
		expect(gridKeyMove('End', false, at, size)).toEqual({ position: 50, column: 5 });
		expect(gridKeyMove('Home', true, at, size)).toEqual({ position: 0, column: 0 });
		expect(gridKeyMove('End', true, at, size)).toEqual({ position: 99, column: 5 });
	});

	it('leaves other keys alone', () => {
		for (const key of ['Enter', 'Tab', 'a', ' ', 'Escape']) expect(gridKeyMove(key, false, { position: 3, column: 1 }, size)).toBeNull();
	});

	it('stays inside the grid from anywhere, whatever the page size (random cells)', () => {
		const random = mulberry32(4);
		const keys = ['ArrowDown', 'ArrowUp', 'ArrowRight', 'ArrowLeft', 'PageDown', 'PageUp', 'Home', 'End'];
		for (let q = 0; q < 2000; q++) {
			const grid = { rows: 1 + randomInt(random, 50), columns: 1 + randomInt(random, 8), page: randomInt(random, 30) };
			const at = { position: randomInt(random, grid.rows), column: randomInt(random, grid.columns) };
			const key = keys[randomInt(random, keys.length)]!;
			const next = gridKeyMove(key, random() < 0.5, at, grid)!;
			expect(next.position).toBeGreaterThanOrEqual(0);
			expect(next.position).toBeLessThan(grid.rows);
			expect(next.column).toBeGreaterThanOrEqual(0);
			expect(next.column).toBeLessThan(grid.columns);
			// An arrow moves one cell at most, along one axis.
			if (key.startsWith('Arrow')) expect(Math.abs(next.position - at.position) + Math.abs(next.column - at.column)).toBeLessThanOrEqual(1);
		}
	});
});
