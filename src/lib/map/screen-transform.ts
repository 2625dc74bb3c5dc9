// The camera as the map draws with it: scale k, then translate by (x, y), from projected to screen
// pixels. d3-zoom's ZoomTransform is one (it is what d3-zoom hands back); this makes one without
// d3-zoom, which loads only when the reader first moves the map (state/zoom-gestures.ts).
import type { CameraTransform } from './chapter-camera';

export interface ScreenTransform extends Readonly<CameraTransform> {
	/** Projected pixels to screen pixels. */
	apply(point: readonly [number, number]): [number, number];
	/** Screen pixels to projected pixels. */
	invert(point: readonly [number, number]): [number, number];
	/** As an SVG transform attribute. */
	toString(): string;
}

export function screenTransform({ k, x, y }: CameraTransform): ScreenTransform {
	return {
		k,
		x,
		y,
		apply: ([px, py]) => [px * k + x, py * k + y],
		invert: ([sx, sy]) => [(sx - x) / k, (sy - y) / k],
		toString: () => `translate(${x},${y}) scale(${k})`
	};
}
