// The data worker: fetches and decodes the event table ?data= names off the main thread, posts its
// progress (at most every PROGRESS_MS: a 100 MB file arrives in thousands of chunks, and each post
// redraws the page's progress bar) and then the table with its buffers transferred, not copied.
// One worker per load.
import { fetchEventTable } from './fetch-event-table';
import { tableBuffers } from '../dataset/import/messages';
import type { EventTable } from '../dataset/event-table';

const PROGRESS_MS = 100;

type Post = { type: 'progress'; read: number; total: number | null } | { type: 'done'; table: EventTable } | { type: 'failed'; reason: string };
const post = (message: Post, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

self.onmessage = async (event: MessageEvent<unknown>) => {
	if (typeof event.data !== 'string') return post({ type: 'failed', reason: 'the data worker was not given a URL' });
	let posted = -Infinity;
	try {
		const table = await fetchEventTable(event.data, (read, total) => {
			const now = performance.now();
			if (now - posted < PROGRESS_MS) return;
			posted = now;
			post({ type: 'progress', read, total });
		});
		post({ type: 'done', table }, tableBuffers(table));
	} catch (error) {
		post({ type: 'failed', reason: error instanceof Error ? error.message : String(error) });
	}
};
