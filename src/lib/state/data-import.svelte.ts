import type { ImportFailureCode, ImportReport } from '../dataset/import/report';

/** Where importing a file stands, for the import panel; the events themselves go to the EventLayer. */
export type ImportStatus =
	| { phase: 'idle' }
	| { phase: 'running'; name: string; read: number; total: number; rows: number; problems: number }
	| { phase: 'done'; name: string; report: ImportReport }
	| { phase: 'failed'; name: string; code: ImportFailureCode; detail: string; report: ImportReport | null };

/** One import at a time: a new one replaces the status of the last. */
export class DataImport {
	status = $state.raw<ImportStatus>({ phase: 'idle' });
	/** Set while an import runs: stops it for good. */
	cancel = $state.raw<(() => void) | null>(null);
}
