// Event table files edited for tests of the reader.
import { align8, PREAMBLE_BYTES, readHeader, type Header } from '../../src/lib/dataset/binary-header';

/** The same file with the header's JSON replaced (the columns keep their bytes and alignment). */
export function withHeaderJson(bytes: Uint8Array, json: string): Uint8Array {
	const { columnsStart } = readHeader(bytes)!;
	const encoded = new TextEncoder().encode(json);
	const start = align8(PREAMBLE_BYTES + encoded.length);
	const out = new Uint8Array(start + bytes.length - align8(columnsStart));
	out.set(bytes.subarray(0, PREAMBLE_BYTES));
	new DataView(out.buffer).setUint32(12, encoded.length, true);
	out.set(encoded, PREAMBLE_BYTES);
	out.set(bytes.subarray(align8(columnsStart)), start);
	return out;
}

/** The same file with its header edited. */
export function withHeader(bytes: Uint8Array, edit: (header: Header) => void): Uint8Array {
	const { header } = readHeader(bytes)!;
	edit(header);
	return withHeaderJson(bytes, JSON.stringify(header));
}
