// What a key does to the clock on the time slider: the ARIA slider keys
// (arrows step, PageUp/PageDown step further, Home/End) plus + and − to zoom
// the window. Pure, so the mapping can be tested without a browser.
import { span, type TimeWindow } from './time-window';

/** Steps across the window: an arrow moves a hundredth of it, a page key a tenth. */
const SMALL_STEPS = 100;
const LARGE_STEPS = 10;

export type SliderAction = { seek: number } | { zoomBy: number };

/** The action for `key` at `time` in `window`, or null for a key the slider leaves alone. */
export function sliderKeyAction(key: string, time: number, window: TimeWindow): SliderAction | null {
	const small = span(window) / SMALL_STEPS;
	const large = span(window) / LARGE_STEPS;
	switch (key) {
		case 'ArrowRight':
		case 'ArrowUp':
			return { seek: time + small };
		case 'ArrowLeft':
		case 'ArrowDown':
			return { seek: time - small };
		case 'PageUp':
			return { seek: time + large };
		case 'PageDown':
			return { seek: time - large };
		case 'Home':
			return { seek: window.from };
		case 'End':
			return { seek: window.to };
		case '+':
		case '=':
			return { zoomBy: 0.5 };
		case '-':
			return { zoomBy: 2 };
		default:
			return null;
	}
}
