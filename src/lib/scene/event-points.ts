// Event points projected once per projection (on resize): a frame only adds the
// zoom's scale and translation (see event-raster.ts, which places them in cells).

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
