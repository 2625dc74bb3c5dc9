import { untrack } from 'svelte';
import { regionProjection } from '../map/projection';
import type { GeoBox } from '../geo/geo-box';
import { cameraFor, sameCamera, viewedExtent, type TargetFraming } from '../map/camera';
import type { CameraTransform } from '../map/chapter-camera';
import { screenTransform, type ScreenTransform } from '../map/screen-transform';
import { flightDuration } from '../map/camera-flight';
import type { CameraTarget } from '../story/view-plan';
import { prefersReducedMotion } from './reduced-motion';
import type { ZoomGestures } from './zoom-gestures';
import { onFirstInteraction } from './first-interaction';
import { cameraKeyAction, ZOOM_STEP } from '../map/camera-keys';
import { clearCamera, type Overlays } from '../map/camera-clear';
import type { LonLat } from '../geo/lonlat';

const MIN_ZOOM = 0.8;
/** Deep enough to see a single attack about 50 km across. */
const MAX_ZOOM = 80;
const MOTION_MS = 350;
/** How long the "two fingers" hint stays after a one-finger drag on the map. */
const HINT_MS = 1800;

/**
 * The map's size, projection and camera, one for every page. The projection is derived from the
 * size, never mutated. The camera frames `target`, set by whoever sets the focus or a chapter.
 */
export class MapView {
	width = $state(960);
	height = $state(640);
	transform = $state.raw<ScreenTransform>(screenTransform({ k: 1, x: 0, y: 0 }));
	/** The region the projection is fitted to: the story's frame, widened to a loaded dataset's bounds. */
	frame = $state.raw<GeoBox>() as GeoBox;
	projection = $derived(regionProjection(this.frame, this.width, this.height));
	/** What the camera frames: a chapter's extent, the focused incident's, or null for the whole region. */
	target = $state.raw<CameraTarget | null>(null);
	/** What lies over the map (controls or clock, key, locator): the camera keeps the attacks clear of it (map/camera-clear.ts). */
	overlays = $state.raw<Overlays>({ boxes: [], locator: null });
	/** A one-finger drag just scrolled past the map: say how to move it. */
	gestureHint = $state(false);

	/** d3-zoom on the map, once loaded after the map first mounts; until then the camera jumps. */
	#gestures: ZoomGestures | null = null;
	/** Called with the gestures once they are wired (a key pressed while they load waits for them). */
	#pending: ((gestures: ZoomGestures) => void)[] = [];
	#loading: Promise<void> | null = null;
	/** Loads the gestures, once the map is attached. */
	#load: (() => void) | null = null;
	/** Whether the reader has zoomed or panned since the camera last framed its target. */
	#moved = $state(false);
	/** The place and width the reader chose by zooming or panning, null while the camera frames its target (a link carries it). */
	ownExtent = $derived(this.#moved ? viewedExtent(this.transform, this.width, this.height, this.projection) : null);
	#framing: TargetFraming;
	#keepClear: readonly LonLat[];
	/** Whether the camera has framed a target yet. */
	#framed = false;
	/**
	 * A flight asked for before the gestures loaded; its camera is computed when they have, at the map's
	 * size then (computed at the asking, it landed 160 px off at 1280 × 720 after a resize). It leaves
	 * from what was seen, refit to the new size: from the old transform, a phone's came from 1,200 km off.
	 */
	#flightWaiting: (() => CameraTransform) | null = null;

	/**
	 * The camera's one policy, on every page. A new target flies there (d3.interpolateZoom) and
	 * drops the reader's own zoom: they asked for that place. A resize jumps to frame again what
	 * was framed, the target or, if the reader has zoomed or panned since, the place and width they
	 * chose: the projection is refit to the new size, so keeping the old transform would show
	 * somewhere else. An overlay opened, closed or resized on the map refits the target (a flight once
	 * the gestures are wired). Nothing else refits, so the reader's zoom stays until one of those.
	 * `targetAspect`: the width / height of the map its targets were chosen on, null to show them as given;
	 * `keepClear`: the attacks' places, never framed under an overlay; `readableKmPerPx`: the coarsest it
	 * frames them at (map/readable-scale.ts). Call during a component's initialisation.
	 */
	constructor(frame: GeoBox, targetAspect: number | null, keepClear: readonly LonLat[], readableKmPerPx = Infinity) {
		this.frame = frame;
		this.#framing = { aspect: targetAspect, kmPerPx: readableKmPerPx, maxZoom: MAX_ZOOM };
		this.#keepClear = keepClear;
		let last = { width: this.width, height: this.height, projection: this.projection, overlays: this.overlays, target: this.target };
		$effect(() => {
			const { target, width, height, projection, overlays } = this;
			const resized = width !== last.width || height !== last.height;
			// A map squeezed to nothing (a tall notice above it) has nothing to frame; it frames again when it has room.
			if (!this.#hasRoom()) return;
			untrack(() => {
				if (!this.#framed) {
					// The first frame is where the page opens, not a move: no flight.
					this.#framed = true;
					this.#jump(this.#cameraOn(target));
				} else if (!resized && (target !== last.target || projection !== last.projection)) {
					this.#moved = false;
					this.#fly(() => this.#cameraOn(this.target));
				} else if (!resized && !this.#moved && overlays !== last.overlays) {
					// Most changes (the key growing as an attack begins) leave the framing as it was: set again, it re-projects everything.
					const camera = this.#cameraOn(target);
					if (!sameCamera(camera, this.transform)) {
						if (this.#gestures && !prefersReducedMotion()) this.#flyWith(this.#gestures, camera);
						else if (!this.#flightWaiting) this.#jump(camera);
					}
				} else if (resized && this.#flightWaiting) {
					const seen = viewedExtent(this.transform, last.width, last.height, last.projection);
					if (seen) this.transform = screenTransform(cameraFor(seen, width, height, projection, MAX_ZOOM));
				} else if (resized) {
					const own = this.#moved ? viewedExtent(this.transform, last.width, last.height, last.projection) : null;
					this.#moved = own !== null;
					this.#jump(own ? cameraFor(own, width, height, projection, MAX_ZOOM) : this.#cameraOn(target));
				}
				last = { width, height, projection, overlays, target };
			});
		});
	}

	/** Svelte attachment for the map's <svg>: d3-zoom for mouse, wheel and touch, loaded at the reader's first sign of life or the camera's first flight (first-interaction.ts). */
	attach = (svg: SVGSVGElement) => {
		let detached = false;
		const load = () => {
			cancelLoad();
			if (this.#loading) return;
			this.#loading = import('./zoom-gestures').then(({ zoomGestures }) => {
				if (detached) return;
				// The camera so far (a deep link, a first frame) becomes d3-zoom's starting point.
				const gestures = zoomGestures(svg, {
					scaleExtent: [MIN_ZOOM, MAX_ZOOM],
					start: this.transform,
					onzoom: (transform, gesture) => {
						this.transform = transform;
						// A mouse, wheel or touch gesture; the camera's own moves have none.
						if (gesture) this.#moved = true;
					}
				});
				this.#gestures = gestures;
				for (const run of this.#pending.splice(0)) run(gestures);
			});
		};
		const cancelLoad = onFirstInteraction(load);
		this.#load = load;
		let hideHint: ReturnType<typeof setTimeout> | undefined;
		const onetouch = (event: TouchEvent) => {
			if (event.touches.length !== 1) return;
			this.gestureHint = true;
			clearTimeout(hideHint);
			hideHint = setTimeout(() => (this.gestureHint = false), HINT_MS);
		};
		svg.addEventListener('touchmove', onetouch, { passive: true });
		return () => {
			detached = true;
			cancelLoad();
			this.#gestures?.detach();
			this.#gestures = null;
			this.#loading = null;
			this.#load = null;
			this.#pending = [];
			this.#flightWaiting = null;
			svg.removeEventListener('touchmove', onetouch);
			clearTimeout(hideHint);
		};
	};

	/** Runs now if the gestures are wired, else once they are loaded (nothing while the map is not on the page). */
	#withGestures(run: (gestures: ZoomGestures) => void): void {
		if (this.#gestures) return run(this.#gestures);
		if (!this.#load) return;
		this.#pending.push(run);
		this.#load();
	}

	zoomBy(factor: number): void {
		this.#moved = true;
		this.#withGestures((gestures) => gestures.scaleBy(factor, this.#duration()));
	}

	zoomIn = (): void => this.zoomBy(ZOOM_STEP);
	zoomOut = (): void => this.zoomBy(1 / ZOOM_STEP);

	panBy(dx: number, dy: number): void {
		this.#moved = true;
		this.#withGestures((gestures) => gestures.translateBy(dx / this.transform.k, dy / this.transform.k));
	}

	/** Flies to a place the reader asked to see (a whole flight): their own view, which reset() undoes. */
	show(extent: CameraTarget): void {
		this.#fly(() => cameraFor(extent, this.width, this.height, this.projection, MAX_ZOOM));
		this.#moved = true;
	}

	/**
	 * Opens on the framing a link carried, as the reader who shared it had chosen it: their own view, kept
	 * through resizes until a new target or reset(). Call once the target the rest of the link gives is set
	 * (its flight is called off). False, and the camera left as it was, for an extent this map cannot frame.
	 */
	restore(extent: CameraTarget): boolean {
		try {
			this.#jump(cameraFor(extent, this.width, this.height, this.projection, MAX_ZOOM));
		} catch {
			return false;
		}
		this.#moved = true;
		return true;
	}

	/** Undoes the reader's own zoom and pan: back to the target. */
	reset(): void {
		if (!this.#hasRoom()) return;
		this.#moved = false;
		this.#fly(() => this.#cameraOn(this.target));
	}

	/** The camera on a target as the page frames targets (map/camera.ts), clear of the overlays (map/camera-clear.ts). */
	#cameraOn(target: CameraTarget | null): CameraTransform {
		return clearCamera(target, this, this.#framing, this.overlays, this.#keepClear);
	}

	/** Timed by d3.interpolateZoom's path from here to there (see flightDuration); instant under prefers-reduced-motion. */
	#fly(camera: () => CameraTransform): void {
		if (!this.#load || prefersReducedMotion()) return this.#jump(camera());
		if (this.#gestures) return this.#flyWith(this.#gestures, camera());
		if (!this.#flightWaiting) {
			this.#withGestures((gestures) => {
				const waiting = this.#flightWaiting;
				this.#flightWaiting = null;
				if (waiting) this.#flyWith(gestures, waiting());
			});
		}
		this.#flightWaiting = camera;
	}

	#flyWith(gestures: ZoomGestures, camera: CameraTransform): void {
		gestures.moveTo(camera, flightDuration(this.transform, camera, this.width, this.height));
	}

	/** At once; a flight still waiting for the gestures is called off. */
	#jump(camera: CameraTransform): void {
		this.#flightWaiting = null;
		if (this.#gestures) this.#gestures.moveTo(camera, 0);
		else this.transform = screenTransform(camera);
	}

	/** +, −, 0 and the arrow keys (map/camera-keys.ts); returns whether the key was used. */
	handleKey(key: string): boolean {
		const action = cameraKeyAction(key);
		if (action === null) return false;
		if (action === 'reset') this.reset();
		else if ('zoom' in action) this.zoomBy(action.zoom);
		else this.panBy(...action.pan);
		return true;
	}

	#hasRoom = (): boolean => this.width > 0 && this.height > 0;
	#duration = (): number => (prefersReducedMotion() ? 0 : MOTION_MS);
}
