// Fetches an event table for ?data= and hands it, indexed, to the event layer, with progress and a
// plain reason on failure; the story stays as it was whatever happens. Pages import this module
// only when a URL asks for data, so the story alone never downloads the dataset code.
import { readEventTable } from '../dataset/binary-format';
import { EventIndex } from '../dataset/event-index';
import type { EventLayer } from '../state/event-layer.svelte';

/** The User Timing measure of each load, request to indexed table: bench/scrub.mjs reads it by this name. */
const LOAD_MEASURE = 'sahel-timeline:event-load';

export async function loadEventData(events: EventLayer, url: string, fetcher: typeof fetch = fetch): Promise<void> {
	events.started(url);
	const started = performance.now();
	try {
		const response = await fetcher(url);
		if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
		if (!response.body) throw new Error('the response has no body');
		const length = Number(response.headers.get('content-length'));
		const total = Number.isFinite(length) && length > 0 ? length : null;
		const table = await readEventTable(response.body, (bytesRead) => events.progressed(url, bytesRead, total));
		const index = new EventIndex(table);
		performance.measure(LOAD_MEASURE, { start: started, detail: { url, rows: table.length } });
		events.loaded(url, table, index);
	} catch (error) {
		events.failed(url, error instanceof Error ? error.message : String(error));
	}
}
