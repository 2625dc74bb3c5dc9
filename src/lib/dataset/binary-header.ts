// The fixed part of the event table file: its preamble, the JSON header and the order and types
// of the columns. Layout: README, "Event tables (binary format)".
import type { Dictionaries, EventTable } from './event-table';
import { MAX_DICTIONARY_SIZE } from './build-table';
import { formatFailure } from './format-error';
import { EVENT_TABLE_LIMITS } from './limits';
import { tooDeepAt } from '../scenario/json-limits';
import { MAGIC } from './table-magic';

export { MAGIC };
/** 2: places and sources as codes into lists of their values (1 held them as text per row; no longer read). */
export const FORMAT_VERSION = 2;
/** Magic (8 bytes), version (1), three zero bytes, the header's byte length (u32). */
export const PREAMBLE_BYTES = 16;

export const ELEMENT = { f64: Float64Array, f32: Float32Array, u32: Uint32Array, u16: Uint16Array, u8: Uint8Array } as const;
export type NumericType = keyof typeof ELEMENT;
export type ColumnType = NumericType | 'utf8';
export type StringName = 'id' | 'notes';
export type CodedName = 'location' | 'source';
export type NumericName = Exclude<keyof EventTable, 'name' | 'countingRule' | 'synthetic' | 'length' | 'dictionaries' | StringName | CodedName>;

export const NUMERIC_COLUMNS: readonly (readonly [NumericName, NumericType])[] = [
	['start', 'f64'], ['end', 'f64'], ['lon', 'f32'], ['lat', 'f32'],
	['fatalities', 'f32'], ['fatalitiesLow', 'f32'], ['fatalitiesHigh', 'f32'],
	['eventType', 'u16'], ['actor1', 'u16'], ['actor2', 'u16'], ['country', 'u16'], ['admin1', 'u16'],
	['timePrecision', 'u8'], ['geoPrecision', 'u8']
];
export const STRING_COLUMNS: readonly StringName[] = ['id', 'notes'];
export const CODED_COLUMNS: readonly CodedName[] = ['location', 'source'];
/** Codes are u16 while a column has at most this many values, else u32. */
export const MAX_U16_VALUES = 2 ** 16;
/**
 * Every column in file order: the numbers (widest first), the coded columns' codes (u16 here; u32
 * allowed), the string offsets, the texts.
 */
export const COLUMNS: readonly (readonly [string, ColumnType])[] = [
	...NUMERIC_COLUMNS,
	...CODED_COLUMNS.map((name) => [`${name}.codes`, 'u16'] as const),
	...STRING_COLUMNS.map((name) => [`${name}.offsets`, 'u32'] as const),
	...STRING_COLUMNS.map((name) => [`${name}.text`, 'utf8'] as const)
];

export interface Header {
	name: string;
	countingRule: string;
	synthetic: boolean;
	length: number;
	dictionaries: Dictionaries;
	/** The values of each coded column, in code order. */
	values: Record<CodedName, string[]>;
	columns: { name: string; type: ColumnType; byteLength: number }[];
}

export const fail = formatFailure;

export const align8 = (n: number) => Math.ceil(n / 8) * 8;

const { fileBytes, rows, stringChars, headerBytes, headerDepth } = EVENT_TABLE_LIMITS;

/** A value read from the file, quoted into an error: escaped (a damaged name may hold a line break) and cut short. */
const shown = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value).slice(1, -1) : (JSON.stringify(value) ?? String(value))).slice(0, 60);

const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= stringChars;

function isDictionary(value: unknown): value is string[] {
	return Array.isArray(value) && value[0] === '' && value.length <= MAX_DICTIONARY_SIZE && value.every(isText);
}

function checkHeader(value: unknown): Header {
	const h = (typeof value === 'object' && value !== null ? value : fail('headerNotObject')) as Record<string, unknown>;
	if (!isText(h.name)) fail('headerName', { max: stringChars });
	if (!isText(h.countingRule)) fail('headerCountingRule', { max: stringChars });
	if (typeof h.synthetic !== 'boolean') fail('headerSynthetic');
	const length = h.length as number;
	// The offsets hold length + 1 values in a Uint32Array.
	if (!Number.isInteger(length) || length < 0 || length >= 2 ** 32 - 1) fail('headerLength', { value: shown(length) });
	if (length > rows) fail('tooManyRows', { rows: length, max: rows });
	const dictionaries = (h.dictionaries ?? {}) as Record<string, unknown>;
	for (const name of ['eventTypes', 'actors', 'countries', 'admin1']) {
		if (!isDictionary(dictionaries[name])) {
			fail('headerDictionary', { name, entries: MAX_DICTIONARY_SIZE, max: stringChars });
		}
	}
	const values = (h.values ?? {}) as Record<string, unknown>;
	for (const name of CODED_COLUMNS) {
		const list = values[name];
		if (!Array.isArray(list) || list.length > rows || !list.every(isText)) {
			fail('headerValues', { name, rows, max: stringChars });
		}
	}
	const columns = Array.isArray(h.columns) ? (h.columns as unknown[]) : fail('headerNoColumns');
	COLUMNS.forEach(([name, type], i) => {
		const column = columns[i] as Partial<Header['columns'][number]> | undefined;
		const coded = name.endsWith('.codes');
		if (column?.name !== name || (column.type !== type && !(coded && column.type === 'u32'))) {
			const expected = { index: i + 1, name, type: coded ? 'u16/u32' : type };
			if (!column) fail('headerColumnMissing', expected);
			fail('headerColumn', { ...expected, found: `${shown(column!.name)} (${shown(column!.type)})` });
		}
		const valueCount = coded ? (values[name.slice(0, -'.codes'.length)] as string[]).length : 0;
		if (coded && column!.type === 'u16' && valueCount > MAX_U16_VALUES) {
			fail('headerCodes', { name, values: valueCount, max: MAX_U16_VALUES });
		}
		if (!Number.isInteger(column?.byteLength) || column!.byteLength! < 0) fail('headerColumnBytes', { name });
	});
	if (columns.length !== COLUMNS.length) fail('headerColumnCount', { count: columns.length, expected: COLUMNS.length });
	return h as unknown as Header;
}

const headerLength = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, PREAMBLE_BYTES).getUint32(12, true);

/** Where the columns start, from a file's first PREAMBLE_BYTES bytes. */
export const columnsStartOf = (preamble: Uint8Array) => PREAMBLE_BYTES + headerLength(preamble);

/**
 * The header of a file (or of its first bytes: undefined until enough of it has arrived), where
 * its columns start and the file's whole size, which the header's byte lengths fix. Throws on a
 * file of another kind as soon as its first bytes show it.
 */
export function readHeader(bytes: Uint8Array): { header: Header; columnsStart: number; fileSize: number } | undefined {
	for (let i = 0; i < Math.min(MAGIC.length, bytes.length); i++) {
		if (bytes[i] !== MAGIC.charCodeAt(i)) fail('notTable', { magic: MAGIC });
	}
	if (bytes.length < PREAMBLE_BYTES) return undefined;
	const version = bytes[8]!;
	if (version > FORMAT_VERSION) fail('newerVersion', { version, supported: FORMAT_VERSION });
	if (version < 1) fail('badVersion', { version });
	if (version < FORMAT_VERSION) {
		fail('olderVersion', { version, supported: FORMAT_VERSION });
	}
	if (headerLength(bytes) > headerBytes) fail('headerTooLong', { bytes: headerLength(bytes), max: headerBytes });
	const columnsStart = columnsStartOf(bytes);
	if (bytes.length < columnsStart) return undefined;
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(PREAMBLE_BYTES, columnsStart));
	} catch {
		return fail('headerNotUtf8');
	}
	const deep = tooDeepAt(text, headerDepth);
	if (deep !== undefined) fail('headerTooDeep', { depth: headerDepth, at: deep });
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		// The parser's own words are the engine's, in English: the reason stays in the reader's language.
		fail('headerNotJson');
	}
	const header = checkHeader(json);
	let fileSize = columnsStart;
	for (const column of header.columns) fileSize = align8(fileSize) + column.byteLength;
	// Before anything is allocated for it: a reader makes a buffer of this size.
	if (fileSize > fileBytes) fail('tooLarge', { bytes: fileSize, max: fileBytes });
	return { header, columnsStart, fileSize };
}

/** A column as it lies in the file: its header entry and its byte offset. */
export type ColumnAt = Header['columns'][number] & { offset: number };

/**
 * Where each column lies in a file whose columns start at `columnsStart`, checking each numeric
 * column's byte length against the row count and, in file order, that the first `available` bytes
 * hold it (a stream checks that only once it has ended).
 */
export function columnLayout(header: Header, columnsStart: number, available = Infinity): ColumnAt[] {
	const layout: ColumnAt[] = [];
	let offset = columnsStart;
	for (const column of header.columns) {
		const { name, type, byteLength } = column;
		offset = align8(offset);
		if (type !== 'utf8') {
			const values = name.endsWith('.offsets') ? header.length + 1 : header.length;
			const needed = values * ELEMENT[type].BYTES_PER_ELEMENT;
			if (byteLength !== needed) fail('columnBytes', { column: name, bytes: byteLength, values, type, needed });
		}
		const got = Math.max(0, Math.min(byteLength, available - offset));
		if (got < byteLength) fail('truncatedColumn', { expected: byteLength, column: name, got });
		layout.push({ ...column, offset });
		offset += byteLength;
	}
	return layout;
}

/** Where the numeric columns (all before the texts) start, and where the texts start. */
export function blockStarts(layout: readonly ColumnAt[]): { numbers: number; texts: number } {
	return { numbers: layout[0]!.offset, texts: layout.find((c) => c.type === 'utf8')!.offset };
}

/** What decodeEventTable says when `bytes` end before the header does. */
export function truncatedHeader(bytes: Uint8Array): never {
	if (bytes.length === 0) return fail('emptyFile');
	if (bytes.length < PREAMBLE_BYTES) return fail('truncatedPreamble', { expected: PREAMBLE_BYTES, got: bytes.length });
	return fail('truncatedHeader', { expected: headerLength(bytes), got: bytes.length - PREAMBLE_BYTES });
}
