// Decoding the event table file (binary-format.ts writes it): its bytes whole, or the two blocks a
// stream was read into (binary-stream.ts), into a checked EventTable. Layout: README, "Event tables
// (binary format)"; the header itself: binary-header.ts.
import {
	blockStarts,
	columnLayout,
	ELEMENT,
	fail,
	NUMERIC_COLUMNS,
	readHeader,
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

// Typed arrays use the machine's byte order; the format is little-endian, as is every platform
// a browser runs on today. A big-endian one gets a clear error rather than garbage.
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
export const requireLittleEndian = () => LITTLE_ENDIAN || fail('bigEndian');

/** A file's two blocks: its numeric columns, and its texts. */
export interface FileBlocks {
	/** From the first numeric column to the first text (8-byte aligned in the file, so its columns are views into it). */
	numbers: Uint8Array;
	/** From the first text to the end of the file. */
	texts: Uint8Array;
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
	if (last.offset + last.byteLength !== bytes.length) fail('fileLength', { bytes: bytes.length, described: last.offset + last.byteLength });
	// The numeric columns are copied out as one block: the table then holds aligned columns of its
	// own, not the whole file, whose text bytes are garbage once decoded.
	const starts = blockStarts(layout);
	return tableOf(header, layout, { numbers: bytes.slice(starts.numbers, starts.texts), texts: bytes.subarray(starts.texts) });
}

/**
 * The table from a file's two blocks: its numeric columns (a buffer of their own, starting at the
 * first column: the columns become views into it, not copies) and its texts. Checks the table.
 */
export function tableOf(header: Header, layout: readonly ColumnAt[], blocks: FileBlocks): EventTable {
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
			fail('columnNotUtf8', { column: name });
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

