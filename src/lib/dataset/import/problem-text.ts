// A rejected row's problem in the reader's words: the import summary and errors.csv say the same.
import { message, type Lang } from '../../i18n/messages';
import type { RowProblem } from './row-problem';
import '../../i18n/on-demand/import';

/** The column as the file names it, or "whole row" for a problem of the row itself. */
export function problemColumn(column: string, lang: Lang): string {
	return column || message(lang, 'importWholeRow');
}

export function problemReason(p: Pick<RowProblem, 'code' | 'column' | 'value' | 'expected'>, lang: Lang): string {
	return message(lang, `importProblem_${p.code}`, { column: p.column, value: p.value, expected: p.expected });
}
