// A CSV file (or string) → an EventTable, streamed: PapaParse splits records chunk by chunk, each
// record goes straight to the row mapper and the builder (no array of rows is kept), problems are
// counted by reason, and progress is reported as it goes. Runs in a worker; knows nothing of one.
import Papa from 'papaparse';
import { detectDayOrder } from './day';
import { PREVIEW_ROWS, type FileHead, type ImportOptions, type ImportResult } from './import-options';
import { detectPreset, missingRoles } from './preset';
import { RecordSink } from './record-sink';
import { countRecords } from './record-count';
import { problem } from './row-problem';
import { headText, NotUtf8Error, PROGRESS_STEP, sniffEncoding, textChunks, type Encoding } from './text-chunks';

const DELIMITERS = [',', ';', '\t'];

class Cancelled extends Error {}

/** The first records of the text, to find the delimiter, the header and the date order. */
function sample(text: string) {
	const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: true, preview: 200, delimitersToGuess: DELIMITERS });
	return { delimiter: parsed.meta.delimiter, records: parsed.data };
}

async function run(source: Blob | string, encoding: Encoding, options: ImportOptions): Promise<ImportResult> {
	const { delimiter, records } = sample(await headText(source, encoding));
	const header = records[0];
	if (!header || header.every((cell) => cell.trim() === '')) return { ok: false, code: 'empty', detail: '', report: null, head: null };
	const preset = options.columns?.preset ?? detectPreset(header);
	const dateColumns = [preset.mapping.date, preset.mapping.dateEnd].filter((i) => i !== undefined);
	const detected = detectDayOrder(records.slice(1).flatMap((record) => dateColumns.map((i) => record[i] ?? '')));
	const dayOrder = options.columns && options.columns.dayOrder !== 'unknown' ? options.columns.dayOrder : detected;
	const head: FileHead = { header, rows: records.slice(1, 1 + PREVIEW_ROWS), preset, dayOrder };
	const missing = missingRoles(preset);
	if (missing.length) return { ok: false, code: 'missingColumns', detail: missing.join(', '), report: null, head };
	const total = typeof source === 'string' ? source.length : source.size;
	const count = await countRecords(source, options.signal);
	if (count === undefined) throw new Cancelled();
	const sink = new RecordSink(head, options, count - 1);
	let seen = 0;
	let reported = -PROGRESS_STEP;

	const takeRecords = (data: string[][], malformed: Set<number>) => {
		for (let i = 0; i < data.length; i++, seen++) {
			if (seen === 0) continue; // the header
			if (malformed.has(i)) sink.reject(problem(seen, '', 'malformed', ''));
			else sink.take(data[i]!, seen);
		}
	};

	// PapaParse streams from anything shaped like a Node readable: we push decoded text into it.
	const listeners: Record<string, (arg?: unknown) => void> = {};
	const stream = {
		readable: true,
		read() {},
		pause() {},
		resume() {},
		on(event: string, listener: (arg?: unknown) => void) {
			listeners[event] = listener;
		},
		removeListener(event: string) {
			delete listeners[event];
		}
	};
	let parseError: unknown = null;
	const finished = new Promise<void>((resolve) => {
		Papa.parse(stream as unknown as NodeJS.ReadableStream, {
			header: false,
			delimiter,
			skipEmptyLines: true,
			chunk(results: Papa.ParseResult<string[]>) {
				try {
					takeRecords(results.data, new Set(results.errors.map((e) => e.row).filter((r) => r !== undefined)));
				} catch (error) {
					parseError = error;
				}
			},
			complete: () => resolve(),
			error: (error: unknown) => {
				parseError = error;
				resolve();
			}
		});
	});
	for await (const chunk of textChunks(source, encoding)) {
		if (options.signal?.aborted) throw new Cancelled();
		listeners.data?.(chunk.text);
		if (parseError) throw parseError;
		if (chunk.read - reported < PROGRESS_STEP && chunk.read < total) continue;
		reported = chunk.read;
		options.onProgress?.({ read: chunk.read, total, rows: sink.rowsRead, problems: sink.problems, format: 'csv' });
	}
	listeners.end?.();
	await finished;
	if (parseError) throw parseError;

	return sink.finish({ format: 'csv', delimiter, encoding });
}

/** Imports `source`: UTF-8, or windows-1252 when the bytes are not UTF-8 (the report says which). */
export async function importCsv(source: Blob | string, options: ImportOptions): Promise<ImportResult> {
	let encoding: Encoding = typeof source === 'string' ? 'utf-8' : await sniffEncoding(source);
	for (;;) {
		try {
			return await run(source, encoding, options);
		} catch (error) {
			if (error instanceof Cancelled) return { ok: false, code: 'cancelled', detail: '', report: null, head: null };
			// Not UTF-8 past the sniffed start: read the file again as Latin-1.
			if (error instanceof NotUtf8Error && encoding === 'utf-8') {
				encoding = 'windows-1252';
				continue;
			}
			return { ok: false, code: 'unreadable', detail: error instanceof Error ? error.message : String(error), report: null, head: null };
		}
	}
}
