// Which events a reader sees at the clock: those begun in the shown window, up to the clock's
// time. The map colours exactly these, the side panel counts them and the events table lists
// them, so the rule lives here once. The table is sorted by start, so they are one run of rows.
import type { TimeWindow } from '../time/time-window';

/** Rows first … end − 1 of the table. */
export interface RowRange {
	first: number;
	end: number;
}

/** The binary searches over the sorted starts that EventIndex provides. */
export interface StartSearch {
	/** How many events start before t. */
	countBefore(t: number): number;
	/** How many events have started by t. */
	countUpTo(t: number): number;
}

/**
 * The events begun in [window.from, min(time, window.to)]: an event yet to begin at the clock's
 * time is not shown (the story has not reached it), nor one begun before the window. O(log N).
 */
export function eventsBegunInWindow(search: StartSearch, window: TimeWindow, time: number): RowRange {
	const first = search.countBefore(window.from);
	return { first, end: Math.max(first, search.countUpTo(Math.min(time, window.to))) };
}
