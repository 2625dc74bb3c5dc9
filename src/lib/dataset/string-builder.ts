// Collects one string per row for a StringColumn: rows are joined into chunks of a few thousand as
// they arrive, so a million short strings die young instead of all living until the table is
// built (the builder holds about a byte or two per character, not a string object per row). Or for
// a CodedStringColumn, where each different value is kept once and a row is a code.
import type { CodedStringColumn, StringColumn } from './event-table';

const CHUNK_ROWS = 4096;

export class StringColumnBuilder {
	private chunks: string[] = [];
	private pending: string[] = [];
	/** Where each row's text starts in the rows' own order; one more for the end. */
	private offsets = new Uint32Array(1024);
	private length = 0;

	add(value: string): void {
		if (this.length + 1 === this.offsets.length) {
			const offsets = new Uint32Array(2 * this.offsets.length);
			offsets.set(this.offsets);
			this.offsets = offsets;
		}
		this.offsets[this.length + 1] = this.offsets[this.length]! + value.length;
		this.length++;
		this.pending.push(value);
		if (this.pending.length === CHUNK_ROWS) {
			this.chunks.push(this.pending.join(''));
			this.pending = [];
		}
	}

	/** The column with its rows in `order` (row k is added row order[k]); `sorted` when that is 0, 1, 2… */
	build(order: Uint32Array, sorted: boolean): StringColumn {
		const text = this.chunks.join('') + this.pending.join('');
		const offsets = this.offsets.slice(0, this.length + 1);
		if (sorted) return { offsets, text };
		const parts = new Array<string>(order.length);
		const gathered = new Uint32Array(order.length + 1);
		for (let k = 0; k < order.length; k++) {
			const r = order[k]!;
			parts[k] = text.slice(offsets[r], offsets[r + 1]);
			gathered[k + 1] = gathered[k]! + (offsets[r + 1]! - offsets[r]!);
		}
		return { offsets: gathered, text: parts.join('') };
	}
}

/** Collects one string per row for a CodedStringColumn: each different value is kept once. */
export class CodedStringColumnBuilder {
	private readonly values: string[] = [];
	private readonly index = new Map<string, number>();
	private codes = new Uint32Array(1024);
	private length = 0;

	add(value: string): void {
		let code = this.index.get(value);
		if (code === undefined) {
			code = this.values.length;
			this.index.set(value, code);
			this.values.push(value);
		}
		if (this.length === this.codes.length) {
			const codes = new Uint32Array(2 * this.codes.length);
			codes.set(this.codes);
			this.codes = codes;
		}
		this.codes[this.length++] = code;
	}

	/** The column with its rows in `order` (row k is added row order[k]). */
	build(order: Uint32Array): CodedStringColumn {
		const codes = this.values.length <= 2 ** 16 ? new Uint16Array(order.length) : new Uint32Array(order.length);
		for (let k = 0; k < order.length; k++) codes[k] = this.codes[order[k]!]!;
		return { codes, values: this.values.slice() };
	}
}
