// The fixed part of the event table file: its preamble, the JSON header and the order and types
// of the columns. Layout: README, "Event tables (binary format)".
import type { Dictionaries, EventTable } from './event-table';
import { MAX_DICTIONARY_SIZE } from './build-table';
import { EventTableFormatError } from './format-error';
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

export const fail = (message: string): never => {
	throw new EventTableFormatError(message);
};

export const align8 = (n: number) => Math.ceil(n / 8) * 8;

const { fileBytes, rows, stringChars, headerBytes, headerDepth } = EVENT_TABLE_LIMITS;
const count = (n: number) => n.toLocaleString('en');

/** A value from the file, for a message: String() of an object whose toString is not a function throws. */
/** A value read from the file, quoted into an error: escaped (a damaged name may hold a line break) and cut short. */
const shown = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value).slice(1, -1) : (JSON.stringify(value) ?? String(value))).slice(0, 60);

const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= stringChars;

function isDictionary(value: unknown): value is string[] {
	return Array.isArray(value) && value[0] === '' && value.length <= MAX_DICTIONARY_SIZE && value.every(isText);
}

function checkHeader(value: unknown): Header {
	const h = (typeof value === 'object' && value !== null ? value : fail('the header is not a JSON object')) as Record<string, unknown>;
	if (!isText(h.name)) fail(`the header has no name of at most ${count(stringChars)} characters`);
	if (!isText(h.countingRule)) fail(`the header has no countingRule of at most ${count(stringChars)} characters`);
	if (typeof h.synthetic !== 'boolean') fail('the header does not say whether the events are synthetic');
	const length = h.length as number;
	// The offsets hold length + 1 values in a Uint32Array.
	if (!Number.isInteger(length) || length < 0 || length >= 2 ** 32 - 1) fail(`the header's length ${shown(length)} is not a row count`);
	if (length > rows) fail(`the header says ${count(length)} rows; an event table may have at most ${count(rows)}`);
	const dictionaries = (h.dictionaries ?? {}) as Record<string, unknown>;
	for (const name of ['eventTypes', 'actors', 'countries', 'admin1']) {
		if (!isDictionary(dictionaries[name])) {
			fail(`the header's dictionary ${name} is not a list of at most ${MAX_DICTIONARY_SIZE} strings of at most ${count(stringChars)} characters, starting with ""`);
		}
	}
	const values = (h.values ?? {}) as Record<string, unknown>;
	for (const name of CODED_COLUMNS) {
		const list = values[name];
		if (!Array.isArray(list) || list.length > rows || !list.every(isText)) {
			fail(`the header's values of ${name} are not a list of at most ${count(rows)} strings of at most ${count(stringChars)} characters`);
		}
	}
	const columns = Array.isArray(h.columns) ? (h.columns as unknown[]) : fail('the header lists no columns');
	COLUMNS.forEach(([name, type], i) => {
		const column = columns[i] as Partial<Header['columns'][number]> | undefined;
		const coded = name.endsWith('.codes');
		if (column?.name !== name || (column.type !== type && !(coded && column.type === 'u32'))) {
			const found = column ? `${shown(column.name)} (${shown(column.type)})` : 'missing';
			fail(`the header's column ${i + 1} should be ${name} (${coded ? 'u16 or u32' : type}), not ${found}`);
		}
		const valueCount = coded ? (values[name.slice(0, -'.codes'.length)] as string[]).length : 0;
		if (coded && column!.type === 'u16' && valueCount > MAX_U16_VALUES) {
			fail(`the header's column ${name} has u16 codes for ${count(valueCount)} values; more than ${count(MAX_U16_VALUES)} need u32`);
		}
		if (!Number.isInteger(column?.byteLength) || column!.byteLength! < 0) fail(`the header's byte length of column ${name} is not a whole number`);
	});
	if (columns.length !== COLUMNS.length) fail(`the header lists ${columns.length} columns, this version has ${COLUMNS.length}`);
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
		if (bytes[i] !== MAGIC.charCodeAt(i)) fail(`not a Sahel Timeline event table (it does not start with ${MAGIC})`);
	}
	if (bytes.length < PREAMBLE_BYTES) return undefined;
	const version = bytes[8]!;
	if (version > FORMAT_VERSION) fail(`version ${version} is newer than this app reads (${FORMAT_VERSION})`);
	if (version < 1) fail(`not a Sahel Timeline event table (version ${version})`);
	if (version < FORMAT_VERSION) {
		fail(`version ${version} is older than this app reads (${FORMAT_VERSION}): make the table again (npm run generate, or import its CSV)`);
	}
	if (headerLength(bytes) > headerBytes) fail(`the header's length, ${count(headerLength(bytes))} bytes, is more than the ${count(headerBytes)} a header may have`);
	const columnsStart = columnsStartOf(bytes);
	if (bytes.length < columnsStart) return undefined;
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(PREAMBLE_BYTES, columnsStart));
	} catch {
		return fail('the header is not valid UTF-8 text');
	}
	const deep = tooDeepAt(text, headerDepth);
	if (deep !== undefined) fail(`the header nests more than ${headerDepth} deep (at character ${count(deep)})`);
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		fail(`the header is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
	}
	const header = checkHeader(json);
	let fileSize = columnsStart;
	for (const column of header.columns) fileSize = align8(fileSize) + column.byteLength;
	// Before anything is allocated for it: a reader makes a buffer of this size.
	if (fileSize > fileBytes) fail(`the header describes a file of ${count(fileSize)} bytes; an event table may have at most ${count(fileBytes)}`);
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
			if (byteLength !== needed) fail(`lengths disagree: column ${name} has ${byteLength} bytes, but ${values} values of ${type} take ${needed}`);
		}
		const got = Math.max(0, Math.min(byteLength, available - offset));
		if (got < byteLength) fail(`truncated: expected ${byteLength} bytes of column ${name}, got ${got}`);
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
	if (bytes.length === 0) return fail('not a Sahel Timeline event table (the file is empty)');
	if (bytes.length < PREAMBLE_BYTES) return fail(`truncated: expected ${PREAMBLE_BYTES} bytes of preamble, got ${bytes.length}`);
	return fail(`truncated: expected ${headerLength(bytes)} bytes of header, got ${bytes.length - PREAMBLE_BYTES}`);
}
