// An event table as IndexedDB keeps it: one record of its facts and lists (names, dictionaries,
// the coded columns' values), then one record per column (a typed array), or per piece of a text
// (text-pieces.ts: a put copies its record in one task, and a million events' notes are 70 MB),
// never one per event. Stored one column at a time, so no copy of the whole table exists beside it
// while it is written (issue 12: an import's memory ≤ 2× the table); read back column by column.
import * as z from 'zod/mini';
import type { EventTable } from './event-table';
import { checkEventTable } from './table-checks';
import { TableSchema } from './table-schema';
import { formatFailure } from './format-error';
import { pieceCount, textPieces, TEXT_PIECE_CHARS } from './text-pieces';

/** The columns' records, in the order they are stored; each a typed array but the texts. */
export const STORED_COLUMNS = [
	'start', 'end', 'timePrecision', 'lon', 'lat', 'geoPrecision', 'eventType', 'actor1', 'actor2', 'country', 'admin1',
	'fatalities', 'fatalitiesLow', 'fatalitiesHigh', 'location.codes', 'source.codes', 'id.offsets', 'id.text', 'notes.offsets', 'notes.text'
] as const;
export type StoredColumn = (typeof STORED_COLUMNS)[number];
/** The record of the table's facts. */
export const FACTS = 'facts';
type TextRecord = 'id.text' | 'notes.text';
const TEXT_RECORDS: readonly string[] = ['id.text', 'notes.text'] satisfies TextRecord[];
/** A text's first piece is its column's record; the next ones follow as `notes.text/1`, `notes.text/2`… */
export type StoredPart = typeof FACTS | StoredColumn | `${TextRecord}/${number}`;
const pieceRecord = (name: TextRecord, i: number): StoredPart => (i === 0 ? name : `${name}/${i}`);

/** Which form of the stored facts this is, so a later form can tell an older one. */
const FORM = 1;

const FactsSchema = z.object({
	form: z.literal(FORM),
	name: z.string(),
	countingRule: z.string(),
	synthetic: z.boolean(),
	length: z.int().check(z.minimum(0)),
	dictionaries: TableSchema.shape.dictionaries,
	values: z.object({ location: z.array(z.string()), source: z.array(z.string()) }),
	/** How many records each text is kept in; absent in a table kept before texts were cut (one each). */
	textPieces: z.optional(z.object({ 'id.text': z.int().check(z.minimum(1)), 'notes.text': z.int().check(z.minimum(1)) }))
});
export type StoredFacts = z.infer<typeof FactsSchema>;

type ColumnValue = ArrayBufferView | string;

const column = (table: EventTable, name: StoredColumn): ColumnValue => {
	const [head, part] = name.split('.') as [keyof EventTable, string | undefined];
	const value = table[head] as unknown as Record<string, ColumnValue>;
	return part === undefined ? (value as unknown as ColumnValue) : value[part]!;
};

/**
 * A column as a record: a typed array spanning its buffer as it is (stored as is), or a copy of it
 * when it is a view into a larger buffer (a table read from a file shares one), since storing a
 * view stores its whole buffer.
 */
function ownRecord(value: ColumnValue): ColumnValue {
	if (typeof value === 'string' || (value.byteOffset === 0 && value.byteLength === value.buffer.byteLength)) return value;
	return (value as Uint8Array).slice();
}

/** The facts' record. */
export function storedFacts(table: EventTable, pieceChars = TEXT_PIECE_CHARS): StoredFacts {
	const { name, countingRule, synthetic, length } = table;
	const { eventTypes, actors, countries, admin1 } = table.dictionaries;
	const dictionaries = { eventTypes: [...eventTypes], actors: [...actors], countries: [...countries], admin1: [...admin1] };
	const values = { location: [...table.location.values], source: [...table.source.values] };
	const textPieces = { 'id.text': pieceCount(table.id.text, pieceChars), 'notes.text': pieceCount(table.notes.text, pieceChars) };
	return { form: FORM, name, countingRule, synthetic, length, dictionaries, values, textPieces };
}

/** Each column's records, made as they are asked for (a view's copy lives only while it is stored); a text's in pieces. */
export function* storedColumns(table: EventTable, pieceChars = TEXT_PIECE_CHARS): Generator<[StoredPart, ColumnValue]> {
	for (const name of STORED_COLUMNS) {
		const value = column(table, name);
		if (typeof value !== 'string') yield [name, ownRecord(value)];
		else {
			let i = 0;
			for (const piece of textPieces(value, pieceChars)) yield [pieceRecord(name as TextRecord, i++), piece];
		}
	}
}

/**
 * The table from its records, checked as a file's would be (a record may be missing, of another
 * type or damaged): `read` gives one record, undefined when there is none; `onProgress` the bytes
 * of the columns read so far (a text's counted a byte a character).
 */
export async function tableFromStored(read: (part: StoredPart) => Promise<unknown>, onProgress?: (read: number) => void): Promise<EventTable> {
	const facts = FactsSchema.safeParse(await read(FACTS));
	if (!facts.success) formatFailure('keptFacts');
	const { name, countingRule, synthetic, length, dictionaries, values, textPieces } = facts.data!;
	const columns = new Map<StoredColumn, unknown>();
	let bytes = 0;
	for (const part of STORED_COLUMNS) {
		const value = TEXT_RECORDS.includes(part) ? await storedText(read, part as TextRecord, textPieces?.[part as TextRecord] ?? 1) : await read(part);
		columns.set(part, value);
		bytes += typeof value === 'string' ? value.length : ArrayBuffer.isView(value) ? value.byteLength : 0;
		onProgress?.(bytes);
	}
	const get = (part: StoredColumn) => columns.get(part);
	const candidate = {
		name, countingRule, synthetic, length, dictionaries,
		...Object.fromEntries(STORED_COLUMNS.filter((part) => !part.includes('.')).map((part) => [part, get(part)])),
		location: { codes: get('location.codes'), values: values.location },
		source: { codes: get('source.codes'), values: values.source },
		id: { offsets: get('id.offsets'), text: get('id.text') },
		notes: { offsets: get('notes.offsets'), text: get('notes.text') }
	};
	const table = TableSchema.safeParse(candidate);
	if (!table.success) formatFailure('keptColumn', { column: table.error.issues[0]?.path.join('.') ?? '' });
	checkEventTable(table.data as EventTable);
	return table.data as EventTable;
}

/** A text from its pieces, joined here (in the worker that reads the table); the first record that is not a string if one is missing or of another type. */
async function storedText(read: (part: StoredPart) => Promise<unknown>, name: TextRecord, pieces: number): Promise<unknown> {
	const texts: string[] = [];
	for (let i = 0; i < pieces; i++) {
		const piece = await read(pieceRecord(name, i));
		if (typeof piece !== 'string') return piece;
		texts.push(piece);
	}
	return texts.join('');
}

/** Bytes the kept table holds: its typed arrays, and its texts as UTF-8 (what the Datasets panel says it takes). */
export function storedBytes(table: EventTable): number {
	let bytes = 0;
	for (const name of STORED_COLUMNS) {
		const value = column(table, name);
		bytes += typeof value === 'string' ? utf8Length(value) : value.byteLength;
	}
	const { eventTypes, actors, countries, admin1 } = table.dictionaries;
	for (const text of [...eventTypes, ...actors, ...countries, ...admin1, ...table.location.values, ...table.source.values]) bytes += utf8Length(text);
	return bytes;
}

function utf8Length(text: string): number {
	let bytes = text.length;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		// U+0080–U+07FF take 2 bytes, the rest of the BMP 3, a surrogate pair (2 units) 4.
		if (c >= 0x80) bytes += c < 0x800 || (c >= 0xd800 && c < 0xe000) ? 1 : 2;
	}
	return bytes;
}
