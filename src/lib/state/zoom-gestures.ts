// The map's mouse, wheel and touch zoom (d3-zoom), loaded at the reader's first sign of life or the
// camera's first flight (first-interaction.ts): with the transitions and interpolators it brings,
// nothing the map needs to draw its first frame, and too much for the embed's first load.
import { interpolateZoom, select, zoom, zoomIdentity, type ZoomTransform } from 'd3';
import type { CameraTransform } from '../map/chapter-camera';
import type { ScreenTransform } from '../map/screen-transform';

/**
 * Cooperative gestures, as on embedded web maps: one finger scrolls the page (the map must not trap
 * a reader scrolling past it on a phone), two fingers pan and pinch; mouse and wheel as d3's default.
 */
function cooperative(event: MouseEvent | WheelEvent | TouchEvent): boolean {
	if ('touches' in event) return event.touches.length >= 2;
	return (!event.ctrlKey || event.type === 'wheel') && !(event as MouseEvent).button;
}

export interface ZoomGestures {
	/** To a camera, at once (0 ms) or along van Wijk and Nuij's path in `ms`. */
	moveTo(camera: CameraTransform, ms: number): void;
	scaleBy(factor: number, ms: number): void;
	translateBy(dx: number, dy: number): void;
	detach(): void;
}

export interface ZoomGesturesOptions {
	scaleExtent: [number, number];
	start: CameraTransform;
	/** Every transform, with whether a gesture (not the camera) made it. */
	onzoom: (transform: ScreenTransform, gesture: boolean) => void;
}

/** Wires d3-zoom on the map's <svg>, starting from `start`. */
export function zoomGestures(svg: SVGSVGElement, { scaleExtent, start, onzoom }: ZoomGesturesOptions): ZoomGestures {
	const behavior = zoom<SVGSVGElement, unknown>()
		.scaleExtent(scaleExtent)
		.filter(cooperative)
		// d3-zoom's default, stated: transitions zoom out, pan and zoom in along van Wijk and Nuij's path.
		.interpolate(interpolateZoom)
		.on('zoom', (event: { transform: ZoomTransform; sourceEvent: unknown }) => onzoom(event.transform, !!event.sourceEvent));
	const selection = select(svg);
	selection.call(behavior).on('dblclick.zoom', null);
	selection.call(behavior.transform, zoomIdentity.translate(start.x, start.y).scale(start.k));
	return {
		moveTo({ k, x, y }, ms) {
			const to = zoomIdentity.translate(x, y).scale(k);
			// d3-zoom cuts short any flight.
			if (ms > 0) selection.transition().duration(ms).call(behavior.transform, to);
			else selection.call(behavior.transform, to);
		},
		scaleBy: (factor, ms) => void selection.transition().duration(ms).call(behavior.scaleBy, factor),
		translateBy: (dx, dy) => void selection.call(behavior.translateBy, dx, dy),
		detach: () => void selection.on('.zoom', null)
	};
}
