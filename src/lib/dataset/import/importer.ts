// A CSV file (or string) → an EventTable, streamed: PapaParse splits records chunk by chunk, each
// record goes straight to the row mapper and the builder (no array of rows is kept), problems are
// counted by reason, and progress is reported as it goes. Runs in a worker; knows nothing of one.
import Papa from 'papaparse';
import { EventTableBuilder } from '../build-table';
import type { EventTable } from '../event-table';
import { detectDayOrder, type DayOrder } from './day';
import { detectPreset, missingRoles, type Preset, type PresetName } from './preset';
import { ProblemTally, type ImportFailureCode, type ImportReport } from './report';
import { rowMapper } from './row-mapper';
import { problem, type RowProblem } from './row-problem';
import { headText, NotUtf8Error, sniffEncoding, textChunks, type Encoding } from './text-chunks';

export interface ImportProgress {
	/** Bytes read (characters for a string source) and the total. */
	read: number;
	total: number;
	rows: number;
	problems: number;
}


/** The file's header and first rows with what was detected: the column-mapping editor starts from it. */
export interface FileHead {
	header: string[];
	/** The first PREVIEW_ROWS data records, as split. */
	rows: string[][];
	preset: Preset;
	dayOrder: DayOrder;
}

export const PREVIEW_ROWS = 5;

/** Columns chosen by the reader instead of detected: the preset's mapping, and the day order ('unknown': detect it). */
export interface ColumnChoice {
	preset: Preset;
	dayOrder: DayOrder;
}

export type ImportResult =
	| { ok: true; table: EventTable; report: ImportReport; head: FileHead }
	| { ok: false; code: ImportFailureCode; detail: string; report: ImportReport | null; head: FileHead | null };

export interface ImportOptions {
	/** The table's name: the file's. */
	name: string;
	/** The counting rule to show with the deaths, in the reader's language, from the preset and the deaths column. */
	countingRule(preset: PresetName, deathsColumn: string | null): string;
	/** The reader's columns; detected from the header without. */
	columns?: ColumnChoice;
	signal?: AbortSignal;
	onProgress?(progress: ImportProgress): void;
	/** Hears every problem, in file order (the report keeps only the first ones): for errors.csv. */
	onProblem?(problem: RowProblem): void;
}

const DELIMITERS = [',', ';', '\t'];
/** Synthetic files from the project's generator: every id starts so (README "Event tables"). */
const SYNTHETIC_ID = /^SYN/;

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
	const map = rowMapper(header, preset, dayOrder);

	const builder = new EventTableBuilder();
	const tally = new ProblemTally(options.onProblem);
	const total = typeof source === 'string' ? source.length : source.size;
	let seen = 0;
	let imported = 0;
	let rejected = 0;
	let synthetic = true;
	let read = 0;

	const takeRecords = (data: string[][], malformed: Set<number>) => {
		for (let i = 0; i < data.length; i++, seen++) {
			if (seen === 0) continue; // the header
			const row = seen;
			if (malformed.has(i)) {
				rejected++;
				tally.add(problem(row, '', 'malformed', ''));
				continue;
			}
			const mapped = map(data[i]!, row);
			if (!mapped.ok) {
				rejected++;
				for (const p of mapped.problems) tally.add(p);
				continue;
			}
			builder.add(mapped.event);
			imported++;
			if (synthetic && !SYNTHETIC_ID.test(mapped.event.id)) synthetic = false;
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
		read = chunk.read;
		listeners.data?.(chunk.text);
		if (parseError) throw parseError;
		options.onProgress?.({ read, total, rows: Math.max(0, seen - 1), problems: tally.total });
	}
	listeners.end?.();
	await finished;
	if (parseError) throw parseError;

	const deathsColumn = preset.mapping.fatalities === undefined ? null : header[preset.mapping.fatalities]!.trim();
	const report: ImportReport = {
		preset: preset.name, delimiter, encoding, dayOrder, rowsRead: Math.max(0, seen - 1), imported, rejected,
		reasons: tally.reasons(), problems: tally.kept
	};
	if (imported === 0) return { ok: false, code: 'noValidRows', detail: '', report, head };
	const table = builder.build({ name: options.name, countingRule: options.countingRule(preset.name, deathsColumn), synthetic });
	return { ok: true, table, report, head };
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
