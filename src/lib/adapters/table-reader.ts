// Reads a binary event table from a file, or a kept dataset's table from IndexedDB, in its own
// worker (table-read.worker.ts) and resolves with the table, its buffers moved to this thread;
// progress as bytes read. The worker ends with the read, or when `signal` aborts (the
// promise then rejects with the signal's reason).
import type { EventTable } from '../dataset/event-table';
import { TableArrival, TableReadMessageSchema, type TableReadRequest } from '../dataset/table-read-messages';

export function readTableOffThread(request: TableReadRequest, onProgress: (read: number) => void, signal?: AbortSignal): Promise<EventTable> {
	const worker = new Worker(new URL('./table-read.worker.ts', import.meta.url), { type: 'module' });
	const arrival = new TableArrival();
	return new Promise<EventTable>((resolve, reject) => {
		signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
		worker.onmessage = (event: MessageEvent<unknown>) => {
			const parsed = TableReadMessageSchema.safeParse(event.data);
			if (!parsed.success) return reject(new Error(parsed.error.message));
			const message = parsed.data;
			if (message.type === 'progress') onProgress(message.read);
			else if (message.type === 'text') arrival.text(message.column, message.text);
			else if (message.type === 'failed') reject(new Error(message.reason));
			else {
				try {
					resolve(arrival.done(message.table));
				} catch (error) {
					reject(error);
				}
			}
		};
		worker.onerror = (event) => reject(new Error(event.message || 'the table reader failed'));
		worker.onmessageerror = () => reject(new Error('a message from the table reader could not be read'));
		worker.postMessage(request);
	}).finally(() => worker.terminate());
}
