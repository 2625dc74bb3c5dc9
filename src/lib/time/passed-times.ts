/**
 * For many items that each ask "has the clock passed my time?" (an incident's start or end): the
 * latest of their times the clock has passed. An item compares its own time with that, which
 * changes only when the clock crosses one of the times, so a view whose items read it instead of
 * the clock re-runs nothing per item on a step that crosses none. O(log n) per question.
 */
export interface PassedTimes {
	/** The latest time ≤ t, or -Infinity: an item's time x is ≤ t exactly when x ≤ this. */
	atOrBefore(t: number): number;
	/** The latest time < t, or -Infinity: an item's time x is < t exactly when x ≤ this. */
	before(t: number): number;
}

export function passedTimes(times: readonly number[]): PassedTimes {
	const sorted = Float64Array.from(times).sort();
	/** How many sorted times pass the test, which holds for a prefix. */
	const prefix = (passed: (time: number) => boolean) => {
		let low = 0;
		let high = sorted.length;
		while (low < high) {
			const middle = (low + high) >>> 1;
			if (passed(sorted[middle]!)) low = middle + 1;
			else high = middle;
		}
		return low === 0 ? -Infinity : sorted[low - 1]!;
	};
	return {
		atOrBefore: (t) => prefix((time) => time <= t),
		before: (t) => prefix((time) => time < t)
	};
}
