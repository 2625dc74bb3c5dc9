// Runs an import in its own module worker and hands the result on: progress and the summary to
// the import panel's state, the table (indexed) to the event layer only once it has loaded, so a
// failed or cancelled import loses nothing. The main thread never parses the file.
import { EventIndex } from '../dataset/event-index';
import { WorkerMessageSchema } from '../dataset/import/messages';
import type { ImportFailureCode, ImportReport } from '../dataset/import/report';
import { message, type Lang } from '../i18n/messages';
import type { DataImport } from '../state/data-import.svelte';
import type { EventLayer } from '../state/event-layer.svelte';

export function importFile(file: File, lang: Lang, events: EventLayer, state: DataImport): void {
	state.cancel?.();
	const name = file.name;
	const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
	const finish = () => {
		worker.terminate();
		state.cancel = null;
	};
	const fail = (code: ImportFailureCode, detail: string, report: ImportReport | null) => {
		finish();
		state.status = { phase: 'failed', name, code, detail, report };
		events.failed(name, message(lang, code === 'cancelled' ? 'importCancelledReason' : 'importFailedReason'));
	};

	worker.onmessage = (event: MessageEvent<unknown>) => {
		const parsed = WorkerMessageSchema.safeParse(event.data);
		if (!parsed.success) return fail('unreadable', parsed.error.message, null);
		const data = parsed.data;
		if (data.type === 'progress') {
			const { read, total, rows, problems } = data;
			state.status = { phase: 'running', name, read, total, rows, problems };
			events.progressed(name, read, total);
		} else if (data.type === 'failed') fail(data.code, data.detail, data.report);
		else {
			finish();
			events.loaded(name, data.table, new EventIndex(data.table));
			state.status = { phase: 'done', name, report: data.report };
		}
	};
	worker.onerror = (event) => fail('unreadable', event.message, null);
	worker.onmessageerror = () => fail('unreadable', 'a message from the import worker could not be read', null);

	state.status = { phase: 'running', name, read: 0, total: file.size, rows: 0, problems: 0 };
	state.cancel = () => fail('cancelled', '', null);
	events.started(name);
	worker.postMessage({ type: 'start', file, name, lang });
}
