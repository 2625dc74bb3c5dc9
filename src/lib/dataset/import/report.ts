// What an import found, for the summary the reader sees: counts, reasons, the first problems.
import type { DayOrder } from './day';
import { GEOJSON_SHAPE_PROBLEMS } from './feature-scanner';
import type { PresetName } from './preset';
import type { ProblemCode, RowProblem } from './row-problem';
import type { Encoding } from './text-chunks';

/** Why an import gave no table: for a GeoJSON file also its shape (GEOJSON_SHAPE_PROBLEMS), or its size over the limit. */
export const IMPORT_FAILURE_CODES = ['empty', 'missingColumns', 'noValidRows', 'cancelled', 'unreadable', 'tooLarge', ...GEOJSON_SHAPE_PROBLEMS] as const;
export type ImportFailureCode = (typeof IMPORT_FAILURE_CODES)[number];

/** How many problems are kept as examples; the rest are only counted. */
export const KEPT_PROBLEMS = 100;

export interface ImportReport {
	preset: PresetName;
	/** 'geojson': a FeatureCollection, whose problems' `row` is the feature's index in it (from 0). */
	format: 'csv' | 'geojson';
	/** The field separator found: ",", ";" or "\t" ("" for GeoJSON). */
	delimiter: string;
	encoding: Encoding;
	dayOrder: DayOrder;
	/** Data rows read (the header not counted). */
	rowsRead: number;
	imported: number;
	rejected: number;
	/** Problems by code and column, commonest first. */
	reasons: { code: ProblemCode; column: string; count: number }[];
	/** The first KEPT_PROBLEMS problems, in file order. */
	problems: RowProblem[];
}

/** Counts problems by reason and keeps the first ones. */
export class ProblemTally {
	readonly kept: RowProblem[] = [];
	private readonly counts = new Map<string, { code: ProblemCode; column: string; count: number }>();
	total = 0;
	/** `onProblem` hears every problem, not only the kept ones. */
	constructor(private readonly onProblem?: (problem: RowProblem) => void) {}

	add(problem: RowProblem): void {
		this.total++;
		this.onProblem?.(problem);
		if (this.kept.length < KEPT_PROBLEMS) this.kept.push(problem);
		const key = `${problem.code}\u0000${problem.column}`;
		const entry = this.counts.get(key);
		if (entry) entry.count++;
		else this.counts.set(key, { code: problem.code, column: problem.column, count: 1 });
	}

	reasons(): ImportReport['reasons'] {
		return [...this.counts.values()].sort((a, b) => b.count - a.count);
	}
}
