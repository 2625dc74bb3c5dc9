// Reads an event table in a worker and resolves with the table, its buffers moved to this thread,
// its texts gathered from their messages (table-read-messages.ts); progress as bytes read (and the
// whole size when known). A binary table's file or a kept dataset's table is read by
// table-read.worker.ts, a ?data= URL by event-data.worker.ts. The worker ends with the read, or
// when `signal` aborts (the promise then rejects with the signal's reason). Every failure is a
// LoadProblemError, for the page to say in the reader's language.
import type { EventTable } from '../dataset/event-table';
import { LoadProblemError, loadProblem } from '../dataset/format-error';
import { TableArrival, TableReadMessageSchema, type TableReadRequest } from '../dataset/table-read-messages';

export type ReadProgress = (read: number, total: number | null) => void;

/** Sends `request` to `worker` and gathers the table it posts back. */
export function tableFromWorker(worker: Worker, request: unknown, onProgress: ReadProgress, signal?: AbortSignal): Promise<EventTable> {
	const arrival = new TableArrival();
	const failed = (code: 'readerUnreadable' | 'readerStopped') => new LoadProblemError(loadProblem(code));
	return new Promise<EventTable>((resolve, reject) => {
		signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
		worker.onmessage = (event: MessageEvent<unknown>) => {
			const parsed = TableReadMessageSchema.safeParse(event.data);
			if (!parsed.success) return reject(failed('readerUnreadable'));
			const message = parsed.data;
			if (message.type === 'progress') onProgress(message.read, message.total);
			else if (message.type === 'text') arrival.text(message.column, message.text);
			else if (message.type === 'failed') reject(new LoadProblemError(message.problem));
			else {
				try {
					resolve(arrival.done(message.table));
				} catch (error) {
					reject(error);
				}
			}
		};
		worker.onerror = () => reject(failed('readerStopped'));
		worker.onmessageerror = () => reject(failed('readerUnreadable'));
		worker.postMessage(request);
	}).finally(() => worker.terminate());
}

/** A binary table's file, or a kept dataset's table, read by the table reader. */
export function readTableOffThread(request: TableReadRequest, onProgress: (read: number) => void, signal?: AbortSignal): Promise<EventTable> {
	return tableFromWorker(new Worker(new URL('./table-read.worker.ts', import.meta.url), { type: 'module' }), request, onProgress, signal);
}
