// Imports the app's own binary event table (a .bin from `npm run generate` or the Datasets panel's
// export): read and checked whole in the table reader's worker, as a kept dataset is on reload,
// then shown and kept like any import. A damaged file fails with the reader's reason and a
// cancelled one stops its worker; either way the events already shown stay.
import { loadProblem, loadProblemOf } from '../dataset/format-error';
import { loadProblemText } from '../dataset/load-problem-text';
import type { Lang } from '../i18n/messages';
import type { DataImport } from '../state/data-import.svelte';
import type { EventLayer } from '../state/event-layer.svelte';
import type { DatasetKeeper } from './datasets';
import { readTableOffThread } from './table-reader';
import '../i18n/on-demand/import';

export async function importTableFile(file: File, lang: Lang, events: EventLayer, keeper: DatasetKeeper, state: DataImport): Promise<void> {
	const name = file.name;
	const abort = new AbortController();
	const running = (read: number) => ({ phase: 'running', name, read, total: file.size, rows: 0, problems: 0, format: null }) as const;
	state.status = running(0);
	state.editing = false;
	// A table has no columns to map: "Change columns" would re-read an earlier CSV.
	state.last = null;
	// Said at once, before a next import can start: the worker's rejection comes later.
	state.cancel = () => {
		abort.abort();
		state.cancel = null;
		state.status = { phase: 'failed', name, code: 'cancelled', detail: '', report: null, errors: null };
		events.failed(name, loadProblem('importCancelled'));
	};
	events.started(name);
	try {
		const table = await readTableOffThread(
			{ file },
			(read) => {
				state.status = running(read);
				events.progressed(name, read, file.size);
			},
			abort.signal
		);
		state.cancel = null;
		state.status = { phase: 'table', name, rows: table.length };
		await keeper.imported({ table, bytes: file.size, fileName: name, preset: 'table', into: null });
	} catch (error) {
		if (abort.signal.aborted) return;
		state.cancel = null;
		state.status = { phase: 'failed', name, code: 'badTable', detail: loadProblemText(loadProblemOf(error), lang), report: null, errors: null };
		events.failed(name, loadProblem('importFailed'));
	}
}
