import { describe, expect, it } from 'vitest';
import { EventGrid } from './event-grid.svelte';

/** A grid over rows 1000 … 1000 + count − 1, 400 px tall with a 30 px header, at 16 px to the rem. */
function gridOf(count: number, width = 1000) {
	let rows = { first: 1000, end: 1000 + count };
	const grid = new EventGrid(() => rows);
	grid.width = width;
	grid.height = 430;
	grid.headHeight = 30;
	return { grid, moveList: (first: number, end: number) => (rows = { first, end }) };
}

describe('EventGrid', () => {
	it('renders a screenful and the overscan, not the whole list', () => {
		const { grid } = gridOf(1_000_000);
		// 2.1 rem rows: 34 px; 400 px of rows in view.
		expect(grid.rowHeight).toBe(34);
		expect(grid.positions).toEqual(Array.from({ length: Math.ceil(400 / 34) + 6 }, (_, i) => i));
	});

	it('moves the focus by keys and scrolls just enough to show it', () => {
		const { grid } = gridOf(500);
		expect(grid.key('ArrowDown', false)).toBe(true);
		expect([grid.active, grid.column, grid.focusedRow, grid.scrollTop]).toEqual([1, 0, 1001, 0]);
		expect(grid.key('ArrowRight', false)).toBe(true);
		expect(grid.column).toBe(1);
		grid.key('PageDown', false);
		// A page is the rows wholly in view less one: 400 / 34 → 11 − 1.
		expect(grid.active).toBe(11);
		expect(grid.scrollTop).toBe(12 * 34 - 400);
		grid.key('End', true);
		expect([grid.active, grid.column, grid.scrollTop]).toEqual([499, 5, 500 * 34 - 400]);
		expect(grid.positions).toContain(499);
		expect(grid.key('Enter', false)).toBe(false);
	});

	it('keeps the focused row in the page when the list scrolls away from it, so Tab finds it', () => {
		const { grid } = gridOf(500);
		grid.focus(3, 2);
		grid.scrollTop = 300 * 34;
		expect(grid.positions[0]).toBe(3);
		expect(grid.positions.slice(1).every((p) => p >= 290)).toBe(true);
	});

	it('keeps the same event focused when the clock adds rows, and stays inside a list that shrinks', () => {
		const { grid, moveList } = gridOf(100);
		grid.focus(40, 0);
		moveList(1000, 1200);
		expect(grid.focusedRow).toBe(1040);
		moveList(1000, 1010);
		expect([grid.active, grid.focusedRow]).toEqual([9, 1009]);
	});

	it('stacks a row’s cells on narrow screens, in taller rows', () => {
		expect(gridOf(10, 360).grid.narrow).toBe(true);
		expect(gridOf(10, 360).grid.rowHeight).toBe(Math.round(5.6 * 16));
		expect(gridOf(10, 800).grid.narrow).toBe(false);
	});
});
