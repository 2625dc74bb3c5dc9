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

/** The file's bytes in pieces: the preamble and header, then each column (views of the table's own arrays, not copies; text encoded), aligned. */
export function eventTableParts(table: EventTable): Uint8Array[] {
	const encoder = new TextEncoder();
	return filePieces(table, STRING_COLUMNS.map((name) => encoder.encode(table[name].text)));
}

/** The preamble and header, then the columns' bytes (`texts`: the string columns'), each aligned to 8 bytes. */
function filePieces(table: EventTable, texts: Uint8Array[]): Uint8Array[] {
	requireLittleEndian();
	const encoder = new TextEncoder();
	const parts: Uint8Array[] = [
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
			return { name, type: coded && table[coded].codes instanceof Uint32Array ? 'u32' : type, byteLength: parts[i]!.byteLength };
		})
	};
	const headerBytes = encoder.encode(JSON.stringify(header));
	const head = new Uint8Array(PREAMBLE_BYTES + headerBytes.length);
	for (let i = 0; i < MAGIC.length; i++) head[i] = MAGIC.charCodeAt(i);
	head[8] = FORMAT_VERSION;
	new DataView(head.buffer).setUint32(12, headerBytes.length, true);
	head.set(headerBytes, PREAMBLE_BYTES);
	const pieces: Uint8Array[] = [head];
	let size = head.length;
	for (const part of parts) {
		if (align8(size) > size) pieces.push(new Uint8Array(align8(size) - size));
		pieces.push(part);
		size = align8(size) + part.byteLength;
	}
	return pieces;
}

export function encodeEventTable(table: EventTable): Uint8Array {
	return joined(eventTableParts(table));
}

