// What is wrong with a rejected row, as data: the UI words it in the reader's language.

export const PROBLEM_CODES = [
	'ragged', 'missing', 'notANumber', 'outOfRange', 'negative', 'dateUnparsable', 'dateAmbiguous', 'endBeforeStart',
	'unknownCode', 'malformed', 'badJson', 'notFeature', 'noGeometry', 'notPoint', 'badCoordinates'
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface RowProblem {
	/** 1-based data row: the first row after the header is 1; in GeoJSON the feature's index in `features` (from 0). */
	row: number;
	/** The header's name of the column, as the file spells it ("" for the row as a whole). */
	column: string;
	code: ProblemCode;
	/** The offending value as text, cut to VALUE_LIMIT characters. */
	value: string;
	/** What the value should have been: a range ("−90…90"), a count of fields. */
	expected: string;
}

const VALUE_LIMIT = 60;

export function problem(row: number, column: string, code: ProblemCode, value: string, expected = ''): RowProblem {
	return { row, column, code, value: value.length > VALUE_LIMIT ? value.slice(0, VALUE_LIMIT - 1) + '…' : value, expected };
}
