// What a key does to the clock on the time slider: the ARIA slider keys
// (arrows step, PageUp/PageDown step further, Home/End) plus + and − to zoom
// the window. Pure, so the mapping can be tested without a browser.
import type { Zone } from './local-time';
import { localTicks } from './ticks';
import type { TimeWindow } from './time-window';

/**
 * Steps land on round local times, as the axis's ticks do: about a hundred arrow steps across the
 * window (a week over the whole period, an hour inside an attack), about ten page steps (three
 * months, half a day). A fixed fraction of the window would land at 04:46 on an odd day.
 */
const SMALL_STEPS = 100;
const LARGE_STEPS = 10;

export type SliderAction = { seek: number } | { zoomBy: number };

/** The first round time after `time` (or before it, `direction` −1) with about `steps` of them across the window; the window's end if none is left. */
function roundStep(time: number, window: TimeWindow, zone: Zone, steps: number, direction: 1 | -1): number {
	const ticks = localTicks(window, zone, steps).map((tick) => tick.t);
	if (direction > 0) return ticks.find((t) => t > time) ?? window.to;
	return ticks.findLast((t) => t < time) ?? window.from;
}

/** The action for `key` at `time` in `window` (times shown in `zone`), or null for a key the slider leaves alone. */
export function sliderKeyAction(key: string, time: number, window: TimeWindow, zone: Zone): SliderAction | null {
	switch (key) {
		case 'ArrowRight':
		case 'ArrowUp':
			return { seek: roundStep(time, window, zone, SMALL_STEPS, 1) };
		case 'ArrowLeft':
		case 'ArrowDown':
			return { seek: roundStep(time, window, zone, SMALL_STEPS, -1) };
		case 'PageUp':
			return { seek: roundStep(time, window, zone, LARGE_STEPS, 1) };
		case 'PageDown':
			return { seek: roundStep(time, window, zone, LARGE_STEPS, -1) };
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
