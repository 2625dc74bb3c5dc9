// An event table's own deaths as running totals: the sum of the reported fatalities of the events
// begun by time t (start ≤ t), kept apart from the story's claims. The table keeps its rows sorted
// by start, so a lookup is one binary search and one read of the running sums (checkpoints every
// thousand rows). A row with no figure (NaN) adds nothing to the sum and is counted on its own:
// "none reported" is not 0.
import type { EventTable } from '../dataset/event-table';
import { FatalityCheckpoints } from '../dataset/fatality-checkpoints';
import { countUpTo } from './prefix-sums';

/** The events begun by a time and their deaths. */
export interface EventDeathsAt {
	/** Events begun (start ≤ t). */
	events: number;
	/** The sum of their reported fatalities; meaningless when `reported` is 0. */
	killed: number;
	/** How many of them give a figure (0 included); the rest report none. */
	reported: number;
}

export interface EventDeaths {
	/** The table's name, counting rule and flag, said wherever its figures are. */
	readonly name: string;
	readonly countingRule: string;
	readonly synthetic: boolean;
	/** The earliest start (epoch ms), where the sums begin; null for an empty table. */
	readonly first: number | null;
	/** The figures at `t` (epoch ms); before the first event every count is 0. */
	at(t: number): EventDeathsAt;
	/** How many events had begun by `t`: the row `atRow` reads. */
	begunBy(t: number): number;
	/** The figures of rows 0 … begun − 1. */
	atRow(begun: number): EventDeathsAt;
}

type Source = Pick<EventTable, 'name' | 'countingRule' | 'synthetic' | 'start' | 'fatalities'>;

/** O(rows) once; then O(log rows) a lookup. */
export function eventDeaths(table: Source): EventDeaths {
	const { start, fatalities } = table;
	const n = start.length;
	const sums = new FatalityCheckpoints(fatalities);
	const atRow = (begun: number): EventDeathsAt => ({ events: begun, ...sums.upTo(begun) });
	const begunBy = (t: number): number => {
		if (Number.isNaN(t)) throw new RangeError(`invalid time: ${t}`);
		return countUpTo(start, t);
	};
	return {
		name: table.name,
		countingRule: table.countingRule,
		synthetic: table.synthetic,
		first: n > 0 ? start[0]! : null,
		at: (t) => atRow(begunBy(t)),
		begunBy,
		atRow
	};
}

const built = new WeakMap<Source, EventDeaths>();

/** eventDeaths, built once per table object: a new table's loader builds it a task ahead of the first draw, which then only reads it. */
export function eventDeathsOf(table: Source): EventDeaths {
	let deaths = built.get(table);
	if (!deaths) built.set(table, (deaths = eventDeaths(table)));
	return deaths;
}
