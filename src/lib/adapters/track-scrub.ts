import type { Attachment } from 'svelte/attachments';
import type { TrackScale } from '../time/track-scale';

/** The clock as the detail track's pointer moves it. */
export interface ScrubbedClock {
	readonly time: number;
	seek(t: number): void;
	zoomBy(factor: number, around: number): void;
}

/** A press that moves less than this (px) is a tap, not a drag. */
const TAP_PX = 4;

/**
 * The detail track's pointer: press or drag to seek, the wheel to zoom the window around the time
 * under the pointer. Pressing the cursor line or its handle grabs it where it was taken hold of,
 * so the time does not jump by the few pixels between the pointer and the line. The line crosses
 * the attacks' marks above the track: a tap on it there, with no drag, goes to the mark under it
 * (with the clock at an attack's start, its mark could not be chosen where the line crossed it).
 */
export function trackScrub(clock: ScrubbedClock, axis: () => TrackScale): Attachment<HTMLElement> {
	return (track) => {
		let dragging = false;
		let grabOffset = 0;
		/** Where a press on the cursor began, to tell a tap from a drag. */
		let cursorPress: { x: number; y: number } | null = null;
		const left = () => track.getBoundingClientRect().left;
		const seekToPointer = (event: PointerEvent) => clock.seek(axis().invert(event.clientX - left() - grabOffset));
		const onpointerdown = (event: PointerEvent) => {
			// The cursor line and its handle reach above the track but belong to it: pressing them grabs the cursor.
			const onCursor = event.target instanceof Element && event.target.closest('.cursor') !== null;
			grabOffset = onCursor ? event.clientX - left() - axis()(clock.time) : 0;
			cursorPress = onCursor ? { x: event.clientX, y: event.clientY } : null;
			dragging = true;
			track.setPointerCapture(event.pointerId);
			if (!onCursor) seekToPointer(event);
		};
		const onpointermove = (event: PointerEvent) => {
			if (dragging) seekToPointer(event);
		};
		const onpointerup = (event: PointerEvent) => {
			dragging = false;
			const tap = cursorPress !== null && Math.hypot(event.clientX - cursorPress.x, event.clientY - cursorPress.y) < TAP_PX;
			cursorPress = null;
			if (tap && event.type === 'pointerup') buttonUnder(event)?.click();
		};
		/** The button under the line at the pointer, outside the track (an attack's mark, a context event's). */
		const buttonUnder = (event: PointerEvent) =>
			document.elementsFromPoint(event.clientX, event.clientY).find((el): el is HTMLButtonElement => el instanceof HTMLButtonElement && !track.contains(el));
		// passive: false, so the page does not scroll while the wheel zooms.
		const onwheel = (event: WheelEvent) => {
			event.preventDefault();
			clock.zoomBy(Math.exp(event.deltaY * 0.002), axis().invert(event.clientX - left()));
		};
		const listeners = [
			['pointerdown', onpointerdown],
			['pointermove', onpointermove],
			['pointerup', onpointerup],
			['pointercancel', onpointerup]
		] as const;
		for (const [type, listener] of listeners) track.addEventListener(type, listener);
		track.addEventListener('wheel', onwheel, { passive: false });
		return () => {
			for (const [type, listener] of listeners) track.removeEventListener(type, listener);
			track.removeEventListener('wheel', onwheel);
		};
	};
}
