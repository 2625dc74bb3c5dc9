// The killed so far on one line, as the phone's bar repeats it (a module of its own: the embed,
// which shares totals-text.ts, never shows the bar and so never loads it).
import { formatList } from '../i18n/format';
import { message, type Lang } from '../i18n/messages';
import { formatBand } from './format-band';
import { headlineRows, type TotalsRow } from './totals-rows';

/**
 * Each side with a figure, joined as the language joins a list ("Security forces 10 and
 * Civilians 3"); before any report, the first side's "none reported" alone (never 0): no side has
 * a figure to name.
 */
export function killedSoFarLine(rows: readonly TotalsRow[], lang: Lang): string {
	const headline = headlineRows(rows);
	const figures = headline.filter((row) => row.band.reported);
	const first = headline.at(0);
	if (figures.length === 0) return first ? formatBand(first.band, lang) : '';
	return formatList(figures.map((row) => `${message(lang, `casualtySide_${row.side}`)} ${formatBand(row.band, lang)}`), lang);
}
