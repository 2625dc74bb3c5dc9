// The words of a totals display, shared by the explorer, the embed and the
// share image's check, so each says the same thing the same way.
import { formatList } from '../i18n/format';
import { message, type Lang } from '../i18n/messages';
import { formatBand } from './format-band';
import { headlineRows, type TotalsRow } from './totals-rows';

/** "Security forces killed", or "Attackers killed, as claimed by the forces that fought them". */
export function totalsRowLabel(row: Pick<TotalsRow, 'tally' | 'side' | 'measure'>, lang: Lang): string {
	const base = message(lang, `toll_${row.side}_${row.measure}`);
	if (row.tally === 'counted') return base;
	return message(lang, 'casualtyOpponentLabel', { label: base, claimedBy: message(lang, `casualtyClaimedBy_${row.side}`) });
}

/** "All 4 attacks so far": the totals always say how many attacks they cover. */
export function attacksSoFar(begun: number, lang: Lang): string {
	const key = begun === 0 ? 'casualtiesSoFar_zero' : begun === 1 ? 'casualtiesSoFar_one' : 'casualtiesSoFar_other';
	return message(lang, key, { n: begun });
}

/**
 * The killed so far on one line, as the phone's bar repeats it: each side with a figure, joined as
 * the language joins a list ("Security forces 10 and Civilians 3"); before any report, the first
 * side's "none reported" alone (never 0): no side has a figure to name.
 */
export function killedSoFarLine(rows: readonly TotalsRow[], lang: Lang): string {
	const headline = headlineRows(rows);
	const figures = headline.filter((row) => row.band.reported);
	const first = headline.at(0);
	if (figures.length === 0) return first ? formatBand(first.band, lang) : '';
	return formatList(figures.map((row) => `${message(lang, `casualtySide_${row.side}`)} ${formatBand(row.band, lang)}`), lang);
}
