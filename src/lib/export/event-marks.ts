// The events under the story (a ?data= table, an imported dataset) in an exported frame, as the
// screen's canvas draws them (components/map/EventCanvas.svelte): the same grid of cells at the
// same size for the zoom, the same colours, so the file shows what the screen shows.
import { bisectLeft, bisectRight, type GeoProjection } from 'd3';
import type { EventTable } from '../dataset/event-table';
import type { GeoBox } from '../geo/geo-box';
import { projectMany } from '../map/projection';
import { cellSize, EventRaster, isDensityRaster, type ProjectedPoints } from '../scene/event-raster';
import { densityPalette, paintRaster, POINT_PALETTE, type RasterPalette } from '../scene/raster-paint';
import type { Mark } from './frame';

export interface EventsAt {
	table: EventTable;
	/** The map's region, its projection at the frame's size, and the camera on it. */
	frame: GeoBox;
	projection: GeoProjection;
	transform: { k: number; x: number; y: number };
	width: number;
	height: number;
	time: number;
	windowFrom: number;
}

export interface DrawnEvents {
	mark: Mark;
	density: boolean;
	palette: RasterPalette;
}

/**
 * The events' cells for frame after frame: rows projected once per table and projection, placed
 * once per camera and size, then moved by the clock's steps only (a video's frames cost what
 * each step changes, as on screen).
 */
export class EventCells {
	#points: { table: EventTable; projection: GeoProjection; points: ProjectedPoints } | null = null;
	#raster: { key: string; raster: EventRaster; words: Uint32Array<ArrayBuffer> } | null = null;

	/** The raster at this camera and size, placed once for each. */
	#placed({ table, frame, projection, transform, width, height }: EventsAt) {
		if (this.#points?.table !== table || this.#points.projection !== projection) {
			this.#points = { table, projection, points: projectMany(frame, projection, table.lon, table.lat) };
			this.#raster = null;
		}
		const w = Math.max(1, Math.round(width));
		const h = Math.max(1, Math.round(height));
		const key = [w, h, transform.k, transform.x, transform.y].join('|');
		if (this.#raster?.key !== key) {
			const raster = new EventRaster(this.#points.points, { width: w, height: h, k: transform.k, tx: transform.x, ty: transform.y, cell: cellSize(table.length, transform.k) });
			this.#raster = { key, raster, words: new Uint32Array(raster.columns * raster.rows) };
		}
		return this.#raster;
	}

	/** How the events are drawn at this camera (dots, or density steps that reach its densest cell), for the legend. */
	drawnWith(at: EventsAt): Pick<DrawnEvents, 'density' | 'palette'> {
		const density = isDensityRaster(at.table.length);
		return { density, palette: density ? densityPalette(this.#placed(at).raster.densest) : POINT_PALETTE };
	}

	/** The cells at this time and camera. The mark's words are rewritten by the next call: paint or write a frame before composing the next. */
	at(at: EventsAt): DrawnEvents {
		const { raster, words } = this.#placed(at);
		raster.moveTo({ shown: bisectRight(at.table.start, at.time), recentFrom: bisectLeft(at.table.start, at.windowFrom) });
		const drawn = this.drawnWith(at);
		paintRaster(raster, words, drawn.palette);
		return { mark: { kind: 'cells', cell: raster.cell, columns: raster.columns, rows: raster.rows, words }, ...drawn };
	}
}

/** The cells as rectangles, one list of runs a colour: `M x,y h w v c h -w z` for each run of equal cells in a row. */
export function cellRuns(mark: Extract<Mark, { kind: 'cells' }>): Map<number, string> {
	const { cell, columns, rows, words } = mark;
	const runs = new Map<number, string[]>();
	for (let row = 0; row < rows; row++) {
		let column = 0;
		while (column < columns) {
			const word = words[row * columns + column]!;
			let end = column + 1;
			while (end < columns && words[row * columns + end] === word) end++;
			if (word !== 0) {
				const d = `M${column * cell},${row * cell}h${(end - column) * cell}v${cell}h${-(end - column) * cell}z`;
				const list = runs.get(word);
				if (list) list.push(d);
				else runs.set(word, [d]);
			}
			column = end;
		}
	}
	return new Map([...runs].map(([word, list]) => [word, list.join('')]));
}
