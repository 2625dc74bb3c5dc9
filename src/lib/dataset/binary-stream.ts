// The event table file read from a stream (a fetch body, a stored Blob's stream) as it arrives.
// Its first bytes, the header, fix the file's size and where its columns lie; the rest is read
// straight into the two blocks the table is made of (a byte stream's BYOB reads fill them in place),
// so no buffer of the whole file, no chunk and no second copy of the numbers is ever made.
import { blockStarts, columnLayout, columnsStartOf, fail, PREAMBLE_BYTES, readHeader } from './binary-header';
import { decodeEventTable, requireLittleEndian, tableOf } from './binary-decode';
import { ByteSource } from './byte-source';
import type { EventTable } from './event-table';

/** Bytes read so far, and the file's size once its header has arrived (undefined before). */
export type ReadProgress = (read: number, total: number | undefined) => void;

/** The arrays one after another in one. */
export function joined(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
	const bytes = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
	let at = 0;
	for (const part of parts) {
		bytes.set(part, at);
		at += part.length;
	}
	return bytes;
}

/**
 * The table in a stream, decoded and checked. Throws an EventTableFormatError, and cancels the
 * stream, as soon as the first bytes show it is not an event table; a file cut short fails as its
 * bytes would (decodeEventTable says what is missing), and one that runs on past the size its
 * header describes fails too.
 */
export async function readEventTable(stream: ReadableStream<Uint8Array>, onProgress?: ReadProgress): Promise<EventTable> {
	requireLittleEndian();
	let total: number | undefined;
	// Progress is told from when the header gives the file's size (the header's own chunk included).
	const source = new ByteSource(stream, (read) => total !== undefined && onProgress?.(read, total));
	try {
		// The preamble, then the header it gives the length of.
		let head = await source.fill(new Uint8Array(PREAMBLE_BYTES));
		let found = readHeader(head);
		if (!found && head.length === PREAMBLE_BYTES) {
			head = joined([head, await source.fill(new Uint8Array(columnsStartOf(head) - PREAMBLE_BYTES))]);
			found = readHeader(head);
		}
		if (!found) return decodeEventTable(head);
		total = found.fileSize;
		onProgress?.(source.taken, total);
		const layout = columnLayout(found.header, found.columnsStart);
		const starts = blockStarts(layout);
		// The padding up to the first column, then each block whole.
		const padding = await source.fill(new Uint8Array(starts.numbers - head.length));
		const numbers = await source.fill(new Uint8Array(starts.texts - starts.numbers));
		const texts = await source.fill(new Uint8Array(found.fileSize - starts.texts));
		if (head.length + padding.length + numbers.length + texts.length < found.fileSize) return decodeEventTable(joined([head, padding, numbers, texts]));
		if (!(await source.ended())) fail('runsPast', { bytes: found.fileSize });
		return tableOf(found.header, layout, { numbers, texts });
	} catch (error) {
		await source.cancel();
		throw error;
	} finally {
		source.release();
	}
}
