// Colours for the event grid: a cell holding events begun inside the window takes the recent
// colour (a ramp by count when the grid is a density raster); a cell with only older events, a
// faded grey; an empty cell stays transparent, so the map shows through.
import type { EventRaster } from './event-raster';

/** Colours as 0xAABBGGRR words, the byte order of ImageData on little-endian machines. */
export function rgbaWord(r: number, g: number, b: number, a = 255): number {
	return ((a << 24) | (b << 16) | (g << 8) | r) >>> 0;
}

/** A word's colour as `#rrggbb` and its opacity (0–1), for a file or a stylesheet. */
export function wordColour(word: number): { hex: string; opacity: number } {
	const hex = [word & 255, (word >>> 8) & 255, (word >>> 16) & 255].map((c) => c.toString(16).padStart(2, '0')).join('');
	return { hex: `#${hex}`, opacity: Math.round(((word >>> 24) / 255) * 100) / 100 };
}

export interface RasterPalette {
	/** Colour of a cell with recent events, by count: `recent[i]` from `from[i]` events on (`from` ascending, starting at 1). */
	recent: readonly number[];
	from: readonly number[];
	older: number;
}

/** Okabe–Ito reddish purple for events in the window (4.1:1 on the map's land), grey for older ones. */
export const POINT_PALETTE: RasterPalette = { recent: [rgbaWord(0xa6, 0x3d, 0x86)], from: [1], older: rgbaWord(0x8c, 0x86, 0x7c, 150) };

/**
 * ColorBrewer's RdPu, its darker half: one hue family with the points' colour, ordered by lightness
 * (readable without colour vision), each at least 3.3:1 on the map's land.
 */
const DENSITY_RAMP = [rgbaWord(0xd2, 0x2a, 0x91), rgbaWord(0xad, 0x0a, 0x81), rgbaWord(0x7d, 0x01, 0x76), rgbaWord(0x49, 0x00, 0x6a)];

/**
 * A density palette whose steps reach the densest cell: 1, then round numbers (1, 2, 5 × 10ⁿ) at even
 * steps of its logarithm. Fixed steps (1, 10, 100) would paint a million events one colour; steps
 * from the whole table at this camera, not from the cells at the clock's time, keep each colour's
 * meaning while the clock moves.
 */
export function densityPalette(densest: number): RasterPalette {
	const from = [1];
	for (let i = 1; i < DENSITY_RAMP.length; i++) {
		const step = roundNumber(Math.pow(Math.max(densest, 1), i / DENSITY_RAMP.length));
		if (step > from.at(-1)!) from.push(step);
	}
	return { recent: DENSITY_RAMP.slice(DENSITY_RAMP.length - from.length), from, older: POINT_PALETTE.older };
}

/** The largest of 1, 2, 5 × 10ⁿ not above `x` (x ≥ 1). */
function roundNumber(x: number): number {
	const power = Math.pow(10, Math.floor(Math.log10(x)));
	const leading = x / power;
	return (leading >= 5 ? 5 : leading >= 2 ? 2 : 1) * power;
}

/** Writes one word per cell into `pixels` (raster.columns × raster.rows, 0xAABBGGRR on little-endian machines). */
export function paintRaster(raster: EventRaster, pixels: Uint32Array, palette: RasterPalette): void {
	for (let cell = 0; cell < raster.recent.length; cell++) pixels[cell] = cellColour(raster, cell, palette);
}

/** A rectangle of cells: columns [x, x + width), rows [y, y + height). */
export interface CellRect {
	x: number;
	y: number;
	width: number;
	height: number;
}

/**
 * Writes the words of the cells changed since the last take (EventRaster.takeChanged) into
 * `pixels`, painted before with the same palette (paintRaster); returns the rectangle that holds
 * them, to put on the canvas, or null when no cell changed.
 */
export function paintChangedCells(raster: EventRaster, pixels: Uint32Array, palette: RasterPalette): CellRect | null {
	const changed = raster.takeChanged();
	if (changed.length === 0) return null;
	const columns = raster.columns;
	let [left, top, right, bottom] = [columns, raster.rows, 0, 0];
	for (const cell of changed) {
		pixels[cell] = cellColour(raster, cell, palette);
		const x = cell % columns;
		const y = (cell - x) / columns;
		if (x < left) left = x;
		if (x > right) right = x;
		if (y < top) top = y;
		if (y > bottom) bottom = y;
	}
	return { x: left, y: top, width: right - left + 1, height: bottom - top + 1 };
}

function cellColour(raster: EventRaster, cell: number, palette: RasterPalette): number {
	const n = raster.recent[cell]!;
	if (n === 0) return raster.older[cell]! > 0 ? palette.older : 0;
	const steps = palette.from.length;
	let step = 0;
	while (step + 1 < steps && n >= palette.from[step + 1]!) step++;
	return palette.recent[step]!;
}
