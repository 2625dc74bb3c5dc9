// Reads a kept dataset's binary table off the main thread: decoding and checking a million rows
// would block the page for a second. The table comes back with its column buffers transferred
// (moved, not copied); the Blob it was read from is the worker's own reference to the stored one.
import { readEventTable } from '../dataset/binary-format';
import { tableBuffers } from '../dataset/import/messages';
import type { TableReadPost } from '../dataset/table-read-messages';

const post = (message: TableReadPost, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

self.onmessage = async (event: MessageEvent<unknown>) => {
	const blob = event.data;
	if (!(blob instanceof Blob)) return post({ type: 'failed', detail: 'the table reader was sent no table' });
	try {
		const table = await readEventTable(blob.stream(), (read) => post({ type: 'progress', read }));
		post({ type: 'done', table }, tableBuffers(table));
	} catch (error) {
		post({ type: 'failed', detail: error instanceof Error ? error.message : String(error) });
	}
};
