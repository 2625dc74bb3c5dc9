import { untrack } from 'svelte';
import { interpolateZoom, select, zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3';
import { regionProjection } from '../map/projection';
import type { GeoBox } from '../geo/geo-box';
import { cameraFor, viewedExtent } from '../map/camera';
import type { CameraTransform } from '../map/chapter-camera';
import { flightDuration } from '../map/camera-flight';
import type { CameraTarget } from '../story/view-plan';
import { prefersReducedMotion } from './reduced-motion';

const MIN_ZOOM = 0.8;
/** Deep enough to see a single attack about 50 km across. */
const MAX_ZOOM = 80;
const KEY_ZOOM_FACTOR = 1.6;
const KEY_PAN_PX = 60;
const MOTION_MS = 350;
/** How long the "two fingers" hint stays after a one-finger drag on the map. */
const HINT_MS = 1800;

/**
 * Cooperative gestures, as on embedded web maps: one finger scrolls the page (the map must not trap
 * a reader scrolling past it on a phone), two fingers pan and pinch; mouse and wheel as d3's default.
 */
function cooperative(event: MouseEvent | WheelEvent | TouchEvent): boolean {
	if ('touches' in event) return event.touches.length >= 2;
	return (!event.ctrlKey || event.type === 'wheel') && !(event as MouseEvent).button;
}

/**
 * The map's size, projection and camera, one for every page. The projection is derived from the
 * size, never mutated. The camera frames `target`, set by whoever sets the focus or a chapter.
 */
export class MapView {
	width = $state(960);
	height = $state(640);
	transform = $state.raw<ZoomTransform>(zoomIdentity);
	/** The region the projection is fitted to: the story's frame, widened to a loaded dataset's bounds. */
	frame = $state.raw<GeoBox>() as GeoBox;
	projection = $derived(regionProjection(this.frame, this.width, this.height));
	/** What the camera frames: a chapter's extent, the focused incident's, or null for the whole region. */
	target = $state.raw<CameraTarget | null>(null);

	/** A one-finger drag just scrolled past the map: say how to move it. */
	gestureHint = $state(false);

	#behavior: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
		.scaleExtent([MIN_ZOOM, MAX_ZOOM])
		.filter(cooperative)
		// d3-zoom's default, stated: transitions zoom out, pan and zoom in along van Wijk and Nuij's path.
		.interpolate(interpolateZoom)
		.on('zoom', (event: { transform: ZoomTransform; sourceEvent: unknown }) => {
			this.transform = event.transform;
			// A mouse, wheel or touch gesture; the camera's own moves have no source event.
			if (event.sourceEvent) this.#moved = true;
		});
	#svg: SVGSVGElement | null = null;
	/** Whether the reader has zoomed or panned since the camera last framed its target. */
	#moved = false;

	/**
	 * The camera's one policy, on every page. A new target flies there (d3.interpolateZoom) and
	 * drops the reader's own zoom: they asked for that place. A resize jumps to frame again what
	 * was framed, the target or, if the reader has zoomed or panned since, the place and width they
	 * chose: the projection is refit to the new size, so keeping the old transform would show
	 * somewhere else. Nothing else refits, so the reader's zoom stays until one of those.
	 * Call during a component's initialisation.
	 */
	constructor(frame: GeoBox) {
		this.frame = frame;
		let last = { width: this.width, height: this.height, projection: this.projection };
		$effect(() => {
			const { target, width, height, projection } = this;
			// A map squeezed to nothing (a tall notice above it) has nothing to frame; it frames again when it has room.
			if (!this.#hasRoom()) return;
			untrack(() => {
				if (width === last.width && height === last.height) {
					this.#moved = false;
					this.#fly(cameraFor(target, width, height, projection, MAX_ZOOM));
				} else {
					const own = this.#moved ? viewedExtent(this.transform, last.width, last.height, last.projection) : null;
					this.#moved = own !== null;
					this.#jump(cameraFor(own ?? target, width, height, projection, MAX_ZOOM));
				}
				last = { width, height, projection };
			});
		});
	}

	/** Svelte attachment for the map's <svg>: wires d3-zoom for mouse, wheel and touch. */
	attach = (svg: SVGSVGElement) => {
		this.#svg = svg;
		select(svg).call(this.#behavior).on('dblclick.zoom', null);
		// A camera set before the map mounted (a deep link) becomes d3-zoom's starting point.
		// Untracked: the attachment must not re-run (and cut transitions short) on every zoom.
		untrack(() => select(svg).call(this.#behavior.transform, this.transform));
		let hideHint: ReturnType<typeof setTimeout> | undefined;
		const onetouch = (event: TouchEvent) => {
			if (event.touches.length !== 1) return;
			this.gestureHint = true;
			clearTimeout(hideHint);
			hideHint = setTimeout(() => (this.gestureHint = false), HINT_MS);
		};
		svg.addEventListener('touchmove', onetouch, { passive: true });
		return () => {
			select(svg).on('.zoom', null);
			svg.removeEventListener('touchmove', onetouch);
			clearTimeout(hideHint);
			this.#svg = null;
		};
	};

	zoomBy(factor: number): void {
		if (!this.#svg) return;
		this.#moved = true;
		select(this.#svg).transition().duration(this.#duration()).call(this.#behavior.scaleBy, factor);
	}

	zoomIn(): void {
		this.zoomBy(KEY_ZOOM_FACTOR);
	}

	zoomOut(): void {
		this.zoomBy(1 / KEY_ZOOM_FACTOR);
	}

	panBy(dx: number, dy: number): void {
		if (!this.#svg) return;
		this.#moved = true;
		select(this.#svg).call(this.#behavior.translateBy, dx / this.transform.k, dy / this.transform.k);
	}

	/** Flies to a place the reader asked to see (a whole flight): their own view, which reset() undoes. */
	show(extent: CameraTarget): void {
		this.#fly(cameraFor(extent, this.width, this.height, this.projection, MAX_ZOOM));
		this.#moved = true;
	}

	/** Undoes the reader's own zoom and pan: back to the target. */
	reset(): void {
		if (!this.#hasRoom()) return;
		this.#moved = false;
		this.#fly(cameraFor(this.target, this.width, this.height, this.projection, MAX_ZOOM));
	}

	/** Timed by d3.interpolateZoom's path from here to there (see flightDuration); instant under prefers-reduced-motion. */
	#fly(camera: CameraTransform): void {
		if (!this.#svg || prefersReducedMotion()) return this.#jump(camera);
		const to = zoomIdentity.translate(camera.x, camera.y).scale(camera.k);
		const duration = flightDuration(this.transform, to, this.width, this.height);
		select(this.#svg).transition().duration(duration).call(this.#behavior.transform, to);
	}

	/** At once; d3-zoom cuts short any flight. */
	#jump({ k, x, y }: CameraTransform): void {
		const to = zoomIdentity.translate(x, y).scale(k);
		if (this.#svg) select(this.#svg).call(this.#behavior.transform, to);
		else this.transform = to;
	}

	/** +, −, 0 and the arrow keys; returns whether the key was used. */
	handleKey(key: string): boolean {
		switch (key) {
			case '+':
			case '=':
				this.zoomIn();
				return true;
			case '-':
			case '_':
				this.zoomOut();
				return true;
			case '0':
				this.reset();
				return true;
			case 'ArrowLeft':
				this.panBy(KEY_PAN_PX, 0);
				return true;
			case 'ArrowRight':
				this.panBy(-KEY_PAN_PX, 0);
				return true;
			case 'ArrowUp':
				this.panBy(0, KEY_PAN_PX);
				return true;
			case 'ArrowDown':
				this.panBy(0, -KEY_PAN_PX);
				return true;
			default:
				return false;
		}
	}

	#hasRoom(): boolean {
		return this.width > 0 && this.height > 0;
	}

	#duration(): number {
		return prefersReducedMotion() ? 0 : MOTION_MS;
	}
}
