// Where a chart's tooltip goes: beside the pointer, on its right unless it would cross the
// figure's edge, then on its left, and against the edge when neither side has room; from the
// plot's top, moved up when it is taller than the room below (review 20: it was cut off).

export interface Extent {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/**
 * The tooltip's top-left corner, in the plot's px, for a pointer at `x`; `tip` is its size and
 * `area` the figure it must stay in, both in the same px. A tooltip larger than the area is
 * aligned to its top-left corner.
 */
export function tooltipPosition(x: number, tip: { width: number; height: number }, area: Extent, gap = 8): { left: number; top: number } {
	const right = x + gap;
	const left = x - gap - tip.width;
	const beside = right + tip.width <= area.right ? right : left >= area.left ? left : area.right - tip.width;
	return {
		left: Math.max(area.left, Math.min(beside, area.right - tip.width)),
		top: Math.max(area.top, Math.min(0, area.bottom - tip.height))
	};
}
