// Reads a binary table (a file) or a kept dataset's table (IndexedDB) off the main thread: reading
// and checking a million rows would block the page for a second. The table comes back with its
// column buffers transferred (moved, not copied) and its texts in messages of their own.
import { readEventTable } from '../dataset/binary-format';
import { loadProblem, loadProblemOf } from '../dataset/format-error';
import { tableBuffers } from '../dataset/table-schema';
import { TableReadRequestSchema, tableReadPosts, type TableReadPost } from '../dataset/table-read-messages';
import { DatasetStore } from './dataset-store';

const post = (message: TableReadPost, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

self.onmessage = async (event: MessageEvent<unknown>) => {
	const request = TableReadRequestSchema.safeParse(event.data);
	if (!request.success) return post({ type: 'failed', problem: loadProblem('readerNoRequest') });
	const progress = (read: number) => post({ type: 'progress', read, total: null });
	try {
		const asked = request.data;
		const table =
			'file' in asked ? await readEventTable(asked.file.stream(), progress) : await (await DatasetStore.open()).table(asked.kept, progress);
		const posts = tableReadPosts(table);
		posts.forEach((message, i) => post(message, i === posts.length - 1 ? tableBuffers(table) : []));
	} catch (error) {
		post({ type: 'failed', problem: loadProblemOf(error) });
	}
};
