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
	const span = frame.north - frame.south;
	return geoConicEqualArea()
		.parallels([frame.south + span / 6, frame.north - span / 6])
		.rotate([-(frame.west + frame.east) / 2, 0])
		.center([0, (frame.south + frame.north) / 2])
		.fitExtent(
			[
				[padding, padding],
				[Math.max(padding + 1, width - padding), Math.max(padding + 1, height - padding)]
			],
			framePoints(frame)
		);
}
