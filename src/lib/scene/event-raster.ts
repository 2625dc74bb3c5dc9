// Event points as counts in a grid of screen cells, kept up to date as the clock moves.
//
// A step of the clock begins or un-begins only the rows between its old and new time, and moves
// only the rows between the old and new window start from "recent" to "older": the grid is updated
// for those rows alone, so a step costs the rows it changes plus one pass over the cells, never a
// pass over a million rows. Only a new camera or size (a pan, a zoom, a resize) places every row
// again. The cells a step changed are kept for the painter (raster-paint: paintChangedCells), so
// the canvas is drawn again only where it changed. With one-pixel cells the grid is a scatter plot; with larger cells and a colour ramp by
// count it is a density raster, which shows where a million events are where dots would merge.

/** Projected coordinates before the zoom transform, px, projected once per projection (map/projection: projectMany); NaN where there is no point. */
export interface ProjectedPoints {
	readonly x: Float32Array;
	readonly y: Float32Array;
}

export interface RasterGeometry {
	/** The canvas, px. */
	width: number;
	height: number;
	/** The zoom: screen = projected × k + (tx, ty). */
	k: number;
	tx: number;
	ty: number;
	/** Side of a cell, px (≥ 1). */
	cell: number;
}

/** Which rows are drawn: [0, shown) have begun by the clock's time; of these, rows from `recentFrom` on are in the window. */
export interface RasterTime {
	shown: number;
	recentFrom: number;
}

export class EventRaster {
	readonly columns: number;
	readonly rows: number;
	readonly cell: number;
	/** Events per cell, split into those begun inside the window and those begun before it. */
	readonly recent: Uint32Array;
	readonly older: Uint32Array;
	readonly #points: ProjectedPoints;
	readonly #geometry: RasterGeometry;
	#shown = 0;
	#olderEnd = 0;
	/** Cells whose counts changed since the last takeChanged, each once; `#marked` says which are listed. */
	#changed: number[] = [];
	readonly #marked: Uint8Array;
	/** The most events any one cell holds once every row has begun: what a density ramp must reach. */
	readonly densest: number;

	constructor(points: ProjectedPoints, geometry: RasterGeometry) {
		const cell = Math.max(1, Math.floor(geometry.cell));
		this.cell = cell;
		this.columns = Math.max(1, Math.ceil(geometry.width / cell));
		this.rows = Math.max(1, Math.ceil(geometry.height / cell));
		this.recent = new Uint32Array(this.columns * this.rows);
		this.older = new Uint32Array(this.columns * this.rows);
		this.#marked = new Uint8Array(this.columns * this.rows);
		this.#points = points;
		this.#geometry = { ...geometry, cell };
		this.densest = this.#densestCell();
	}

	/**
	 * Row r's cell, or -1 off the canvas (or off the projection). Computed when a row changes rather
	 * than kept per row: a million rows' cells would hold 4 MB for what a step touches in a few.
	 */
	#cellOf(row: number): number {
		const { k, tx, ty, width, height, cell } = this.#geometry;
		const x = this.#points.x[row]! * k + tx;
		const y = this.#points.y[row]! * k + ty;
		// NaN fails both tests, so a point the projection could not place is off the grid.
		return x >= 0 && x < width && y >= 0 && y < height ? Math.floor(y / cell) * this.columns + Math.floor(x / cell) : -1;
	}

	#densestCell(): number {
		const counts = new Uint32Array(this.recent.length);
		let densest = 0;
		for (let row = 0; row < this.#points.x.length; row++) {
			const cell = this.#cellOf(row);
			if (cell >= 0 && ++counts[cell]! > densest) densest = counts[cell]!;
		}
		return densest;
	}

	get shown(): number {
		return this.#shown;
	}

	/** Moves the grid to a new time; returns how many rows changed category. */
	moveTo(time: RasterTime): number {
		const length = this.#points.x.length;
		const shown = clampRow(time.shown, length);
		const olderEnd = Math.min(clampRow(time.recentFrom, length), shown);
		const before = { shown: this.#shown, olderEnd: this.#olderEnd };
		// A row's category depends only on where it stands against the two boundaries, so only the
		// rows between a boundary's old and new place can change.
		const spans = mergeSpans([
			[Math.min(before.shown, shown), Math.max(before.shown, shown)],
			[Math.min(before.olderEnd, olderEnd), Math.max(before.olderEnd, olderEnd)]
		]);
		let changed = 0;
		for (const [from, to] of spans) {
			for (let row = from; row < to; row++) {
				const was = category(row, before.shown, before.olderEnd);
				const is = category(row, shown, olderEnd);
				if (was === is) continue;
				changed++;
				const cell = this.#cellOf(row);
				if (cell < 0) continue;
				if (was === RECENT) this.recent[cell]!--;
				else if (was === OLDER) this.older[cell]!--;
				if (is === RECENT) this.recent[cell]!++;
				else if (is === OLDER) this.older[cell]!++;
				if (this.#marked[cell] === 0) {
					this.#marked[cell] = 1;
					this.#changed.push(cell);
				}
			}
		}
		this.#shown = shown;
		this.#olderEnd = olderEnd;
		return changed;
	}

	/** The cells whose counts changed since the last call (or since the raster was made), each once, and forgets them. */
	takeChanged(): number[] {
		const changed = this.#changed;
		this.#changed = [];
		for (const cell of changed) this.#marked[cell] = 0;
		return changed;
	}
}

const NONE = 0;
const OLDER = 1;
const RECENT = 2;

function category(row: number, shown: number, olderEnd: number): number {
	return row < olderEnd ? OLDER : row < shown ? RECENT : NONE;
}

function clampRow(row: number, length: number): number {
	return Math.min(Math.max(Math.floor(row) || 0, 0), length);
}

/** The two spans as disjoint ones, so no row is visited twice. */
function mergeSpans(spans: [number, number][]): [number, number][] {
	const sorted = spans.filter(([from, to]) => to > from).sort((a, b) => a[0] - b[0]);
	const merged: [number, number][] = [];
	for (const [from, to] of sorted) {
		const last = merged.at(-1);
		if (last && from <= last[1]) last[1] = Math.max(last[1], to);
		else merged.push([from, to]);
	}
	return merged;
}

/** From this many events on, the grid is a density raster: single dots would merge into blots. */
export const DENSITY_FROM_ROWS = 20_000;

export function isDensityRaster(rowCount: number): boolean {
	return rowCount >= DENSITY_FROM_ROWS;
}

/** The side of a cell, px, for a table of `rowCount` rows at zoom `k`: dots grow, density cells shrink, as the map zooms in. */
export function cellSize(rowCount: number, k: number): number {
	if (isDensityRaster(rowCount)) return k < 2 ? 4 : k < 6 ? 3 : 2;
	return k < 2 ? 1 : k < 6 ? 2 : 3;
}
