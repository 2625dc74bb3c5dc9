/** How long the "two fingers" hint stays after a one-finger drag on the map. */
const HINT_MS = 1800;

/** A one-finger drag on the map scrolls the page, not the map: for a moment, say how to move it. */
export class OneFingerHint {
	shown = $state(false);

	/** Svelte attachment for the map's <svg>. */
	attach = (svg: SVGSVGElement) => {
		let hide: ReturnType<typeof setTimeout> | undefined;
		const onetouch = (event: TouchEvent) => {
			if (event.touches.length !== 1) return;
			this.shown = true;
			clearTimeout(hide);
			hide = setTimeout(() => (this.shown = false), HINT_MS);
		};
		svg.addEventListener('touchmove', onetouch, { passive: true });
		return () => {
			svg.removeEventListener('touchmove', onetouch);
			clearTimeout(hide);
		};
	};
}
