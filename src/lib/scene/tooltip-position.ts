// Where a chart's tooltip goes: beside the pointer, on its right unless it would cross the
// figure's edge, then on its left, from the plot's top, moved up when it is taller than the room
// below (review 20: it was cut off). In a figure too narrow for either side (the explorer's side
// panel, a phone) it would hide the very values under the pointer, so it leaves the plot: above
// it (over the legend) when there is room, else below it, and when neither fits, against the
// figure's top or bottom edge, whichever covers less of the plot.

export interface Extent {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/**
 * The tooltip's top-left corner, in the plot's px, for a pointer at `x`; `tip` is its size,
 * `area` the figure it must stay in and `plotBottom` the plot's height, all in the same px. A
 * tooltip larger than the area is aligned to its top-left corner.
 */
export function tooltipPosition(x: number, tip: { width: number; height: number }, area: Extent, plotBottom: number, gap = 8): { left: number; top: number } {
	const right = x + gap;
	const left = x - gap - tip.width;
	const beside = right + tip.width <= area.right ? right : left >= area.left ? left : null;
	const clampedLeft = Math.max(area.left, Math.min(beside ?? area.right - tip.width, area.right - tip.width));
	if (beside === null) {
		const above = -gap - tip.height;
		if (above >= area.top) return { left: clampedLeft, top: above };
		const below = plotBottom + gap;
		if (below + tip.height <= area.bottom) return { left: clampedLeft, top: below };
		const overTop = area.top + tip.height;
		const overBottom = plotBottom - (area.bottom - tip.height);
		if (Math.min(overTop, overBottom) < plotBottom) {
			return { left: clampedLeft, top: overTop <= overBottom ? area.top : area.bottom - tip.height };
		}
	}
	return { left: clampedLeft, top: Math.max(area.top, Math.min(0, area.bottom - tip.height)) };
}
