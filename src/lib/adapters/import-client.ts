// Runs an import in its own module worker and hands the result on: progress and the summary to
// the import panel's state, the table to the dataset keeper (which shows and keeps it) only once
// it has loaded, so a failed or cancelled import loses nothing. The main thread never parses the
// file. A file imported before (same name) is sent with its kept table, which the worker updates.
// The app's own binary table, told by its first bytes (or named .bin: then a damaged table is
// said to be one), goes to the table reader instead.
import type { ColumnChoice } from '../dataset/import/import-options';
import { WorkerMessageSchema } from '../dataset/import/messages';
import { TableArrival } from '../dataset/table-read-messages';
import type { ImportFailureCode, ImportReport } from '../dataset/import/report';
import { loadProblem } from '../dataset/format-error';
import type { Lang } from '../i18n/messages';
import type { DataImport } from '../state/data-import.svelte';
import type { EventLayer } from '../state/event-layer.svelte';
import { hasTableMagic } from '../dataset/table-magic';
import type { DatasetKeeper } from './datasets';
import { importTableFile } from './table-import';
import '../i18n/on-demand/import';

export async function importFile(file: File, lang: Lang, events: EventLayer, keeper: DatasetKeeper, state: DataImport, columns?: ColumnChoice): Promise<void> {
	state.cancel?.();
	const name = file.name;
	if (!columns && ((await hasTableMagic(file).catch(() => false)) || /\.bin$/i.test(name))) return importTableFile(file, lang, events, keeper, state);
	let worker: Worker | null = null;
	state.status = { phase: 'running', name, read: 0, total: file.size, rows: 0, problems: 0, format: null };
	state.cancel = () => {
		fail('cancelled', '', null, null);
	};
	state.editing = false;
	events.started(name);
	const earlier = keeper.tableOfFile(name);

	worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
	const arrival = new TableArrival();
	function finish() {
		worker?.terminate();
		state.cancel = null;
	}
	function fail(code: ImportFailureCode, detail: string, report: ImportReport | null, errors: Blob | null) {
		finish();
		state.status = { phase: 'failed', name, code, detail, report, errors };
		events.failed(name, loadProblem(code === 'cancelled' ? 'importCancelled' : 'importFailed'));
	}

	worker.onmessage = (event: MessageEvent<unknown>) => {
		const parsed = WorkerMessageSchema.safeParse(event.data);
		if (!parsed.success) return fail('unreadable', parsed.error.message, null, null);
		const data = parsed.data;
		if (data.type === 'text') return arrival.text(data.column, data.text);
		if (data.type === 'progress') {
			const { read, total, rows, problems, format } = data;
			state.status = { phase: 'running', name, read, total, rows, problems, format };
			events.progressed(name, read, total);
			return;
		}
		if (data.head) state.last = { file, head: data.head };
		if (data.type === 'failed') {
			fail(data.code, data.detail, data.report, data.errors);
			// Columns not recognised: the reader chooses them.
			if (data.code === 'missingColumns') state.editing = true;
			return;
		}
		finish();
		let table;
		try {
			table = arrival.done(data.table);
		} catch (error) {
			return fail('unreadable', error instanceof Error ? error.message : String(error), null, null);
		}
		const { report, bytes, errors, upsert } = data;
		state.status = { phase: 'done', name, report, errors, upsert };
		void keeper.imported({ table, bytes, fileName: name, preset: report.preset, into: upsert && earlier ? earlier.id : null });
	};
	worker.onerror = (event) => fail('unreadable', event.message, null, null);
	worker.onmessageerror = () => fail('unreadable', 'a message from the import worker could not be read', null, null);
	worker.postMessage({ type: 'start', file, name, lang, columns, into: earlier?.from });
}
