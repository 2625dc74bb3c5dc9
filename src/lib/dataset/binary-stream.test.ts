// Reading a table from a byte stream (what a fetch body and a Blob's stream are): BYOB reads fill
// the table's two blocks in place. The table must be the one the same bytes decode to whole, column
// by column, and a damaged file must be refused with the same reason, whatever sizes the bytes come in.
import { describe, expect, it } from 'vitest';
import { decodeEventTable, encodeEventTable, readEventTable } from './binary-format';
import { readHeader } from './binary-header';
import type { EventTable } from './event-table';
import { mulberry32, randomInt } from './prng';
import { syntheticEventTable } from './synthetic';

/**
 * A byte stream of `bytes` that answers each read with at most `size()` bytes, into the reader's own
 * array when it brings one (BYOB), else as a chunk; counts both kinds and notes a cancel.
 */
function byteStreamOf(bytes: Uint8Array, size: () => number) {
	const state = { byob: 0, chunks: 0, cancelled: false };
	let at = 0;
	const stream = new ReadableStream({
		type: 'bytes',
		pull(controller) {
			const request = controller.byobRequest;
			if (at >= bytes.length) {
				controller.close();
				request?.respond(0);
				return;
			}
			const n = Math.min(size(), bytes.length - at);
			if (request?.view) {
				const view = request.view;
				const k = Math.min(n, view.byteLength);
				new Uint8Array(view.buffer, view.byteOffset, k).set(bytes.subarray(at, at + k));
				at += k;
				state.byob++;
				request.respond(k);
			} else {
				controller.enqueue(bytes.slice(at, (at += n)));
				state.chunks++;
			}
		},
		cancel() {
			state.cancelled = true;
		}
	});
	return { stream, state };
}

/** Each column (and the name, rule, dictionaries) as decodeEventTable gives it from the whole bytes. */
const expectSameColumns = (read: EventTable, whole: EventTable) => {
	for (const name of Object.keys(whole) as (keyof EventTable)[]) expect(read[name], name).toEqual(whole[name]);
	expect(Object.keys(read).sort()).toEqual(Object.keys(whole).sort());
};

describe('readEventTable from a byte stream', () => {
	const bytes = encodeEventTable(syntheticEventTable({ count: 3000, seed: 7 }));
	const whole = decodeEventTable(bytes);

	it('reads the table the same bytes decode to whole, column by column, in reads of any size, into the blocks themselves', async () => {
		const random = mulberry32(5);
		for (const size of [() => 1 + randomInt(random, 5000), () => 7, () => bytes.length]) {
			const { stream, state } = byteStreamOf(bytes, size);
			const progress: number[] = [];
			const read = await readEventTable(stream, (r, total) => {
				expect(total).toBe(bytes.length);
				progress.push(r);
			});
			expectSameColumns(read, whole);
			expect(state.byob).toBeGreaterThan(0);
			expect(state.chunks).toBe(0);
			expect(progress.at(-1)).toBe(bytes.length);
			expect(progress.every((r, i) => i === 0 || r > progress[i - 1]!)).toBe(true);
			// The numeric columns are views of one buffer of just their bytes, not of the file.
			const { columnsStart } = readHeader(bytes)!;
			expect(read.start.buffer.byteLength).toBeLessThan(bytes.length - columnsStart);
			for (const column of [read.end, read.lat, read.source.codes, read.notes.offsets]) expect(column.buffer).toBe(read.start.buffer);
		}
	});

	it('reads a fetch body (a Response of the bytes) to the same table', async () => {
		expectSameColumns(await readEventTable(new Response(bytes.slice()).body!), whole);
	});

	it('refuses a cut, overlong or foreign file with the reason the whole bytes give, and stops reading a foreign one', async () => {
		const cut = bytes.subarray(0, bytes.length - 10);
		const reason = (() => {
			try {
				decodeEventTable(cut);
			} catch (error) {
				return (error as Error).message;
			}
		})();
		expect(reason).toMatch(/^truncated: expected [\d,]+ bytes of column notes\.text, got [\d,]+$/);
		await expect(readEventTable(byteStreamOf(cut, () => 999).stream)).rejects.toThrow(reason!);
		const longer = new Uint8Array(bytes.length + 3);
		longer.set(bytes);
		await expect(readEventTable(byteStreamOf(longer, () => 999).stream)).rejects.toThrow(`lengths disagree: the file runs past the ${bytes.length.toLocaleString('en-GB')} bytes its header describes`);
		const html = byteStreamOf(new TextEncoder().encode('<!doctype html>'.repeat(10_000)), () => 1000);
		await expect(readEventTable(html.stream)).rejects.toThrow('not a Sahel Timeline event table (it does not start with SAHELEVT)');
		expect(html.state.cancelled).toBe(true);
		expect(html.state.byob).toBeLessThan(3);
		await expect(readEventTable(byteStreamOf(new Uint8Array(0), () => 1).stream)).rejects.toThrow('not a Sahel Timeline event table (the file is empty)');
	});
});
