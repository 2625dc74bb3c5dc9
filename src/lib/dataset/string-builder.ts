// Collects one string per row for a StringColumn, or for a CodedStringColumn, where each different
// value is kept once and a row is a code. A StringColumn's rows are collected by the day they start,
// so the texts come out in start order by putting the days one after the other: no sorted copy of
// them is made (issue 12: a million rows' import holds ≤ 2× the table). Rows are joined into
// pieces a few hundred at a time as they arrive, so a million short strings die young instead of all
// living until the table is built.
import type { CodedStringColumn, StringColumn } from './event-table';
import { grown, moreRoom } from './typed-columns';

/**
 * Small, so a row's string is joined (copied) before it outlives a young-generation collection:
 * a field cut by a parser is often a view into the whole piece of text it came from, and keeping
 * it would keep (and promote) that piece.
 */
const CHUNK_ROWS = 256;
const DAY_MS = 86_400_000;

/** A copy of `value` that holds no larger string it was cut from (V8 keeps a slice as a view). */
export function ownCopy(value: string): string {
	return (value + ' ').slice(0, -1);
}

/** The rows of one day, in the order they were added: their texts joined a few hundred at a time. */
interface Day {
	pieces: string[];
	pending: string[];
	rows: number;
}

export class StringColumnBuilder {
	private readonly days = new Map<number, Day>();
	/** Days holding rows not joined yet. */
	private readonly unjoined = new Set<Day>();
	private pendingRows = 0;
	/** Where each row's text starts in the rows' own order; one more for the end. */
	private offsets: Uint32Array;
	private length = 0;

	constructor(expectedRows = 1024) {
		this.offsets = new Uint32Array(expectedRows + 1);
	}

	/** Adds a row's text; `start`, its start (epoch ms), says the day it is kept with. */
	add(value: string, start: number): void {
		if (this.length + 1 === this.offsets.length) this.offsets = grown(this.offsets, moreRoom(this.offsets.length));
		this.offsets[this.length + 1] = this.offsets[this.length]! + value.length;
		this.length++;
		const key = Math.floor(start / DAY_MS);
		let day = this.days.get(key);
		if (!day) this.days.set(key, (day = { pieces: [], pending: [], rows: 0 }));
		day.pending.push(value);
		day.rows++;
		this.unjoined.add(day);
		if (++this.pendingRows === CHUNK_ROWS) this.join();
	}

	/**
	 * The column with its rows in `order` (row k is added row order[k]), which sorts them by start,
	 * ties in the order added: each day's rows are then together, days in order. A day whose rows
	 * start in the order they were added is put as it is; another's (hours within a day out of
	 * order) is gathered, only that day.
	 */
	build(order: Uint32Array): StringColumn {
		this.join();
		const { offsets } = this;
		const rowLength = (r: number) => offsets[r + 1]! - offsets[r]!;
		const sorted = new Uint32Array(order.length + 1);
		for (let k = 0; k < order.length; k++) sorted[k + 1] = sorted[k]! + rowLength(order[k]!);
		const parts: string[] = [];
		let k = 0;
		for (const key of [...this.days.keys()].sort((a, b) => a - b)) {
			const { pieces, rows } = this.days.get(key)!;
			this.days.delete(key);
			const end = k + rows;
			let inOrder = true;
			for (let j = k + 1; j < end && inOrder; j++) inOrder = order[j]! > order[j - 1]!;
			if (inOrder) parts.push(...pieces);
			else parts.push(gatherDay(pieces.join(''), order.subarray(k, end), rowLength));
			k = end;
		}
		return { offsets: sorted, text: parts.join('') };
	}

	private join(): void {
		for (const day of this.unjoined) {
			day.pieces.push(day.pending.join(''));
			day.pending = [];
		}
		this.unjoined.clear();
		this.pendingRows = 0;
	}
}

/** A day's rows (`rows`, in start order) cut from its text (`text`, the rows in the order added) and joined in start order. */
function gatherDay(text: string, rows: Uint32Array, rowLength: (r: number) => number): string {
	const added = Uint32Array.from(rows).sort();
	const at = new Map<number, number>();
	let position = 0;
	for (const r of added) {
		at.set(r, position);
		position += rowLength(r);
	}
	return Array.from(rows, (r) => text.slice(at.get(r)!, at.get(r)! + rowLength(r))).join('');
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
