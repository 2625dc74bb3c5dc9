// A rejected row's problem in the reader's words: the import summary and errors.csv say the same.
import { message, type Lang } from '../../i18n/messages';
import type { ProblemCode, RowProblem } from './row-problem';
import '../../i18n/on-demand/import';

/** The problems of a GeoJSON feature as a whole (a CSV's are of its row). */
const FEATURE_CODES: ReadonlySet<ProblemCode> = new Set(['badJson', 'notFeature', 'noGeometry', 'notPoint', 'badCoordinates']);

/** The column as the file names it, or "whole row" ("whole feature") for a problem of the row (feature) itself. */
export function problemColumn(p: Pick<RowProblem, 'column' | 'code'>, lang: Lang): string {
	return p.column || message(lang, FEATURE_CODES.has(p.code) ? 'importWholeFeature' : 'importWholeRow');
}

export function problemReason(p: Pick<RowProblem, 'code' | 'column' | 'value' | 'expected'>, lang: Lang): string {
	return message(lang, `importProblem_${p.code}`, { column: p.column, value: p.value, expected: p.expected });
}
