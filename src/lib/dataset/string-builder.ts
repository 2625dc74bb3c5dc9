// Collects one string per row for a StringColumn: rows are joined into chunks of a few hundred as
// they arrive, so a million short strings die young instead of all living until the table is
// built (the builder holds about a byte or two per character, not a string object per row). Or for
// a CodedStringColumn, where each different value is kept once and a row is a code.
import type { CodedStringColumn, StringColumn } from './event-table';
import { grown, moreRoom } from './typed-columns';

/**
 * Small, so a row's string is joined (copied) before it outlives a young-generation collection:
 * a field cut by a parser is often a view into the whole piece of text it came from, and keeping
 * it would keep (and promote) that piece.
 */
const CHUNK_ROWS = 256;
/** Rows of the sorted text joined at a time when the rows are out of order. */
const GATHER_ROWS = 4096;

/** A copy of `value` that holds no larger string it was cut from (V8 keeps a slice as a view). */
export function ownCopy(value: string): string {
	return (value + ' ').slice(0, -1);
}

export class StringColumnBuilder {
	private chunks: string[] = [];
	private pending: string[] = [];
	/** Where each row's text starts in the rows' own order; one more for the end. */
	private offsets: Uint32Array;
	private length = 0;

	constructor(expectedRows = 1024) {
		this.offsets = new Uint32Array(expectedRows + 1);
	}

	add(value: string): void {
		if (this.length + 1 === this.offsets.length) this.offsets = grown(this.offsets, moreRoom(this.offsets.length));
		this.offsets[this.length + 1] = this.offsets[this.length]! + value.length;
		this.length++;
		this.pending.push(value);
		if (this.pending.length === CHUNK_ROWS) this.flush();
	}

	/**
	 * The column with its rows in `order` (row k is added row order[k]); `sorted` when that is 0, 1, 2…
	 * Out of order, the text is gathered from the chunks a few thousand rows at a time, so at most
	 * the chunks and the gathered text are held at once, never a string object per row.
	 */
	build(order: Uint32Array, sorted: boolean): StringColumn {
		this.flush();
		const offsets = this.offsets.length === this.length + 1 ? this.offsets : this.offsets.slice(0, this.length + 1);
		const { chunks } = this;
		this.chunks = [];
		if (sorted) return { offsets, text: chunks.join('') };
		const batches: string[] = [];
		const gathered = new Uint32Array(order.length + 1);
		// Rows of each chunk not gathered yet: a chunk is let go of once all are (rows nearly in order,
		// as most files' are, free their chunks as the batches grow).
		const left = new Uint16Array(chunks.length).fill(CHUNK_ROWS);
		left[chunks.length - 1] = order.length - (chunks.length - 1) * CHUNK_ROWS;
		for (let from = 0; from < order.length; from += GATHER_ROWS) {
			const parts: string[] = [];
			for (let k = from; k < Math.min(order.length, from + GATHER_ROWS); k++) {
				const r = order[k]!;
				const c = Math.floor(r / CHUNK_ROWS);
				const chunkStart = offsets[c * CHUNK_ROWS]!;
				parts.push(chunks[c]!.slice(offsets[r]! - chunkStart, offsets[r + 1]! - chunkStart));
				gathered[k + 1] = gathered[k]! + (offsets[r + 1]! - offsets[r]!);
				if (--left[c]! === 0) chunks[c] = '';
			}
			batches.push(parts.join(''));
		}
		return { offsets: gathered, text: batches.join('') };
	}

	private flush(): void {
		if (this.pending.length === 0) return;
		this.chunks.push(this.pending.join(''));
		this.pending = [];
	}
}

/** Collects one string per row for a CodedStringColumn: each different value is kept once. */
export class CodedStringColumnBuilder {
	private readonly values: string[] = [];
	private readonly index = new Map<string, number>();
	private codes: Uint32Array;
	private length = 0;

	constructor(expectedRows = 1024) {
		this.codes = new Uint32Array(expectedRows);
	}

	add(value: string): void {
		let code = this.index.get(value);
		if (code === undefined) {
			code = this.values.length;
			const own = ownCopy(value);
			this.index.set(own, code);
			this.values.push(own);
		}
		if (this.length === this.codes.length) this.codes = grown(this.codes, moreRoom(this.codes.length));
		this.codes[this.length++] = code;
	}

	/** The column with its rows in `order` (row k is added row order[k]). */
	build(order: Uint32Array): CodedStringColumn {
		const codes = this.values.length <= 2 ** 16 ? new Uint16Array(order.length) : new Uint32Array(order.length);
		for (let k = 0; k < order.length; k++) codes[k] = this.codes[order[k]!]!;
		return { codes, values: this.values.slice() };
	}
}
