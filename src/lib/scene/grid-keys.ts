// Where a key moves the focus in a data grid, as the ARIA Authoring Practices' grid pattern says:
// arrows a cell, Page Up/Down a page of rows, Home/End the row's first/last cell, Ctrl+Home/End
// the first cell of the first row and the last of the last. Pure, so it is tested without a page.

export interface GridCell {
	/** 0-based, among the grid's data rows. */
	position: number;
	column: number;
}

export interface GridSize {
	rows: number;
	columns: number;
	/** Rows a page key moves: about a screenful. */
	page: number;
}

/** The cell `key` moves to (the same one at an edge), or null for a key the grid leaves alone. */
export function gridKeyMove(key: string, ctrl: boolean, at: GridCell, size: GridSize): GridCell | null {
	const lastRow = size.rows - 1;
	const lastColumn = size.columns - 1;
	const to = (position: number, column: number): GridCell => ({
		position: Math.min(lastRow, Math.max(0, position)),
		column: Math.min(lastColumn, Math.max(0, column))
	});
	const page = Math.max(1, size.page);
	switch (key) {
		case 'ArrowDown':
			return to(at.position + 1, at.column);
		case 'ArrowUp':
			return to(at.position - 1, at.column);
		case 'ArrowRight':
			return to(at.position, at.column + 1);
		case 'ArrowLeft':
			return to(at.position, at.column - 1);
		case 'PageDown':
			return to(at.position + page, at.column);
		case 'PageUp':
			return to(at.position - page, at.column);
		case 'Home':
			return ctrl ? to(0, 0) : to(at.position, 0);
		case 'End':
			return ctrl ? to(lastRow, lastColumn) : to(at.position, lastColumn);
		default:
			return null;
	}
}
