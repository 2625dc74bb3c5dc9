import type { TimeWindow } from './time-window';
import type { TrackScale } from './track-scale';

/** A window narrower than this is drawn this wide, so it can be seen and grabbed. */
export const MIN_MARK_PX = 14;
/** A pointer that moves less than this between press and release clicked. */
export const CLICK_SLOP_PX = 3;

/** The window as a strip draws it: pixels from the strip's left; `narrow` when widened. */
export interface WindowMark {
	left: number;
	right: number;
	narrow: boolean;
}

/**
 * The mark of `window` on a strip `widthPx` wide: the window itself, or, narrower than
 * MIN_MARK_PX, that wide around its middle and kept on the strip.
 */
export function windowMark(window: TimeWindow, x: TrackScale, widthPx: number): WindowMark {
	const from = x(window.from);
	const to = x(window.to);
	if (to - from >= MIN_MARK_PX) return { left: from, right: to, narrow: false };
	const left = Math.min(Math.max((from + to - MIN_MARK_PX) / 2, 0), widthPx - MIN_MARK_PX);
	return { left, right: left + MIN_MARK_PX, narrow: true };
}

/** A reader's press on the strip: where it began (px), the window and the mark's left edge then, and whether it has moved past a click. */
export interface WindowGesture {
	readonly x: number;
	readonly window: TimeWindow;
	readonly mark: number | null;
	readonly moved: boolean;
}

/** A press at `x` (px) while `window` is the clock's and the brush's selection is `selection` (null: none drawn). */
export function startGesture(x: number, window: TimeWindow, selection: readonly [number, number] | null): WindowGesture {
	return { x, window, mark: selection?.[0] ?? null, moved: false };
}

/**
 * The pointer at `pointerX` with the brush's selection at `selection`: whether the gesture has now
 * moved, and the window it sets (null: none yet). Dragging the mark (`movesMark`) shifts the window
 * by as much as the mark moved, keeping its duration even where the mark is drawn wider; drawing a
 * new selection makes the window what it covers.
 */
export function moveGesture(
	gesture: WindowGesture,
	pointerX: number,
	selection: readonly [number, number],
	movesMark: boolean,
	x: TrackScale
): { gesture: WindowGesture; window: TimeWindow | null } {
	if (!gesture.moved && Math.abs(pointerX - gesture.x) <= CLICK_SLOP_PX) return { gesture, window: null };
	const moved = gesture.moved ? gesture : { ...gesture, moved: true };
	const [from, to] = selection;
	if (movesMark && gesture.mark !== null) {
		const shift = x.invert(from) - x.invert(gesture.mark);
		return { gesture: moved, window: { from: gesture.window.from + shift, to: gesture.window.to + shift } };
	}
	return { gesture: moved, window: to > from ? { from: x.invert(from), to: x.invert(to) } : null };
}

/** The time a gesture's end seeks to: where it was pressed if it never moved (a click), else null. */
export function endGesture(gesture: WindowGesture, x: TrackScale): number | null {
	return gesture.moved ? null : x.invert(gesture.x);
}
