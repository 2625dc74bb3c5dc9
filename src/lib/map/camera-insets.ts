import type { Box } from './label-geometry';

/** Pixels along each edge of the map that something laid over it covers: the camera frames its targets inside the rest. */
export interface Insets {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

/** The most of an axis its two insets take: each axis keeps at least half the map for the camera's targets. */
const MOST_COVERED = 1 / 2;

/**
 * The insets that leave every box (an overlay on a width × height map, in order: the corner's clock
 * and note or zoom buttons, then the key) outside the framed area, `gap` px clear. Each is cut off
 * along the edge that costs the framed area least, given the cuts made already (the clock, wider
 * than tall, from the top; then the key in the lower corner from the right, where the band under
 * the clock is shorter than the map). Insets on one axis together are capped at half of it: a map
 * mostly covered still frames its targets, in the half left.
 */
export function coveredInsets(boxes: readonly (Box | null)[], width: number, height: number, gap: number): Insets {
	// Top, right, bottom, left: a cut's side is its index, an odd one across the map's width.
	const cut = [0, 0, 0, 0];
	for (const box of boxes) {
		if (!box?.width || !box.height) continue;
		const across = width - cut[1]! - cut[3]!;
		const down = height - cut[0]! - cut[2]!;
		const cuts = [box.y + box.height, width - box.x, height - box.y, box.x + box.width].map((inset, side) => [side, inset + gap, side % 2 ? down : across] as const);
		// The area a cut takes beyond the cut already made on that edge.
		const cost = ([side, inset, length]: (typeof cuts)[number]) => Math.max(0, inset - cut[side]!) * length;
		const [side, inset] = cuts.reduce((best, next) => (cost(next) < cost(best) ? next : best));
		cut[side] = Math.max(cut[side]!, inset);
	}
	// On an axis covered beyond half, both insets scaled down together.
	const [top, right, bottom, left] = cut as [number, number, number, number];
	const down = Math.min(1, (height * MOST_COVERED) / (top + bottom));
	const across = Math.min(1, (width * MOST_COVERED) / (left + right));
	return { top: top * down, right: right * across, bottom: bottom * down, left: left * across };
}
