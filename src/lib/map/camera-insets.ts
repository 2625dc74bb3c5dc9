import type { Box } from './label-geometry';

/** Pixels along each edge of the map that something laid over it covers: the camera frames its targets inside the rest. */
export interface Insets {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

/** Each axis keeps at least this share of the map for the camera's targets, however much is covered. */
const KEPT_SHARE = 1 / 2;

/**
 * The insets that leave every box (an overlay on a width × height map: its key, the presenter's
 * clock and note, the zoom buttons) outside the framed area, `gap` px clear. The largest box first,
 * each is cut off along the edge that costs the framed area least, given the cuts made already (the
 * clock, wider than tall, from the top; then the key in the lower corner from the right, where the
 * band under the clock is shorter than the map). Insets on one axis together are capped at half
 * of it: a map mostly covered still frames its targets, in the half left.
 */
export function coveredInsets(boxes: readonly Box[], width: number, height: number, gap: number): Insets {
	const insets = { ...NO_INSETS };
	for (const box of [...boxes].sort((a, b) => b.width * b.height - a.width * a.height)) {
		if (box.width <= 0 || box.height <= 0) continue;
		const [across, down] = [width - insets.left - insets.right, height - insets.top - insets.bottom];
		const cuts: [keyof Insets, number, number][] = [
			['top', box.y + box.height + gap, across],
			['bottom', height - box.y + gap, across],
			['left', box.x + box.width + gap, down],
			['right', width - box.x + gap, down]
		];
		// The area a cut takes beyond the cut already made on that edge.
		const cost = ([side, inset, length]: [keyof Insets, number, number]) => Math.max(0, inset - insets[side]) * length;
		const [side, inset] = cuts.reduce((best, cut) => (cost(cut) < cost(best) ? cut : best));
		insets[side] = Math.max(insets[side], inset);
	}
	const [top, bottom] = capped(insets.top, insets.bottom, height);
	const [left, right] = capped(insets.left, insets.right, width);
	return { top, right, bottom, left };
}

/** Two insets on one axis, scaled down together to leave KEPT_SHARE of `length`. */
function capped(a: number, b: number, length: number): [number, number] {
	const most = Math.max(0, length * (1 - KEPT_SHARE));
	const scale = a + b > most ? most / (a + b) : 1;
	return [a * scale, b * scale];
}

export const sameInsets = (a: Insets, b: Insets): boolean => a.top === b.top && a.right === b.right && a.bottom === b.bottom && a.left === b.left;
