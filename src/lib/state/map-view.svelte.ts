import { untrack } from 'svelte';
import { interpolateZoom, select, zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3';
import { sahelProjection } from '../map/projection';
import { chapterCamera } from '../map/chapter-camera';
import { flightDuration } from '../map/camera-flight';
import type { LonLat } from '../geo/lonlat';
import { prefersReducedMotion } from './reduced-motion';

const MIN_ZOOM = 0.8;
/** Deep enough to see a single attack about 50 km across. */
const MAX_ZOOM = 80;
const KEY_ZOOM_FACTOR = 1.6;
const KEY_PAN_PX = 60;
const MOTION_MS = 350;

/** The map's size, projection and zoom. The projection is derived from the size, never mutated. */
export class MapView {
	width = $state(960);
	height = $state(640);
	transform = $state.raw<ZoomTransform>(zoomIdentity);
	projection = $derived(sahelProjection(this.width, this.height));

	#behavior: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
		.scaleExtent([MIN_ZOOM, MAX_ZOOM])
		// d3-zoom's default, stated: transitions zoom out, pan and zoom in along van Wijk and Nuij's path.
		.interpolate(interpolateZoom)
		.on('zoom', (event: { transform: ZoomTransform }) => {
			this.transform = event.transform;
		});
	#svg: SVGSVGElement | null = null;

	/** Svelte attachment for the map's <svg>: wires d3-zoom for mouse, wheel and touch. */
	attach = (svg: SVGSVGElement) => {
		this.#svg = svg;
		select(svg).call(this.#behavior).on('dblclick.zoom', null);
		// A camera set before the map mounted (a deep link) becomes d3-zoom's starting point.
		// Untracked: the attachment must not re-run (and cut transitions short) on every zoom.
		untrack(() => select(svg).call(this.#behavior.transform, this.transform));
		return () => {
			select(svg).on('.zoom', null);
			this.#svg = null;
		};
	};

	zoomBy(factor: number): void {
		if (!this.#svg) return;
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
		select(this.#svg).call(this.#behavior.translateBy, dx / this.transform.k, dy / this.transform.k);
	}

	reset(): void {
		this.setTransform(zoomIdentity);
	}

	setTransform(transform: ZoomTransform, animate = true): void {
		if (!this.#svg) {
			this.transform = transform;
			return;
		}
		select(this.#svg)
			.transition()
			.duration(animate ? this.#duration() : 0)
			.call(this.#behavior.transform, transform);
	}

	/** Centres the map on a point with widthKm across the map's width. */
	frame(center: LonLat, widthKm: number, animate = true): void {
		this.setTransform(this.#cameraFor(center, widthKm), animate);
	}

	/**
	 * Like frame, for a long move (a presenter's next chapter): the transition lasts as long as
	 * d3.interpolateZoom's path from here to there asks (see flightDuration); instant under
	 * prefers-reduced-motion.
	 */
	flyTo(center: LonLat, widthKm: number): void {
		const target = this.#cameraFor(center, widthKm);
		if (!this.#svg || prefersReducedMotion()) {
			this.setTransform(target, false);
			return;
		}
		const duration = flightDuration(this.transform, target, this.width, this.height);
		select(this.#svg).transition().duration(duration).call(this.#behavior.transform, target);
	}

	#cameraFor(center: LonLat, widthKm: number): ZoomTransform {
		const camera = chapterCamera({ center, widthKm }, this.width, this.height, this.projection);
		// Past the deepest zoom, keep the centre where it was asked for and show a little more around it.
		const k = Math.min(MAX_ZOOM, camera.k);
		const [cx, cy] = this.projection(center) ?? [this.width / 2, this.height / 2];
		return zoomIdentity.translate(this.width / 2 - k * cx, this.height / 2 - k * cy).scale(k);
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

	#duration(): number {
		return prefersReducedMotion() ? 0 : MOTION_MS;
	}
}
