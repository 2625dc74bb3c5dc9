// Event points drawn straight into a pixel buffer: a million points fit in a
// frame when each is a few array writes, and no DOM node stands for any of them.
// The points are projected once per projection (on resize); a frame only adds
// the zoom's scale and translation. Events up to the clock's time are drawn,
// those that began inside the shown window in a strong colour, earlier ones
// faded; events not yet begun are not drawn.

export interface ProjectedPoints {
	/** Projected coordinates before the zoom transform, in px; NaN where the projection has no point. */
	readonly x: Float32Array;
	readonly y: Float32Array;
}

export function projectPoints(lon: Float32Array, lat: Float32Array, project: (lonLat: [number, number]) => [number, number] | null): ProjectedPoints {
	const x = new Float32Array(lon.length);
	const y = new Float32Array(lon.length);
	for (let i = 0; i < lon.length; i++) {
		const p = project([lon[i]!, lat[i]!]);
		x[i] = p ? p[0] : NaN;
		y[i] = p ? p[1] : NaN;
	}
	return { x, y };
}

/** Colours as 0xAABBGGRR words, the byte order of ImageData on little-endian machines. */
export function rgbaWord(r: number, g: number, b: number, a = 255): number {
	return ((a << 24) | (b << 16) | (g << 8) | r) >>> 0;
}

/** Okabe–Ito reddish purple for events in the window (≥ 3:1 on the map's land), grey for older ones. */
export const EVENT_COLOURS = { recent: rgbaWord(0xa6, 0x3d, 0x86), older: rgbaWord(0x8c, 0x86, 0x7c, 150) };

export interface PointFrame {
	/** The canvas's pixels, width × height words, cleared by the caller. */
	pixels: Uint32Array;
	width: number;
	height: number;
	/** The zoom: screen = projected × k + (tx, ty). */
	k: number;
	tx: number;
	ty: number;
	/** Rows [0, shown) are drawn (begun by the clock's time); rows from `recentFrom` on are highlighted. */
	shown: number;
	recentFrom: number;
	/** Side of the square drawn per point, px. */
	size: number;
}

/** Draws the points; returns how many fell on the canvas. Older points first, so recent ones stay on top. */
export function drawPoints(points: ProjectedPoints, frame: PointFrame, colours = EVENT_COLOURS): number {
	const { pixels, width, height, k, tx, ty, shown, size } = frame;
	const recentFrom = Math.min(Math.max(frame.recentFrom, 0), shown);
	const half = size >> 1;
	let drawn = 0;
	for (let i = 0; i < shown; i++) {
		const px = Math.round(points.x[i]! * k + tx) - half;
		const py = Math.round(points.y[i]! * k + ty) - half;
		// NaN fails both tests, so a point the projection could not place is skipped.
		if (!(px > -size && px < width && py > -size && py < height)) continue;
		const colour = i >= recentFrom ? colours.recent : colours.older;
		const x0 = Math.max(0, px);
		const x1 = Math.min(width, px + size);
		const y1 = Math.min(height, py + size);
		for (let y = Math.max(0, py); y < y1; y++) pixels.fill(colour, y * width + x0, y * width + x1);
		drawn++;
	}
	return drawn;
}
