import type { GeoProjection } from 'd3';
import { greatCircleKm } from '../geo/distance';
import type { LonLat } from '../geo/lonlat';
import type { ChapterExtent } from '../scenario/schema';

/** A d3-zoom transform: the map is drawn in <g transform="translate(x,y) scale(k)">. */
export interface CameraTransform {
	k: number;
	x: number;
	y: number;
}

const MAX_ITERATIONS = 20;
const TOLERANCE = 1e-6;

/**
 * The transform that puts the chapter's centre in the middle of a width × height viewport and
 * makes the viewport's width span `widthKm`: the great-circle distance between the left and
 * right edges, through the centre, on the map drawn with `projection` (made for that viewport).
 */
export function chapterCamera(extent: ChapterExtent, width: number, height: number, projection: GeoProjection): CameraTransform {
	if (!(width > 0 && height > 0)) throw new Error(`invalid viewport: ${width}×${height}`);
	const centre = projection(extent.center);
	if (!centre) throw new Error(`invalid extent center: ${extent.center.join(', ')}`);
	const [cx, cy] = centre;
	const invert = (x: number): LonLat => {
		const point = projection.invert?.([x, cy]);
		if (!point || !point.every(Number.isFinite)) throw new Error(`invalid extent: the map has no point at x = ${x}`);
		return point;
	};
	// Kilometres between the points `half` projected pixels left and right of the centre.
	const spanKm = (half: number) => greatCircleKm(invert(cx - half), invert(cx + half));

	// The scale changes across the map, so start from the scale at the centre and correct
	// until the span is widthKm; each step is nearly exact, as the span is nearly linear.
	let half = extent.widthKm / 2 / spanKm(0.5);
	for (let i = 0; i < MAX_ITERATIONS; i++) {
		const ratio = extent.widthKm / spanKm(half);
		half *= ratio;
		if (Math.abs(ratio - 1) < TOLERANCE) {
			const k = width / (2 * half);
			return { k, x: width / 2 - k * cx, y: height / 2 - k * cy };
		}
	}
	throw new Error(`invalid extent width: ${extent.widthKm} km does not fit on the map`);
}
