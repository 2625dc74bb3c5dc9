import type { GeoProjection } from 'd3';
import type { LonLat } from '../geo/lonlat';
import { cameraFor, extentForAspect, type CameraExtent } from './camera';
import { coveredInsets, NO_INSETS, type Insets } from './camera-insets';
import type { CameraTransform } from './chapter-camera';
import type { Box } from './label-geometry';
import { INCIDENT_LARGEST_RADIUS } from './symbols';

/** The map a camera frames on: its size and projection. */
export interface CameraMap {
	width: number;
	height: number;
	projection: GeoProjection;
}

/** Between an overlay and an attack's symbol beside it: its edge or ring stays clear. */
const OVERLAY_GAP_PX = 8;

/**
 * The camera on `target` as on a bare map (the framing readers know: the explorer's home, each
 * chapter's), unless that puts one of the places in `keepClear` (the attacks) under one of the
 * `overlays`; then framed in the rectangle they leave (camera-insets.ts), which zooms out. A place
 * counts as under an overlay when the largest symbol drawn there would come within OVERLAY_GAP_PX
 * of it; a place off the map does not count.
 * `aspect` is the width / height of the map the targets were chosen on (extentForAspect), null
 * to show them as given.
 */
export function clearCamera(
	target: CameraExtent | null,
	map: CameraMap,
	maxZoom: number,
	aspect: number | null,
	overlays: readonly Box[],
	keepClear: readonly LonLat[]
): CameraTransform {
	const bare = framedIn(target, map, maxZoom, aspect, NO_INSETS);
	if (!target || !keepClear.some((place) => hidden(place, bare, map, overlays))) return bare;
	return framedIn(target, map, maxZoom, aspect, coveredInsets(overlays, map.width, map.height, OVERLAY_GAP_PX));
}

function framedIn(target: CameraExtent | null, { width, height, projection }: CameraMap, maxZoom: number, aspect: number | null, insets: Insets): CameraTransform {
	const { top, right, bottom, left } = insets;
	const framed = target && aspect !== null ? extentForAspect(target, width - left - right, height - top - bottom, aspect) : target;
	return cameraFor(framed, width, height, projection, maxZoom, insets);
}

/** Whether the symbol at `place`, on the map under `camera`, would meet one of the overlays. */
function hidden(place: LonLat, { k, x, y }: CameraTransform, { width, height, projection }: CameraMap, boxes: readonly Box[]): boolean {
	const projected = projection(place);
	if (!projected) return false;
	const [sx, sy] = [x + k * projected[0], y + k * projected[1]];
	const r = INCIDENT_LARGEST_RADIUS + OVERLAY_GAP_PX;
	if (sx < -r || sy < -r || sx > width + r || sy > height + r) return false;
	return boxes.some((box) => sx > box.x - r && sx < box.x + box.width + r && sy > box.y - r && sy < box.y + box.height + r);
}
