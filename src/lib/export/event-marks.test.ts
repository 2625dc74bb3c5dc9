import { describe, expect, it } from 'vitest';
import { syntheticEventTable } from '../dataset/synthetic';
import { regionProjection } from '../map/projection';
import { POINT_PALETTE } from '../scene/raster-paint';
import { cellRuns, EventCells } from './event-marks';
import { frameToSvg } from './svg-writer';
import type { Mark } from './frame';

const table = syntheticEventTable({ count: 400, seed: 3 });
const frame = { west: -18, south: 4, east: 25, north: 28 };
const width = 400;
const height = 300;
const projection = regionProjection(frame, width, height);
const time = Date.UTC(2021, 0, 1);
const windowFrom = Date.UTC(2020, 0, 1);
const at = { table, frame, projection, transform: { k: 1, x: 0, y: 0 }, width, height, time, windowFrom };

describe('EventCells', () => {
	it('colours each event’s pixel as the screen does: begun in the window, begun before it (grey), not yet begun (nothing)', () => {
		const { mark, density } = new EventCells().at(at);
		expect(density).toBe(false);
		if (mark.kind !== 'cells') throw new Error(mark.kind);
		expect([mark.cell, mark.columns, mark.rows]).toEqual([1, width, height]);
		// Each row placed by d3's projection, one at a time (not the batch projection the raster uses).
		const expected = new Map<number, number>();
		for (let row = 0; row < table.length; row++) {
			const [x, y] = projection([table.lon[row]!, table.lat[row]!])!;
			if (!(x >= 0 && x < width && y >= 0 && y < height) || table.start[row]! > time) continue;
			const cell = Math.floor(y) * width + Math.floor(x);
			const recent = table.start[row]! >= windowFrom;
			if (recent || !expected.has(cell)) expected.set(cell, recent ? POINT_PALETTE.recent[0]! : POINT_PALETTE.older);
		}
		expect(expected.size).toBeGreaterThan(50);
		const painted = new Map<number, number>();
		mark.words.forEach((word, cell) => word !== 0 && painted.set(cell, word));
		expect(painted).toEqual(expected);
	});

	it('draws nothing before the first event, and every event once the clock has passed them all', () => {
		const cells = new EventCells();
		const count = (t: number) => {
			const { mark } = cells.at({ ...at, time: t, windowFrom: t });
			return mark.kind === 'cells' ? mark.words.filter((w) => w !== 0).length : NaN;
		};
		expect(count(table.start[0]! - 1)).toBe(0);
		expect(count(table.start[table.length - 1]! + 1)).toBeGreaterThan(50);
	});
});

describe('cellRuns', () => {
	// 4 × 3 cells of 2 px: row 0 _ 5 5 _, row 1 7 5 5 5, row 2 _ _ 7 7.
	const mark: Extract<Mark, { kind: 'cells' }> = { kind: 'cells', cell: 2, columns: 4, rows: 3, words: Uint32Array.from([0, 5, 5, 0, 7, 5, 5, 5, 0, 0, 7, 7]) };

	it('covers exactly the cells painted, a rectangle for each run of one colour in a row', () => {
		expect(cellRuns(mark)).toEqual(
			new Map([
				[5, 'M2,0h4v2h-4zM2,2h6v2h-6z'],
				[7, 'M0,2h2v2h-2zM4,4h4v2h-4z']
			])
		);
	});

	it('is written into an SVG as one crisp path a colour, with its opacity', () => {
		const grey = POINT_PALETTE.older;
		const svg = frameToSvg({ width: 8, height: 6, scale: 1, background: null, title: '', description: '', marks: [{ ...mark, words: Uint32Array.from([grey, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]) }] });
		expect(svg).toContain('<path d="M0,0h2v2h-2z" fill="#8c867c" fill-opacity="0.59" shape-rendering="crispEdges"/>');
	});
});
