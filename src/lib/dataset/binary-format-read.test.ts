// The binary table read from a stream, as fetch gives it: in chunks of any size, checked as the
// same bytes whole are.
import { describe, expect, it } from 'vitest';
import { decodeEventTable, encodeEventTable, EventTableFormatError, readEventTable } from './binary-format';
import { FORMAT_VERSION, PREAMBLE_BYTES, readHeader } from './binary-header';
import { mulberry32, randomInt } from './prng';
import { columnOffsets, expectFormatError, unicodeTable } from '../../../tests/unit/binary-table-fixtures';

/** Room for the larger random cases on a slow or busy machine (no timing is asserted). */
const HEAVY_MS = 30_000;

function streamOf(bytes: Uint8Array, sizes: (chunk: number) => number) {
	const state = { pulls: 0, cancelled: false };
	let at = 0;
	const stream = new ReadableStream<Uint8Array>({
		pull(controller) {
			if (at >= bytes.length) return controller.close();
			const size = sizes(state.pulls++);
			controller.enqueue(bytes.slice(at, at + size));
			at += size;
		},
		cancel() {
			state.cancelled = true;
		}
	});
	return { stream, state };
}

describe('readEventTable', () => {
	it('reads a stream in chunks of any size, reporting progress and the total once the header is in', async () => {
		const table = unicodeTable();
		const bytes = encodeEventTable(table);
		const random = mulberry32(32);
		for (const sizes of [(i: number) => (i < 100 ? 1 : 4096), () => 1 + randomInt(random, 3000), () => bytes.length]) {
			const progress: [number, number | undefined][] = [];
			const read = await readEventTable(streamOf(bytes, sizes).stream, (r, total) => progress.push([r, total]));
			expect(read).toEqual(table);
			expect(progress.at(-1)).toEqual([bytes.length, bytes.length]);
			expect(progress.every(([r], i) => i === 0 || r > progress[i - 1]![0])).toBe(true);
			expect(progress.every(([r, total]) => total === undefined || total === bytes.length || r < PREAMBLE_BYTES)).toBe(true);
		}
	}, HEAVY_MS);

	it('holds the numeric columns as views of one buffer of just their bytes: neither the file nor a copy of it', async () => {
		const bytes = encodeEventTable(unicodeTable());
		const offsets = columnOffsets(bytes);
		const read = await readEventTable(streamOf(bytes, () => 777).stream);
		const numbers = offsets.get('id.text')! - offsets.get('start')!;
		for (const column of [read.start, read.end, read.lon, read.fatalitiesHigh, read.geoPrecision, read.location.codes, read.notes.offsets]) {
			expect(column.buffer).toBe(read.start.buffer);
		}
		expect(read.start.buffer.byteLength).toBe(numbers);
	});

	it('names what is wrong in a stream as in the same bytes whole: a newer version, a column cut short', async () => {
		const bytes = encodeEventTable(unicodeTable());
		const newer = bytes.slice();
		newer[8] = FORMAT_VERSION + 1;
		await expect(readEventTable(streamOf(newer, () => 100).stream)).rejects.toThrow(`version ${FORMAT_VERSION + 1} is newer than this app reads (${FORMAT_VERSION})`);
		const offsets = columnOffsets(bytes);
		const { header } = readHeader(bytes)!;
		for (const name of ['lat', 'notes.offsets', 'notes.text']) {
			const byteLength = header.columns.find((c) => c.name === name)!.byteLength;
			const cut = bytes.subarray(0, offsets.get(name)! + 5);
			const message = `truncated: expected ${byteLength.toLocaleString('en-GB')} bytes of column ${name}, got 5`;
			expectFormatError(() => decodeEventTable(cut), message);
			await expect(readEventTable(streamOf(cut, () => 333).stream)).rejects.toThrow(message);
		}
	});

	it('fails on a cut or overlong stream, and early (cancelling it) on one that is not an event table', async () => {
		const bytes = encodeEventTable(unicodeTable());
		await expect(readEventTable(streamOf(bytes.subarray(0, bytes.length - 10), () => 500).stream)).rejects.toThrow('truncated: expected');
		const longer = new Uint8Array(bytes.length + 100);
		longer.set(bytes);
		await expect(readEventTable(streamOf(longer, () => 500).stream)).rejects.toThrow('lengths disagree: the file runs past');
		const html = streamOf(new TextEncoder().encode('<!doctype html>'.repeat(10_000)), () => 1000);
		await expect(readEventTable(html.stream)).rejects.toThrow(EventTableFormatError);
		expect(html.state.cancelled).toBe(true);
		expect(html.state.pulls).toBeLessThan(5);
	});
});
