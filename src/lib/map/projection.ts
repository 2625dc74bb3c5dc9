import { geoConicEqualArea, type GeoProjection } from 'd3';
import type { MultiPoint } from 'geojson';

/**
 * The frame the map opens on: the Sahel from Senegal to Chad, centred on the tri-border.
 * Points, not a polygon, so no ring winding can turn it into the rest of the globe.
 */
export const SAHEL_FRAME: MultiPoint = {
	type: 'MultiPoint',
	coordinates: [
		[-12, 7.5],
		[2, 7.5],
		[16, 7.5],
		[16, 22.5],
		[2, 22.5],
		[-12, 22.5]
	]
};

/** Equal-area conic with standard parallels bracketing the Sahel, so symbol areas compare fairly. */
export function sahelProjection(width: number, height: number, padding = 8): GeoProjection {
	return geoConicEqualArea()
		.parallels([10, 20])
		.rotate([-2, 0])
		.center([0, 15])
		.fitExtent(
			[
				[padding, padding],
				[Math.max(padding + 1, width - padding), Math.max(padding + 1, height - padding)]
			],
			SAHEL_FRAME
		);
}
