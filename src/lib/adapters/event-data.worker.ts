// The data worker: fetches and decodes the event table ?data= names off the main thread, posts its
// progress (at most every PROGRESS_MS: a 100 MB file arrives in thousands of chunks, and each post
// redraws the page's progress bar) and then the table: its texts each in a message of their own,
// then the rest with its buffers transferred, not copied (table-read-messages). One worker per load.
import { fetchEventTable } from './fetch-event-table';
import { loadProblem, loadProblemOf } from '../dataset/format-error';
import { tableBuffers } from '../dataset/table-schema';
import { tableReadPosts, type TableReadPost } from '../dataset/table-read-messages';

const PROGRESS_MS = 100;

const post = (message: TableReadPost, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

self.onmessage = async (event: MessageEvent<unknown>) => {
	if (typeof event.data !== 'string') return post({ type: 'failed', problem: loadProblem('readerNoRequest') });
	let posted = -Infinity;
	try {
		const table = await fetchEventTable(event.data, (read, total) => {
			const now = performance.now();
			if (now - posted < PROGRESS_MS) return;
			posted = now;
			post({ type: 'progress', read, total });
		});
		const posts = tableReadPosts(table);
		posts.forEach((message, i) => post(message, i === posts.length - 1 ? tableBuffers(table) : []));
	} catch (error) {
		post({ type: 'failed', problem: loadProblemOf(error) });
	}
};
