// errors.csv: every rejected row's problem as a line (row, column, value, reason), written as the
// import reads, in the reader's language. RFC 4180 quoting; a text a spreadsheet would run as a
// formula (=, +, -, @ first, and not a number) gets a leading apostrophe, since the values come
// from the imported file and the reader will open this one in a spreadsheet.
import { message, type Lang } from '../../i18n/messages';
import { problemColumn, problemReason } from './problem-text';
import type { ImportReport } from './report';
import type { RowProblem } from './row-problem';
import '../../i18n/on-demand/import';

const FORMULA = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;

function field(text: string): string {
	const safe = FORMULA.test(text) && !NUMBER.test(text) ? `'${text}` : text;
	return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The header; a GeoJSON file's problems are numbered by feature. */
export function errorsCsvHeader(lang: Lang, format: ImportReport['format'] = 'csv'): string {
	return [message(lang, format === 'geojson' ? 'importFeature' : 'importRow'), message(lang, 'importColumn'), message(lang, 'importValue'), message(lang, 'importReason')].map(field).join(',') + '\r\n';
}

export function errorsCsvLine(p: RowProblem, lang: Lang): string {
	return [String(p.row), problemColumn(p, lang), p.value, problemReason(p, lang)].map(field).join(',') + '\r\n';
}
