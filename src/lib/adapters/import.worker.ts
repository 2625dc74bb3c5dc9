// The import worker: reads and parses a file (CSV or GeoJSON) off the main thread, posts progress as it goes and
// the finished table, its texts in pieces first (table-read-messages.ts), then the rest with its
// buffers transferred (not copied), the bytes it will take kept, and errors.csv. Given an earlier import of the same file (kept: read from IndexedDB here; or held for
// the visit), it updates that table by event id (upsert). One worker per import; the page cancels
// by terminating it.
import type { EventTable } from '../dataset/event-table';
import { countingRule } from '../dataset/import/counting-rule';
import { errorsCsvHeader, errorsCsvLine } from '../dataset/import/errors-csv';
import type { FileHead } from '../dataset/import/import-options';
import { importData } from '../dataset/import/import-data';
import { StartMessageSchema, type StartMessage, type WorkerPost } from '../dataset/import/messages';
import { textless, textPosts } from '../dataset/table-read-messages';
import { tableBuffers } from '../dataset/table-schema';
import type { ImportReport } from '../dataset/import/report';
import type { Lang } from '../i18n/messages';
import { storedBytes } from '../dataset/stored-table';
import { upsertTable, type Upserted } from '../dataset/upsert';
import { DatasetStore } from './dataset-store';

const post = (message: WorkerPost, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

/** errors.csv, kept in Blobs of about a megabyte as it grows, so its text does not pile up in the worker. */
function errorsFile(lang: Lang) {
	const parts: Blob[] = [];
	let pending = '';
	let lines = 0;
	return {
		add(line: string) {
			lines++;
			pending += line;
			if (pending.length >= 1 << 20) {
				parts.push(new Blob([pending]));
				pending = '';
			}
		},
		blob: (format: ImportReport['format'] = 'csv') =>
			lines === 0 ? null : new Blob([errorsCsvHeader(lang, format), ...parts, pending], { type: 'text/csv;charset=utf-8' })
	};
}

/** The new table merged into the earlier one when the file has ids; null (a new dataset) otherwise or if the earlier one cannot be read. */
async function upserted(into: StartMessage['into'], table: EventTable, head: FileHead): Promise<Upserted | null> {
	if (!into || head.preset.mapping.id === undefined) return null;
	try {
		const stored = 'held' in into ? into.held : await (await DatasetStore.open()).table(into.kept);
		return upsertTable(stored, table, { name: table.name, countingRule: table.countingRule, synthetic: table.synthetic && stored.synthetic });
	} catch {
		return null;
	}
}

self.onmessage = async (event: MessageEvent<unknown>) => {
	const start = StartMessageSchema.safeParse(event.data);
	if (!start.success) {
		post({ type: 'failed', code: 'unreadable', detail: start.error.message, report: null, head: null, errors: null });
		return;
	}
	const { file, name, lang, columns, into } = start.data;
	const errors = errorsFile(lang);
	const result = await importData(file, {
		name,
		columns,
		countingRule: (preset, column) => countingRule(lang, preset, column),
		onProgress: (progress) => post({ type: 'progress', ...progress }),
		onProblem: (problem) => errors.add(errorsCsvLine(problem, lang))
	});
	if (!result.ok) {
		post({ type: 'failed', code: result.code, detail: result.detail, report: result.report, head: result.head, errors: errors.blob(result.report?.format) });
		return;
	}
	const merged = await upserted(into, result.table, result.head);
	const table = merged?.table ?? result.table;
	const upsert = merged && { added: merged.added, updated: merged.updated };
	// The texts first, a piece a message (a task each on the page), then the rest with its buffers moved.
	for (const piece of textPosts(table)) post(piece);
	post({ type: 'done', table: textless(table), report: result.report, head: result.head, bytes: storedBytes(table), errors: errors.blob(result.report.format), upsert }, tableBuffers(table));
};
