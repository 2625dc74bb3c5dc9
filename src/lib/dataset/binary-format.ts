// The event table as one binary file, read without parsing numbers from text: a fixed preamble, a
// JSON header (names, dictionaries, byte lengths), then each column's bytes at an 8-byte-aligned
// offset, so the numeric columns become typed-array views with one copy of one block. Layout:
// README, "Event tables (binary format)"; the header itself: binary-header.ts.
import {
	align8,
	blockStarts,
	CODED_COLUMNS,
	columnLayout,
	COLUMNS,
	columnsStartOf,
	ELEMENT,
	fail,
	FORMAT_VERSION,
	MAGIC,
	NUMERIC_COLUMNS,
	PREAMBLE_BYTES,
	readHeader,
	STRING_COLUMNS,
	truncatedHeader,
	type CodedName,
	type ColumnAt,
	type Header,
	type NumericName,
	type NumericType,
	type StringName
} from './binary-header';
import type { CodedStringColumn, EventTable, StringColumn } from './event-table';
import { checkEventTable } from './table-checks';
import { FileParts, type FileBlocks } from './file-parts';

export { EventTableFormatError } from './format-error';

// Typed arrays use the machine's byte order; the format is little-endian, as is every platform
// a browser runs on today. A big-endian one gets a clear error rather than garbage.
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const requireLittleEndian = () => LITTLE_ENDIAN || fail('this device stores numbers big-endian; event tables need little-endian');

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
	const pieces = eventTableParts(table);
	const bytes = new Uint8Array(pieces.reduce((n, piece) => n + piece.byteLength, 0));
	let offset = 0;
	for (const piece of pieces) {
		bytes.set(piece, offset);
		offset += piece.byteLength;
	}
	return bytes;
}

/**
 * The table in a file's bytes, checked (sorted starts, codes inside their dictionaries…). Throws
 * an EventTableFormatError saying what is wrong.
 */
export function decodeEventTable(bytes: Uint8Array): EventTable {
	requireLittleEndian();
	const { header, columnsStart } = readHeader(bytes) ?? truncatedHeader(bytes);
	const layout = columnLayout(header, columnsStart, bytes.length);
	const last = layout.at(-1)!;
	if (last.offset + last.byteLength !== bytes.length) fail(`lengths disagree: the file has ${bytes.length} bytes, its header describes ${last.offset + last.byteLength}`);
	// The numeric columns are copied out as one block: the table then holds aligned columns of its
	// own, not the whole file, whose text bytes are garbage once decoded.
	const starts = blockStarts(layout);
	return tableOf(header, layout, { numbers: bytes.slice(starts.numbers, starts.texts), texts: bytes.subarray(starts.texts) });
}

/**
 * The table from a file's two blocks: its numeric columns (a buffer of their own, starting at the
 * first column: the columns become views into it, not copies) and its texts. Checks the table.
 */
function tableOf(header: Header, layout: readonly ColumnAt[], blocks: FileBlocks): EventTable {
	const starts = blockStarts(layout);
	const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
	const columns = new Map<string, InstanceType<(typeof ELEMENT)[NumericType]> | string>();
	for (const { name, type, byteLength, offset } of layout) {
		if (type !== 'utf8') {
			const Type = ELEMENT[type];
			columns.set(name, new Type(blocks.numbers.buffer as ArrayBuffer, blocks.numbers.byteOffset + offset - starts.numbers, byteLength / Type.BYTES_PER_ELEMENT));
			continue;
		}
		try {
			columns.set(name, decoder.decode(blocks.texts.subarray(offset - starts.texts, offset - starts.texts + byteLength)));
		} catch {
			fail(`column ${name} is not valid UTF-8 text`);
		}
	}

	const strings = (name: StringName): StringColumn => ({
		offsets: columns.get(`${name}.offsets`) as Uint32Array,
		text: columns.get(`${name}.text`) as string
	});
	const coded = (name: CodedName): CodedStringColumn => ({
		codes: columns.get(`${name}.codes`) as Uint16Array | Uint32Array,
		values: header.values[name]
	});
	const numeric = Object.fromEntries(NUMERIC_COLUMNS.map(([name]) => [name, columns.get(name)])) as Pick<EventTable, NumericName>;
	const table: EventTable = {
		name: header.name,
		countingRule: header.countingRule,
		synthetic: header.synthetic,
		length: header.length,
		...numeric,
		dictionaries: header.dictionaries,
		id: strings('id'),
		location: coded('location'),
		notes: strings('notes'),
		source: coded('source')
	};
	checkEventTable(table);
	return table;
}

/** Bytes read so far, and the file's size once its header has arrived (undefined before). */
export type ReadProgress = (read: number, total: number | undefined) => void;

function joined(chunks: readonly Uint8Array[], length: number): Uint8Array {
	const bytes = new Uint8Array(length);
	let at = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, at);
		at += chunk.length;
	}
	return bytes;
}

/**
 * The table in a stream (a fetch body), decoded and checked. The header, in the first bytes, fixes
 * the file's size and where its columns lie, so the rest is copied as it arrives straight into the
 * two blocks the table is made of (FileParts): no buffer of the whole file, no copy of the numbers
 * out of it. Throws an EventTableFormatError, and cancels the stream, as soon as the first bytes
 * show it is not an event table; once it ends, if it was cut short or ran on.
 */
export async function readEventTable(stream: ReadableStream<Uint8Array>, onProgress?: ReadProgress): Promise<EventTable> {
	requireLittleEndian();
	const reader = stream.getReader();
	let chunks: Uint8Array[] = [];
	let parts: { header: Header; layout: ColumnAt[]; file: FileParts } | undefined;
	let read = 0;
	// How much must have arrived before the header is worth looking at (again).
	let needed = PREAMBLE_BYTES;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			if (parts) {
				if (read + value.length > parts.file.size) fail(`lengths disagree: the file runs past the ${parts.file.size} bytes its header describes`);
				parts.file.write(value, read);
			} else chunks.push(value);
			read += value.length;
			if (!parts && read >= needed) {
				const prefix = joined(chunks, read);
				chunks = [prefix];
				const head = readHeader(prefix);
				if (head === undefined) needed = columnsStartOf(prefix);
				else {
					if (read > head.fileSize) fail(`lengths disagree: the file runs past the ${head.fileSize} bytes its header describes`);
					const layout = columnLayout(head.header, head.columnsStart);
					parts = { header: head.header, layout, file: new FileParts(prefix, head.fileSize, blockStarts(layout)) };
					chunks = [];
				}
			}
			onProgress?.(read, parts?.file.size);
		}
	} catch (error) {
		await reader.cancel().catch(() => undefined);
		throw error;
	} finally {
		reader.releaseLock();
	}
	// A file cut short fails as its bytes would.
	if (!parts || read !== parts.file.size) return decodeEventTable(parts ? parts.file.received(read) : joined(chunks, read));
	return tableOf(parts.header, parts.layout, parts.file.blocks());
}
