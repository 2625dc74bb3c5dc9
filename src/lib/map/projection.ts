import { geoConicEqualArea, type GeoProjection } from 'd3';
import type { MultiPoint } from 'geojson';
import type { GeoBox } from '../geo/geo-box';

/**
 * The frame as points along its edges, not a polygon, so no ring winding can turn it into the
 * rest of the globe; the middle of each long edge too, since parallels curve in a conic projection.
 */
function framePoints({ west, south, east, north }: GeoBox): MultiPoint {
	const middle = (west + east) / 2;
	return {
		type: 'MultiPoint',
		coordinates: [
			[west, south],
			[middle, south],
			[east, south],
			[east, north],
			[middle, north],
			[west, north]
		]
	};
}

/**
 * An equal-area conic fitted to the region the data configures (the map's frame), so symbol areas
 * compare fairly: centred on the frame, its standard parallels a sixth of the way in from its
 * southern and northern edges (the usual rule for a conic's least distortion over a band).
 */
export function regionProjection(frame: GeoBox, width: number, height: number, padding = 8): GeoProjection {
	return geoConicEqualArea()
		.parallels(standardParallels(frame))
		.rotate([centralMeridian(frame), 0])
		.center([0, (frame.south + frame.north) / 2])
		.fitExtent(
			[
				[padding, padding],
				[Math.max(padding + 1, width - padding), Math.max(padding + 1, height - padding)]
			],
			framePoints(frame)
		);
}

function standardParallels(frame: GeoBox): [number, number] {
	const span = frame.north - frame.south;
	return [frame.south + span / 6, frame.north - span / 6];
}

/** d3's rotation: the frame's middle meridian turned to 0°. */
function centralMeridian(frame: GeoBox): number {
	return -(frame.west + frame.east) / 2;
}

const RADIANS = Math.PI / 180;

/** Projects rows [from, to) of `lon`, `lat` into the same rows of `x`, `y`. */
export type ProjectRows = (lon: Float32Array, lat: Float32Array, x: Float32Array, y: Float32Array, from: number, to: number) => void;

/**
 * Projects many points at once, as `regionProjection(frame, …)` would one by one, without an array
 * per point: a million events are projected in a few tens of milliseconds instead of several
 * hundred. The Albers equal-area conic's formulas with d3's rotation, then its scale and
 * translation, read off the projection itself. NaN where a
 * coordinate is not a number. Points the frame's parallels cannot project (both at a pole) are
 * left to the projection.
 */
export function projectMany(frame: GeoBox, projection: GeoProjection, lon: Float32Array, lat: Float32Array): { x: Float32Array; y: Float32Array } {
	const x = new Float32Array(lon.length);
	const y = new Float32Array(lon.length);
	rowProjector(frame, projection)(lon, lat, x, y, 0, lon.length);
	return { x, y };
}

/** projectMany's work, a range of rows at a time (a caller may spread a million rows over several tasks). */
export function rowProjector(frame: GeoBox, projection: GeoProjection): ProjectRows {
	const [phi0, phi1] = standardParallels(frame).map((d) => d * RADIANS) as [number, number];
	const n = (Math.sin(phi0) + Math.sin(phi1)) / 2;
	if (Math.abs(n) < 1e-9) {
		return (lon, lat, x, y, from, to) => {
			for (let i = from; i < to; i++) {
				const p = projection([lon[i]!, lat[i]!]);
				x[i] = p ? p[0] : NaN;
				y[i] = p ? p[1] : NaN;
			}
		};
	}
	const c = 1 + Math.sin(phi0) * (2 * n - Math.sin(phi0));
	const r0 = Math.sqrt(c) / n;
	const shift = centralMeridian(frame);
	const raw = (lonDeg: number, latDeg: number): [number, number] => {
		// Longitude into [-180°, 180°) after the rotation, as d3 wraps it.
		const lambda = ((((lonDeg + shift + 180) % 360) + 360) % 360) - 180;
		const r = Math.sqrt(c - 2 * n * Math.sin(latDeg * RADIANS)) / n;
		return [r * Math.sin(lambda * RADIANS * n), r0 - r * Math.cos(lambda * RADIANS * n)];
	};
	// d3 maps raw (x, y) to (dx + k·x, dy − k·y): k is its scale; dx, dy from one point it projects.
	const k = projection.scale();
	const centre: [number, number] = [(frame.west + frame.east) / 2, (frame.south + frame.north) / 2];
	const [cx, cy] = projection(centre)!;
	const [rx, ry] = raw(centre[0], centre[1]);
	const dx = cx - k * rx;
	const dy = cy + k * ry;
	const nRadians = n * RADIANS;
	return (lon, lat, x, y, from, to) => {
		for (let i = from; i < to; i++) {
			// raw(), inlined: no array per point.
			const lambda = ((((lon[i]! + shift + 180) % 360) + 360) % 360) - 180;
			const r = Math.sqrt(c - 2 * n * Math.sin(lat[i]! * RADIANS)) / n;
			x[i] = dx + k * r * Math.sin(lambda * nRadians);
			y[i] = dy - k * (r0 - r * Math.cos(lambda * nRadians));
		}
	};
}
