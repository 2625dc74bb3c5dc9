// What an import is given and gives back, whatever the file's format: the options, progress, the
// file's head (header, first rows, what was detected) and the result.
import type { EventTable } from '../event-table';
import type { DayOrder } from './day';
import type { Preset, PresetName } from './preset';
import type { ImportFailureCode, ImportReport } from './report';
import type { RowProblem } from './row-problem';

export interface ImportProgress {
	/** Bytes read (characters for a string source) and the total. */
	read: number;
	total: number;
	rows: number;
	problems: number;
	/** What the file is read as: the summary counts a GeoJSON file's features, a CSV's rows. */
	format: ImportReport['format'];
}


/** The file's header and first rows with what was detected: the column-mapping editor starts from it. */
export interface FileHead {
	header: string[];
	/** The first PREVIEW_ROWS data records, as split. */
	rows: string[][];
	preset: Preset;
	dayOrder: DayOrder;
}

export const PREVIEW_ROWS = 5;

/** Columns chosen by the reader instead of detected: the preset's mapping, and the day order ('unknown': detect it). */
export interface ColumnChoice {
	preset: Preset;
	dayOrder: DayOrder;
}

export type ImportResult =
	| { ok: true; table: EventTable; report: ImportReport; head: FileHead }
	| { ok: false; code: ImportFailureCode; detail: string; report: ImportReport | null; head: FileHead | null };

export interface ImportOptions {
	/** The table's name: the file's. */
	name: string;
	/** The counting rule to show with the deaths, in the reader's language, from the preset and the deaths column. */
	countingRule(preset: PresetName, deathsColumn: string | null): string;
	/** The reader's columns; detected from the header without. */
	columns?: ColumnChoice;
	signal?: AbortSignal;
	onProgress?(progress: ImportProgress): void;
	/** Hears every problem, in file order (the report keeps only the first ones): for errors.csv. */
	onProblem?(problem: RowProblem): void;
}
