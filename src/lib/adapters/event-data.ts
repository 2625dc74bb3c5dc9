// Loads an event table for ?data= and hands it, indexed, to the event layer, with progress and, on
// failure, a reason the page says in the reader's language; the story stays as it was whatever
// happens. Pages import this module only when a URL asks for data, so the story alone never
// downloads the dataset code.
import type { EventTable } from '../dataset/event-table';
import { loadProblemOf } from '../dataset/format-error';
import type { EventLayer } from '../state/event-layer.svelte';
import type { LoadProgress } from './fetch-event-table';
import { showPrepared } from './table-arrival';
import { tableFromWorker } from './table-reader';

/** The User Timing measure of each load, request to indexed table (ready to show): bench/scrub.mjs reads it by this name. */
const LOAD_MEASURE = 'sahel-timeline:event-load';

/** Fetches and decodes a table, reporting progress; throws a LoadProblemError. */
export type TableReader = (url: string, onProgress: LoadProgress) => Promise<EventTable>;

/**
 * Reads the table in the data worker (event-data.worker.ts): the file is fetched and decoded off the
 * main thread, while the page hydrates, and its columns arrive transferred, not cloned, its texts
 * each in messages (tasks) of their own.
 */
export const readInWorker: TableReader = (url, onProgress) =>
	// The worker's own address is not the page's: a relative URL is resolved here.
	tableFromWorker(new Worker(new URL('./event-data.worker.ts', import.meta.url), { type: 'module' }), new URL(url, location.href).href, onProgress);

export async function loadEventData(events: EventLayer, url: string, read: TableReader = readInWorker): Promise<void> {
	events.started(url);
	const started = performance.now();
	try {
		const table = await read(url, (bytesRead, total) => events.progressed(url, bytesRead, total));
		// The index and what the first draw reads are built a piece a task, and the table shown in a
		// task of its own: its arrival is no long task.
		await showPrepared(events, url, table, () => performance.measure(LOAD_MEASURE, { start: started, detail: { url, rows: table.length } }));
	} catch (error) {
		events.failed(url, loadProblemOf(error));
	}
}
