import { geoInterpolate, type GeoProjection } from 'd3';
import { greatCircleKm } from '../geo/distance';
import type { LonLat } from '../geo/lonlat';
import type { ChapterExtent } from '../scenario/schema';
import { chapterCamera, type CameraTransform } from './chapter-camera';
import { NO_INSETS, type Insets } from './camera-insets';
import { readableExtent } from './readable-scale';

/** A centre and the kilometres across the map's width there, as a chapter's extent. */
export type CameraExtent = ChapterExtent;

/**
 * The presenter's map, width / height, on the screens a talk is given from (1114 × 913 px at
 * 1920 × 1080, 742 × 605 at 1280 × 800): the chapters' extents are chosen on it, and every
 * page's camera shows a target north to south as it does there.
 */
export const PRESENTER_ASPECT = 1.2;

/** Pixels the screen may miss a point by and still be "the same place" (a projection's inverse is not exact). */
const ROUND_TRIP_PX = 0.5;

/**
 * The transform that frames `extent` on a width × height map drawn with `projection`, or the whole
 * region for null (the projection already fits it to the map). Deeper than maxZoom, the centre
 * stays where it was asked for and a little more shows around it. With `insets`, the extent is
 * framed in the rectangle they leave (what is laid over the map covers the rest): its width spans
 * the extent's kilometres, its centre is the extent's.
 */
export function cameraFor(
	extent: CameraExtent | null,
	width: number,
	height: number,
	projection: GeoProjection,
	maxZoom: number,
	insets: Insets = NO_INSETS
): CameraTransform {
	if (!extent) return WHOLE_REGION;
	const across = width - insets.left - insets.right;
	const down = height - insets.top - insets.bottom;
	const camera = chapterCamera(extent, across, down, projection);
	const k = Math.min(maxZoom, camera.k);
	const cx = (across / 2 - camera.x) / camera.k;
	const cy = (down / 2 - camera.y) / camera.k;
	return { k, x: insets.left + across / 2 - k * cx, y: insets.top + down / 2 - k * cy };
}

/** Whether two cameras frame alike, to a hundredth of a pixel. */
export function sameCamera(a: CameraTransform, b: CameraTransform): boolean {
	return Math.abs(a.k - b.k) <= 1e-9 * a.k && Math.abs(a.x - b.x) < 0.01 && Math.abs(a.y - b.y) < 0.01;
}

/** How a page's camera shows its targets: see targetCamera. */
export interface TargetFraming {
	/** Width / height of the map the targets were chosen on (see extentForAspect), null to show them as given. */
	aspect: number | null;
	/** The coarsest the map may be (readable-scale.ts): a wider target is narrowed to it. */
	kmPerPx: number;
	maxZoom: number;
}

const WHOLE_REGION: CameraTransform = { k: 1, x: 0, y: 0 };

/**
 * The camera on a page's target (a chapter's extent, an attack's, or null for the whole region):
 * shown north to south as on the map it was chosen on, then narrowed about its centre until the
 * map is no coarser than `kmPerPx`, so a small map frames less and its attacks still read apart;
 * with `insets`, in the rectangle they leave (see cameraFor).
 */
export function targetCamera(
	target: CameraExtent | null,
	width: number,
	height: number,
	projection: GeoProjection,
	{ aspect, kmPerPx, maxZoom }: TargetFraming,
	insets: Insets = NO_INSETS
): CameraTransform {
	const across = width - insets.left - insets.right;
	const shown = target && aspect !== null ? extentForAspect(target, across, height - insets.top - insets.bottom, aspect) : target;
	const extent = shown ?? viewedExtent(WHOLE_REGION, width, height, projection);
	const readable = extent && readableExtent(extent, across, kmPerPx);
	return !shown && readable === extent ? WHOLE_REGION : cameraFor(readable, width, height, projection, maxZoom, insets);
}

/**
 * `extent` as a width × height map shows what it showed on the map it was chosen on, `aspect`
 * (width / height) wide: an extent is a width across, so a map wider for its height would show less
 * north to south; it is widened until it shows as much. A narrower map keeps the width (and shows more).
 */
export function extentForAspect(extent: CameraExtent, width: number, height: number, aspect: number): CameraExtent {
	const widen = Math.max(1, width / Math.max(1, height) / aspect);
	return widen === 1 ? extent : { ...extent, widthKm: extent.widthKm * widen };
}

/**
 * What a transform shows on a width × height map, as the extent cameraFor turns back into it: the
 * point at the centre, and the kilometres between the left and right edges through it. Null when
 * that line leaves the projection's world (the map panned far off it), which no extent can frame.
 */
export function viewedExtent({ k, x, y }: CameraTransform, width: number, height: number, projection: GeoProjection): CameraExtent | null {
	const sy = (height / 2 - y) / k;
	const at = (screenX: number): LonLat | null => {
		const sx = (screenX - x) / k;
		const point = projection.invert?.([sx, sy]);
		const back = point && projection(point);
		if (!back || !point.every(Number.isFinite) || Math.hypot(back[0] - sx, back[1] - sy) * k > ROUND_TRIP_PX) return null;
		return point;
	};
	const [left, center, right] = [at(0), at(width / 2), at(width)];
	if (!left || !center || !right) return null;
	return { center, widthKm: greatCircleKm(left, right) };
}

/**
 * The extent that shows both points with room around them (`margin` times their spread) on a map
 * `aspect` (width / height) wide: their north–south spread counts at the map's aspect, so a tall
 * pair fits a wide map too.
 */
export function extentAround(a: LonLat, b: LonLat, aspect: number, margin = 1.3): CameraExtent {
	const center = geoInterpolate(a, b)(0.5) as LonLat;
	const acrossKm = greatCircleKm([a[0], center[1]], [b[0], center[1]]);
	const downKm = greatCircleKm([center[0], a[1]], [center[0], b[1]]);
	return { center, widthKm: margin * Math.max(acrossKm, downKm * aspect) };
}
