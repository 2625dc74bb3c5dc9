// The import worker: reads and parses a file off the main thread, posts progress as it goes and
// the finished table with its buffers transferred (not copied). One worker per import; the page
// cancels by terminating it.
import { countingRule } from '../dataset/import/counting-rule';
import { importCsv } from '../dataset/import/importer';
import { StartMessageSchema, tableBuffers, type WorkerPost } from '../dataset/import/messages';

const post = (message: WorkerPost, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

self.onmessage = async (event: MessageEvent<unknown>) => {
	const start = StartMessageSchema.safeParse(event.data);
	if (!start.success) {
		post({ type: 'failed', code: 'unreadable', detail: start.error.message, report: null });
		return;
	}
	const { file, name, lang } = start.data;
	const result = await importCsv(file, {
		name,
		countingRule: (preset, column) => countingRule(lang, preset, column),
		onProgress: (progress) => post({ type: 'progress', ...progress })
	});
	if (result.ok) post({ type: 'done', table: result.table, report: result.report }, tableBuffers(result.table));
	else post({ type: 'failed', code: result.code, detail: result.detail, report: result.report });
};
