// A casualty count as reports give it: a band from low to high, whose high end
// may itself be a lower bound ("at least 89", "more than 100"), and which may
// rest on no report at all ("none reported" is not zero).
import type { TollReport } from '../scenario/schema';

/**
 * A count known as a band; `low === high` when reports agree. `atLeast`: the
 * high end is a lower bound ("at least 89"); `moreThan`: a strict one ("more
 * than 100", which is never shown as "at least"); `moreThan` implies
 * `atLeast`. `reported`: some report stands behind the band; when false the
 * band is "none reported", whatever its numbers.
 */
export interface Band {
	low: number;
	high: number;
	atLeast: boolean;
	moreThan: boolean;
	reported: boolean;
}

/** No report at all. */
export const NONE_REPORTED: Readonly<Band> = Object.freeze({ low: 0, high: 0, atLeast: false, moreThan: false, reported: false });

/** One report as a band: a value is a band of width zero. */
export function reportBand(report: TollReport): Band {
	const moreThan = report.moreThan ?? false;
	const atLeast = moreThan || (report.atLeast ?? false);
	return 'value' in report
		? { low: report.value, high: report.value, atLeast, moreThan, reported: true }
		: { low: report.low, high: report.high, atLeast, moreThan, reported: true };
}

/**
 * Bands added up. A sum is a lower bound if any part is; it is strictly more
 * than its high end if any part is (x ≥ a and y > b give x + y > a + b).
 * Bands nobody reported add nothing, and a sum of them is itself unreported.
 */
export function addBands(bands: Iterable<Band>): Band {
	const sum: Band = { ...NONE_REPORTED };
	for (const band of bands) {
		if (!band.reported) continue;
		sum.low += band.low;
		sum.high += band.high;
		sum.atLeast ||= band.atLeast;
		sum.moreThan ||= band.moreThan;
		sum.reported = true;
	}
	return sum;
}

export function sameBand(a: Band, b: Band): boolean {
	return a.low === b.low && a.high === b.high && a.atLeast === b.atLeast && a.moreThan === b.moreThan && a.reported === b.reported;
}
