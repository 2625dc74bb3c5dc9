// Loads an event table for ?data= and hands it, indexed, to the event layer, with progress and a
// plain reason on failure; the story stays as it was whatever happens. Pages import this module
// only when a URL asks for data, so the story alone never downloads the dataset code.
import type { EventTable } from '../dataset/event-table';
import { TableArrival, TableReadMessageSchema } from '../dataset/table-read-messages';
import type { EventLayer } from '../state/event-layer.svelte';
import type { LoadProgress } from './fetch-event-table';
import { showPrepared } from './table-arrival';

/** The User Timing measure of each load, request to indexed table (ready to show): bench/scrub.mjs reads it by this name. */
const LOAD_MEASURE = 'sahel-timeline:event-load';

/** Fetches and decodes a table, reporting progress; throws with a plain reason. */
export type TableReader = (url: string, onProgress: LoadProgress) => Promise<EventTable>;

/**
 * Reads the table in the data worker (event-data.worker.ts): the file is fetched and decoded off the
 * main thread, while the page hydrates, and its columns arrive transferred, not cloned, its texts
 * each in a message (a task) of its own.
 */
export const readInWorker: TableReader = (url, onProgress) =>
	new Promise((resolve, reject) => {
		const arrival = new TableArrival();
		const worker = new Worker(new URL('./event-data.worker.ts', import.meta.url), { type: 'module' });
		const fail = (reason: string) => {
			worker.terminate();
			reject(new Error(reason));
		};
		worker.onmessage = (event: MessageEvent<unknown>) => {
			const parsed = TableReadMessageSchema.safeParse(event.data);
			if (!parsed.success) return fail(`the data worker sent an unreadable message: ${parsed.error.message}`);
			const data = parsed.data;
			if (data.type === 'progress') return onProgress(data.read, data.total);
			if (data.type === 'failed') return fail(data.reason);
			if (data.type === 'text') return arrival.text(data.column, data.text);
			try {
				resolve(arrival.done(data.table));
				worker.terminate();
			} catch (error) {
				fail(error instanceof Error ? error.message : String(error));
			}
		};
		worker.onerror = (event) => fail(event.message || 'the data worker stopped');
		worker.onmessageerror = () => fail('a message from the data worker could not be read');
		// The worker's own address is not the page's: a relative URL is resolved here.
		worker.postMessage(new URL(url, location.href).href);
	});

export async function loadEventData(events: EventLayer, url: string, read: TableReader = readInWorker): Promise<void> {
	events.started(url);
	const started = performance.now();
	try {
		const table = await read(url, (bytesRead, total) => events.progressed(url, bytesRead, total));
		// The index and what the first draw reads are built a piece a task, and the table shown in a
		// task of its own: its arrival is no long task.
		await showPrepared(events, url, table, () => performance.measure(LOAD_MEASURE, { start: started, detail: { url, rows: table.length } }));
	} catch (error) {
		events.failed(url, error instanceof Error ? error.message : String(error));
	}
}
