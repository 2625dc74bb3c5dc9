import type { Attachment } from 'svelte/attachments';
import type { TrackScale } from '../time/track-scale';

/** The clock as the detail track's pointer moves it. */
export interface ScrubbedClock {
	readonly time: number;
	seek(t: number): void;
	zoomBy(factor: number, around: number): void;
}


/**
 * The detail track's pointer: press or drag to seek, the wheel to zoom the window around the time
 * under the pointer. Pressing the cursor line or its handle grabs it where it was taken hold of,
 * so the time does not jump by the few pixels between the pointer and the line.
 */
export function trackScrub(clock: ScrubbedClock, axis: () => TrackScale): Attachment<HTMLElement> {
	return (track) => {
		let dragging = false;
		let grabOffset = 0;
		const left = () => track.getBoundingClientRect().left;
		const seekToPointer = (event: PointerEvent) => clock.seek(axis().invert(event.clientX - left() - grabOffset));
		const onpointerdown = (event: PointerEvent) => {
			// The cursor line and its handle reach above the track but belong to it: pressing them grabs the cursor.
			const onCursor = event.target instanceof Element && event.target.closest('.cursor') !== null;
			grabOffset = onCursor ? event.clientX - left() - axis()(clock.time) : 0;
			dragging = true;
			track.setPointerCapture(event.pointerId);
			if (!onCursor) seekToPointer(event);
		};
		const onpointermove = (event: PointerEvent) => {
			if (dragging) seekToPointer(event);
		};
		const onpointerup = () => {
			dragging = false;
		};
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
