/** A lon/lat rectangle in degrees, west ≤ east (none of the Sahel crosses the antimeridian). */
export interface GeoBox {
	west: number;
	south: number;
	east: number;
	north: number;
}

/** The smallest box holding both. */
export function unionBox(a: GeoBox, b: GeoBox): GeoBox {
	return { west: Math.min(a.west, b.west), south: Math.min(a.south, b.south), east: Math.max(a.east, b.east), north: Math.max(a.north, b.north) };
}

/** The box of some points, or null for none. */
export function boxAround(points: Iterable<{ lon: number; lat: number }>): GeoBox | null {
	let box: GeoBox | null = null;
	for (const { lon, lat } of points) {
		if (!Number.isFinite(lon) || !Number.isFinite(lat)) continue;
		box = box ? unionBox(box, { west: lon, south: lat, east: lon, north: lat }) : { west: lon, south: lat, east: lon, north: lat };
	}
	return box;
}

/** Wider on every side by a share of its span, at least `minDegrees`, within the globe. */
export function padBox(box: GeoBox, share: number, minDegrees: number): GeoBox {
	const dx = Math.max((box.east - box.west) * share, minDegrees);
	const dy = Math.max((box.north - box.south) * share, minDegrees);
	return { west: Math.max(-180, box.west - dx), south: Math.max(-85, box.south - dy), east: Math.min(180, box.east + dx), north: Math.min(85, box.north + dy) };
}
