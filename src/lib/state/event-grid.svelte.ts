import { EVENT_COLUMNS } from '../scene/event-text';
import type { RowRange } from '../scene/events-in-window';
import { gridKeyMove } from '../scene/grid-keys';
import { scrollTopToShow, virtualSlice } from '../scene/virtual-rows';

/** Rows kept in the page beyond each edge of the view. */
const OVERSCAN = 6;
/** Below this width (in rem) a row stacks its cells on four lines instead of one. */
const NARROW_REM = 40;
/** A row's height in rem: one line of cells, or four when stacked. */
const ROW_REM = { wide: 2.1, narrow: 5.6 };

/**
 * The events table's view of the events listed (a run of table rows, following the clock): which
 * cell has the focus, how far the list is scrolled, and so which rows are in the page. The view
 * reports its size and scroll offset here and renders `positions`.
 */
export class EventGrid {
	readonly #rows: () => RowRange;
	/** The view's size in px and the root font's, as measured. */
	width = $state(0);
	height = $state(0);
	headHeight = $state(0);
	remPx = $state(16);
	scrollTop = $state(0);
	/** The focused event as a table row, so it stays the same event when the clock moves the list. */
	#focusedRow = $state(0);
	column = $state(0);

	rows = $derived.by(() => this.#rows());
	count = $derived(this.rows.end - this.rows.first);
	narrow = $derived(this.width > 0 && this.width < NARROW_REM * this.remPx);
	rowHeight = $derived(Math.round(this.remPx * (this.narrow ? ROW_REM.narrow : ROW_REM.wide)));
	/** The focused row's place in the list (0-based), kept inside it. */
	active = $derived(Math.min(Math.max(0, this.#focusedRow - this.rows.first), Math.max(0, this.count - 1)));
	#layout = $derived({
		rowCount: this.count,
		rowHeight: this.rowHeight,
		viewportHeight: Math.max(0, this.height - this.headHeight),
		overscan: OVERSCAN
	});
	slice = $derived(virtualSlice(this.scrollTop, this.#layout));
	/** The places in the list to render: the slice, and the focused row wherever it is, so Tab always finds it. */
	positions = $derived.by(() => {
		const { first, end } = this.slice;
		const positions = Array.from({ length: end - first }, (_, i) => first + i);
		if (this.count === 0 || (this.active >= first && this.active < end)) return positions;
		return this.active < first ? [this.active, ...positions] : [...positions, this.active];
	});

	/** `rows` is read in a reactive context, so the list follows the clock. */
	constructor(rows: () => RowRange) {
		this.#rows = rows;
	}

	/** The focused event's table row. */
	get focusedRow(): number {
		return this.rows.first + this.active;
	}

	/** Row r's top in the list, px. */
	top(position: number): number {
		return position * this.rowHeight - this.slice.shift;
	}

	/** Puts the focus on a cell and scrolls (in `scrollTop`, for the view to apply) until its row is wholly in view. */
	focus(position: number, column: number): void {
		this.#focusedRow = this.rows.first + position;
		this.column = column;
		this.scrollTop = scrollTopToShow(this.active, this.scrollTop, this.#layout);
	}

	/** Moves the focus for a key (the ARIA grid's keys); false for a key that is not the grid's. */
	key(key: string, ctrl: boolean): boolean {
		const page = Math.max(1, Math.floor(this.#layout.viewportHeight / this.rowHeight) - 1);
		const next = gridKeyMove(key, ctrl, { position: this.active, column: this.column }, { rows: this.count, columns: EVENT_COLUMNS.length, page });
		if (!next) return false;
		this.focus(next.position, next.column);
		return true;
	}
}
