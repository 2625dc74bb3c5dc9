// What the Datasets panel lists about a dataset kept in the browser, without opening its table:
// computed once when it is saved and stored beside its table.
import type { PresetName } from './import/preset';
import type { EventTable } from './event-table';

/** How a dataset was read: a file's columns by a preset, or the app's own binary event table ('table'). */
export type DatasetSource = PresetName | 'table';

export interface DatasetInfo {
	/** The key it is stored under. */
	id: string;
	/** Shown with its events; the reader may rename it. */
	name: string;
	/** The file it came from: a re-import of the same file updates it (upsert by event id). */
	fileName: string;
	preset: DatasetSource;
	rows: number;
	/** Epoch ms: the first start and the last end of its events. */
	from: number;
	to: number;
	/** Bytes its table takes kept: its columns, its texts as UTF-8 (a binary table imported: the file's size). */
	bytes: number;
	/** Epoch ms. */
	importedAt: number;
	synthetic: boolean;
}

/** The span of a table's events: the first start (starts are sorted) to the latest end. */
export function tableSpan(table: EventTable): { from: number; to: number } {
	let to = -Infinity;
	for (let r = 0; r < table.length; r++) if (table.end[r]! > to) to = table.end[r]!;
	return { from: table.start[0] ?? NaN, to: table.length ? to : NaN };
}
