import { zoomIdentity, type ZoomTransform } from 'd3';
import { regionProjection } from '../map/projection';
import type { GeoBox } from '../geo/geo-box';
import { cameraFor, extentForAspect, PRESENTER_ASPECT } from '../map/camera';
import type { CameraTransform } from '../map/chapter-camera';
import type { CameraTarget } from '../story/view-plan';

/** As deep as the page's camera goes (MapView's MAX_ZOOM). */
const MAX_ZOOM = 80;

/**
 * An exported frame's camera: its own size and projection, fitted to the same region as the
 * page's map, and a transform set from outside (no gestures, no flights of its own), so a
 * MapScene on it places every symbol and label for the frame's size, not the screen's.
 */
export class FrameView {
	width = $state(0);
	height = $state(0);
	transform = $state.raw<ZoomTransform>(zoomIdentity);
	frame = $state.raw<GeoBox>() as GeoBox;
	projection = $derived(regionProjection(this.frame, Math.max(1, this.width), Math.max(1, this.height)));

	constructor(frame: GeoBox, width: number, height: number) {
		this.frame = frame;
		this.width = width;
		this.height = height;
	}

	/**
	 * The transform that shows what a camera target showed on a map `aspect` (width / height) wide
	 * (a chapter's extent on the presenter's, the page's own view on the page's map), north to south
	 * too, or the whole region for null.
	 */
	cameraOf(target: CameraTarget | null, aspect: number): CameraTransform {
		const framed = target && extentForAspect(target, this.width, this.height, aspect);
		return cameraFor(framed, this.width, this.height, this.projection, MAX_ZOOM);
	}

	/** Frames what a camera target shows (see cameraOf). */
	look(target: CameraTarget | null, aspect = PRESENTER_ASPECT): void {
		const { k, x, y } = this.cameraOf(target, aspect);
		// The same camera keeps its transform: what hangs on it (every symbol's place, the labels) is not computed again.
		if (k !== this.transform.k || x !== this.transform.x || y !== this.transform.y) this.transform = zoomIdentity.translate(x, y).scale(k);
	}

	resize(width: number, height: number): void {
		this.width = width;
		this.height = height;
	}
}
