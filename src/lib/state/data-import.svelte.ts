import type { FileHead } from '../dataset/import/import-options';
import type { ImportFailureCode, ImportReport } from '../dataset/import/report';

/** How an import ended, beside its report: errors.csv if a row was rejected, and the upsert's counts. */
export interface ImportOutcome {
	errors: Blob | null;
	/** Set when the file updated a dataset kept from an earlier import of it. */
	upsert: { added: number; updated: number } | null;
}

/** Why a file read as the app's own binary event table gave none: the reader's checks refused it. */
export type TableFailureCode = 'badTable';

/** Where importing a file stands, for the import panel; the events themselves go to the EventLayer. */
export type ImportStatus =
	| { phase: 'idle' }
	| { phase: 'running'; name: string; read: number; total: number; rows: number; problems: number; format: ImportReport['format'] | null }
	| ({ phase: 'done'; name: string; report: ImportReport } & ImportOutcome)
	/** The app's own binary event table, read and checked whole: it has no rows to reject. */
	| { phase: 'table'; name: string; rows: number }
	| { phase: 'failed'; name: string; code: ImportFailureCode | TableFailureCode; detail: string; report: ImportReport | null; errors: Blob | null };

/** One import at a time: a new one replaces the status of the last. */
export class DataImport {
	status = $state.raw<ImportStatus>({ phase: 'idle' });
	/** Set while an import runs: stops it for good. */
	cancel = $state.raw<(() => void) | null>(null);
	/** The last file read and its header and first rows: the column-mapping editor reads it again with other columns. */
	last = $state.raw<{ file: File; head: FileHead } | null>(null);
	/** Whether the column-mapping editor is open (on its own when a file's columns are not recognised). */
	editing = $state(false);
}
