// A step chart's points for a time window, read from one policy's prefix sums.
import { countUpTo, readRow, type Prefix, type Step } from './prefix-sums';

/** RunningTotals.stepsIn's points (what they keep and skip is said there), from one policy's prefix sums. */
export function windowSteps(p: Prefix, from: number, to: number, maxChanges: number): Step[] {
	const { times } = p;
	const first = countUpTo(times, from);
	const last = countUpTo(times, to);
	const points: Step[] = [{ t: from, totals: readRow(p, first) }];
	if (last - first <= maxChanges) {
		for (let row = first + 1; row <= last; row++) points.push({ t: times[row - 1]!, totals: readRow(p, row) });
	} else {
		const slices = Math.floor(maxChanges);
		let previous = first;
		for (let s = 1; s <= slices; s++) {
			const row = s === slices ? last : countUpTo(times, from + ((to - from) * s) / slices);
			if (row > previous) points.push({ t: times[row - 1]!, totals: readRow(p, row) });
			previous = Math.max(previous, row);
		}
	}
	points.push({ t: to, totals: readRow(p, last) });
	return points;
}
