// The event table as one binary file, read without parsing numbers from text: a fixed preamble, a
// JSON header (names, dictionaries, byte lengths), then each column's bytes at an 8-byte-aligned
// offset, so the numeric columns become typed-array views with one copy of one block. Writing it is
// here; reading it, binary-decode.ts (bytes whole) and binary-stream.ts (a stream). Layout: README,
// "Event tables (binary format)"; the header itself: binary-header.ts.
import { align8, CODED_COLUMNS, COLUMNS, FORMAT_VERSION, MAGIC, NUMERIC_COLUMNS, PREAMBLE_BYTES, STRING_COLUMNS, type Header } from './binary-header';
import type { EventTable } from './event-table';
import { requireLittleEndian } from './binary-decode';
import { joined } from './binary-stream';

export { EventTableFormatError } from './format-error';
export { decodeEventTable } from './binary-decode';
export { readEventTable, type ReadProgress } from './binary-stream';

const bytesOf = (a: ArrayBufferView) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/** A column's bytes as the file holds them: an array, or a Blob already holding them. */
type FilePart = Uint8Array | Blob;
const sizeOf = (part: FilePart) => (part instanceof Blob ? part.size : part.byteLength);

const TEXT_PIECE = 1 << 20; // characters of a text encoded at a time into the kept Blob

/** The file's bytes in pieces: the preamble and header, then each column (views of the table's own arrays, not copies; text encoded), aligned. */
export function eventTableParts(table: EventTable): Uint8Array[] {
	const encoder = new TextEncoder();
	return filePieces(table, STRING_COLUMNS.map((name) => encoder.encode(table[name].text)));
}

/**
 * The file as a Blob (what the import worker keeps). Made of the table's own arrays and of its texts
 * encoded a megabyte at a time, each piece into a Blob at once: the whole UTF-8 of the notes never
 * exists beside the table and the Blob (bench: import-memory).
 */
export function eventTableBlob(table: EventTable): Blob {
	const pieces = filePieces(table, STRING_COLUMNS.map((name) => textBlob(table[name].text))) as (Uint8Array<ArrayBuffer> | Blob)[];
	return new Blob(pieces, { type: 'application/octet-stream' });
}

function textBlob(text: string): Blob {
	const encoder = new TextEncoder();
	const pieces: Blob[] = [];
	for (let from = 0; from < text.length; ) {
		let to = Math.min(text.length, from + TEXT_PIECE);
		// Never after the first half of a surrogate pair (0xD800–0xDBFF): each half would encode as U+FFFD.
		if (text.charCodeAt(to - 1) >> 10 === 0xd800 >> 10) to++;
		pieces.push(new Blob([encoder.encode(text.slice(from, to))]));
		from = to;
	}
	return new Blob(pieces);
}

/** The preamble and header, then the columns' bytes (`texts`: the string columns'), each aligned to 8 bytes. */
function filePieces<Text extends FilePart>(table: EventTable, texts: Text[]): (Uint8Array | Text)[] {
	requireLittleEndian();
	const encoder = new TextEncoder();
	const parts: (Uint8Array | Text)[] = [
		...NUMERIC_COLUMNS.map(([name]) => bytesOf(table[name])),
		...CODED_COLUMNS.map((name) => bytesOf(table[name].codes)),
		...STRING_COLUMNS.map((name) => bytesOf(table[name].offsets)),
		...texts
	];
	const { eventTypes, actors, countries, admin1 } = table.dictionaries;
	const header: Header = {
		name: table.name,
		countingRule: table.countingRule,
		synthetic: table.synthetic,
		length: table.length,
		dictionaries: { eventTypes, actors, countries, admin1 },
		values: { location: [...table.location.values], source: [...table.source.values] },
		columns: COLUMNS.map(([name, type], i) => {
			const coded = CODED_COLUMNS.find((c) => name === `${c}.codes`);
			return { name, type: coded && table[coded].codes instanceof Uint32Array ? 'u32' : type, byteLength: sizeOf(parts[i]!) };
		})
	};
	const headerBytes = encoder.encode(JSON.stringify(header));
	const head = new Uint8Array(PREAMBLE_BYTES + headerBytes.length);
	for (let i = 0; i < MAGIC.length; i++) head[i] = MAGIC.charCodeAt(i);
	head[8] = FORMAT_VERSION;
	new DataView(head.buffer).setUint32(12, headerBytes.length, true);
	head.set(headerBytes, PREAMBLE_BYTES);
	const pieces: (Uint8Array | Text)[] = [head];
	let size = head.length;
	for (const part of parts) {
		if (align8(size) > size) pieces.push(new Uint8Array(align8(size) - size));
		pieces.push(part);
		size = align8(size) + sizeOf(part);
	}
	return pieces;
}

export function encodeEventTable(table: EventTable): Uint8Array {
	return joined(eventTableParts(table));
}

