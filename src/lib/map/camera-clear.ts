import type { GeoProjection } from 'd3';
import type { LonLat } from '../geo/lonlat';
import { targetCamera, type CameraExtent, type TargetFraming } from './camera';
import { coveredInsets } from './camera-insets';
import { LOCATOR_ZOOM } from './locator';
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

/** What lies over the map, in the order its corners are cut off (camera-insets.ts). */
export interface Overlays {
	/** Always there: the controls or the presenter's clock and note, the key. */
	boxes: readonly Box[];
	/** Where the locator stands, over a map zoomed in to LOCATOR_ZOOM or more; null before it has shown. */
	locator: Box | null;
}

/**
 * The camera on `target` as on a bare map (the framing readers know: the explorer's home, each
 * chapter's), unless that puts one of the places in `keepClear` (the attacks) under an overlay;
 * then framed in the rectangle the overlays leave (camera-insets.ts), which zooms out: the rectangle
 * the controls and key leave, or, if an attack is still under the locator there, the one the
 * locator leaves too. A small map's readable scale (targetCamera) narrows a target, which can leave
 * an attack just outside that rectangle yet on the map, under an overlay: then the same framings at
 * the target's own width. A place counts as under an overlay when the largest symbol drawn there
 * would come within OVERLAY_GAP_PX of it (the locator only at a zoom that shows it); a place off the
 * map does not count. When no framing clears every attack, the rectangle the controls and key leave,
 * or the one the locator leaves too if the locator still shows there.
 */
export function clearCamera(
	target: CameraExtent | null,
	map: CameraMap,
	framing: TargetFraming,
	{ boxes, locator }: Overlays,
	keepClear: readonly LonLat[]
): CameraTransform {
	const shown = (camera: CameraTransform) => (locator && camera.k >= LOCATOR_ZOOM ? [...boxes, locator] : boxes);
	const clear = (camera: CameraTransform) => !keepClear.some((place) => hidden(place, camera, map, shown(camera)));
	const framed = (cut: readonly Box[], how = framing) => targetCamera(target, map.width, map.height, map.projection, how, coveredInsets(cut, map.width, map.height, OVERLAY_GAP_PX));
	const bare = framed([]);
	if (!target || clear(bare)) return bare;
	const cuts = locator ? [boxes, [...boxes, locator]] : [boxes];
	const wide = framing.kmPerPx < Infinity ? [[], ...cuts].map((cut) => framed(cut, { ...framing, kmPerPx: Infinity })) : [];
	const narrowed = cuts.map((cut) => framed(cut));
	const cleared = [...narrowed, ...wide].find(clear);
	if (cleared) return cleared;
	const [besideBoxes, besideAll = besideBoxes] = narrowed as [CameraTransform, CameraTransform?];
	return besideAll.k >= LOCATOR_ZOOM ? besideAll : besideBoxes;
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
