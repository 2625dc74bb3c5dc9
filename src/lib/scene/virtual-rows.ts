// A virtual list: of a million rows only those in view (and a few either side) are in the page.
// The list keeps the full height so the scrollbar tells where one is; row r sits at r · rowHeight.
// Browsers cap an element's height (Chrome near 33.5 million px, Firefox near 17.9 million), so a
// taller list is drawn shorter and a scroll step moves through proportionally more rows.

/** Scroll heights above this are scaled down: safely under every browser's cap. */
export const MAX_LIST_HEIGHT = 8_000_000;

export interface VirtualLayout {
	rowCount: number;
	/** px, > 0. */
	rowHeight: number;
	/** The px of the list in view (below any sticky header). */
	viewportHeight: number;
	/** Rows rendered beyond each edge of the view, so a key or a small scroll finds them there. */
	overscan: number;
}

export interface VirtualSlice {
	/** Rows first … end − 1 are rendered. */
	first: number;
	end: number;
	/** The list's height in px (its scroll height). */
	height: number;
	/** Row r's top in the list is r · rowHeight − shift (0 unless the list is scaled). */
	shift: number;
}

/** The list's scroll height, and how many px of rows one px of scrolling moves through. */
function scaling({ rowCount, rowHeight, viewportHeight }: VirtualLayout): { height: number; rowsPerPx: number } {
	const content = rowCount * rowHeight;
	const height = Math.min(content, MAX_LIST_HEIGHT);
	const travel = height - viewportHeight;
	return { height, rowsPerPx: content === height || travel <= 0 ? 1 : (content - viewportHeight) / travel };
}

/** The scroll offset as the browser keeps it (inside the list), and how far down the rows (px, unscaled) the view starts there. */
function rowOffset(scrollTop: number, layout: VirtualLayout): { scrolled: number; offset: number } {
	const { height, rowsPerPx } = scaling(layout);
	const scrolled = Math.min(Math.max(0, height - layout.viewportHeight), Math.max(0, scrollTop));
	return { scrolled, offset: scrolled * rowsPerPx };
}

/** The rows to render at a scroll offset, and where they go. */
export function virtualSlice(scrollTop: number, layout: VirtualLayout): VirtualSlice {
	const { rowCount, rowHeight, viewportHeight, overscan } = layout;
	const { scrolled, offset } = rowOffset(scrollTop, layout);
	return {
		first: Math.max(0, Math.floor(offset / rowHeight) - overscan),
		end: Math.min(rowCount, Math.ceil((offset + viewportHeight) / rowHeight) + overscan),
		height: scaling(layout).height,
		shift: offset - scrolled
	};
}

/**
 * The scroll offset that brings row `position` wholly into view with the least movement: the same
 * offset if it is in view already. Rounded outwards, as a browser keeps whole px of scrolling.
 */
export function scrollTopToShow(position: number, scrollTop: number, layout: VirtualLayout): number {
	const { rowHeight, viewportHeight } = layout;
	const { rowsPerPx } = scaling(layout);
	const { offset } = rowOffset(scrollTop, layout);
	const top = position * rowHeight;
	if (top < offset) return Math.floor(top / rowsPerPx);
	if (top + rowHeight > offset + viewportHeight) return Math.ceil((top + rowHeight - viewportHeight) / rowsPerPx);
	return scrollTop;
}
