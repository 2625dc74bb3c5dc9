// A frame to export, described before anything draws it: marks in layout pixels with every style
// resolved (no CSS class, no custom property), so the SVG writer and the canvas painter draw the
// same thing, and an exported SVG stands alone in an editor.

/** How a shape is painted; what is left out is not painted (no fill, no stroke). */
export interface Paint {
	fill?: string;
	fillOpacity?: number;
	stroke?: string;
	strokeWidth?: number;
	strokeOpacity?: number;
	/** Dash and gap lengths, px. */
	dash?: readonly number[];
	lineCap?: 'butt' | 'round';
	lineJoin?: 'miter' | 'round';
	opacity?: number;
}

export interface TextFont {
	/** px */
	size: number;
	weight: number;
	/** Letter spacing, em. */
	tracking?: number;
	italic?: boolean;
}

export type Mark =
	| ({ kind: 'path'; d: string } & Paint)
	| ({ kind: 'circle'; cx: number; cy: number; r: number } & Paint)
	| ({ kind: 'rect'; x: number; y: number; width: number; height: number; rx?: number } & Paint)
	| {
			kind: 'text';
			x: number;
			y: number;
			/** Each line's baseline lineHeight below the one before. */
			lines: readonly string[];
			lineHeight: number;
			font: TextFont;
			fill: string;
			/** A stroke under the letters, so they read over the map. */
			halo?: { colour: string; width: number };
			anchor: 'start' | 'middle' | 'end';
	  }
	| {
			/** A grid of coloured squares from (0, 0): the events' dots or density raster, as the screen's canvas draws them. */
			kind: 'cells';
			/** Side of a square, px. */
			cell: number;
			columns: number;
			rows: number;
			/** One colour a square, row by row, as 0xAABBGGRR words (scene/raster-paint); 0 leaves it empty. */
			words: Uint32Array<ArrayBuffer>;
	  }
	| {
			/**
			 * Marks that change only when `key` does (the base map, with the camera): a painter may keep
			 * them as a bitmap of (0, 0)–(width, height) and draw that frame after frame. A file writes the marks.
			 */
			kind: 'layer';
			key: string;
			width: number;
			height: number;
			marks: readonly Mark[];
			/**
			 * When set, the marks are in the map's projected pixels, drawn under this camera (a zoom
			 * transform) with their strokes as wide as on screen: a video's frames share them, and a
			 * camera's flight moves them without their paths being computed again.
			 */
			camera?: { k: number; x: number; y: number };
	  }
	| {
			kind: 'group';
			x: number;
			y: number;
			/** Degrees, clockwise, about (x, y). */
			rotate?: number;
			/** Scaled about (x, y) (a legend's swatch made smaller). */
			scale?: number;
			/** Drawn only inside (0, 0)–(width, height) of the group. */
			clip?: { width: number; height: number };
			marks: readonly Mark[];
	  };

/** The app's type, as its stylesheet sets it: fonts every system has, nothing to download. */
export const FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";

export interface Frame {
	/** Layout size, px; the output is `scale` times larger. */
	width: number;
	height: number;
	scale: number;
	/** Under everything; null leaves the background transparent. */
	background: string | null;
	/** For the SVG's <title> and <desc>. */
	title: string;
	description: string;
	marks: readonly Mark[];
}

export const group = (x: number, y: number, marks: readonly Mark[], rotate?: number): Mark => ({ kind: 'group', x, y, marks, ...(rotate ? { rotate } : {}) });

/** A mark drawn under a zoom of `k` with its strokes and dashes as wide as unzoomed (a layer's camera). */
export function unzoomedStrokes(mark: Mark, k: number): Mark {
	if (mark.kind !== 'path' && mark.kind !== 'circle' && mark.kind !== 'rect') return mark;
	return { ...mark, ...(mark.strokeWidth !== undefined || mark.stroke ? { strokeWidth: (mark.strokeWidth ?? 1) / k } : {}), ...(mark.dash ? { dash: mark.dash.map((d) => d / k) } : {}) };
}
