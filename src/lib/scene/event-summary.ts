// What the events' canvas shows at the cursor, as numbers a text alternative can say: how many
// events began in the window up to the time (eventsBegunInWindow), deaths among them (and how many
// report none), and the commonest types and countries.
//
// A scrub step asks again at every frame, and a window may hold a million rows: the counts are
// kept at a checkpoint every BLOCK rows, so a question costs two partial blocks and one pass over
// the categories, not a pass over the rows in the window.
import type { EventTable } from '../dataset/event-table';
import { FatalityCheckpoints } from '../dataset/fatality-checkpoints';
import type { RowRange } from './events-in-window';

export interface EventSummary {
	count: number;
	deaths: number;
	/** Events in the range whose source gives no death count (not counted as 0). */
	unreported: number;
	/** [label, count], most frequent first, at most `top`. */
	types: [string, number][];
	countries: [string, number][];
}

const BLOCK = 1024;

/** Running counts of one category column (type or country codes) at every checkpoint. */
class CodeCheckpoints {
	readonly #codes: Uint16Array;
	/** How many codes: every code in the column is below it. */
	readonly size: number;
	/** Row-major: checkpoint b holds the counts of each code in rows [0, b × BLOCK). */
	readonly #counts: Uint32Array;

	constructor(codes: Uint16Array, size: number) {
		this.#codes = codes;
		this.size = size;
		const blocks = Math.floor(codes.length / BLOCK);
		this.#counts = new Uint32Array((blocks + 1) * size);
		for (let b = 1; b <= blocks; b++) {
			this.#counts.copyWithin(b * size, (b - 1) * size, b * size);
			for (let row = (b - 1) * BLOCK; row < b * BLOCK; row++) this.#counts[b * size + codes[row]!]!++;
		}
	}

	/** Adds `sign` × the counts of rows [0, row) into `into`. */
	addPrefix(into: Float64Array, row: number, sign: number): void {
		const b = Math.floor(row / BLOCK);
		for (let code = 0; code < this.size; code++) into[code]! += sign * this.#counts[b * this.size + code]!;
		for (let r = b * BLOCK; r < row; r++) into[this.#codes[r]!]! += sign;
	}
}

export class EventSummaryIndex {
	readonly #table: EventTable;
	readonly #types: CodeCheckpoints;
	readonly #countries: CodeCheckpoints;
	readonly #deaths: FatalityCheckpoints;

	constructor(table: EventTable) {
		this.#table = table;
		const codeSpace = (codes: Uint16Array, names: readonly string[]) => Math.max(names.length, maxOf(codes) + 1);
		this.#types = new CodeCheckpoints(table.eventType, codeSpace(table.eventType, table.dictionaries.eventTypes));
		this.#countries = new CodeCheckpoints(table.country, codeSpace(table.country, table.dictionaries.countries));
		this.#deaths = new FatalityCheckpoints(table.fatalities);
	}

	/** The events in rows first … end − 1, summarised. */
	summarise({ first: from, end: to }: RowRange, top = 3): EventSummary {
		const table = this.#table;
		const byType = rangeCounts(this.#types, from, to);
		const byCountry = rangeCounts(this.#countries, from, to);
		const [before, through] = [this.#deaths.upTo(from), this.#deaths.upTo(to)];
		return {
			count: to - from,
			deaths: through.killed - before.killed,
			unreported: to - from - (through.reported - before.reported),
			types: ranked(byType, table.dictionaries.eventTypes, top),
			countries: ranked(byCountry, table.dictionaries.countries, top)
		};
	}
}

const built = new WeakMap<EventTable, EventSummaryIndex>();

/** The summary index, built once per table object: a new table's loader builds it a task ahead of the first draw. */
export function summaryIndexOf(table: EventTable): EventSummaryIndex {
	let index = built.get(table);
	if (!index) built.set(table, (index = new EventSummaryIndex(table)));
	return index;
}

/** Each code's count in rows [from, to). */
function rangeCounts(checkpoints: CodeCheckpoints, from: number, to: number): Float64Array {
	const counts = new Float64Array(checkpoints.size);
	checkpoints.addPrefix(counts, to, 1);
	checkpoints.addPrefix(counts, from, -1);
	return counts;
}

function maxOf(codes: Uint16Array): number {
	let max = -1;
	for (let i = 0; i < codes.length; i++) if (codes[i]! > max) max = codes[i]!;
	return max;
}

function ranked(counts: Float64Array, names: readonly string[], top: number): [string, number][] {
	const present: [number, number][] = [];
	for (let code = 0; code < counts.length; code++) if (counts[code]! > 0) present.push([code, counts[code]!]);
	return present
		.sort((a, b) => b[1] - a[1] || a[0] - b[0])
		.slice(0, top)
		.map(([code, n]): [string, number] => [names[code] ?? '', n]);
}
