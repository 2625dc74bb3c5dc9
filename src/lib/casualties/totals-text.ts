// The words of a totals display, shared by the explorer, the embed and the
// share image's check, so each says the same thing the same way.
import { message, type Lang } from '../i18n/messages';
import type { TotalsRow } from './totals-rows';

/** "Security forces killed", or "Attackers killed, as claimed by the forces that fought them". */
export function totalsRowLabel(row: Pick<TotalsRow, 'tally' | 'side' | 'measure'>, lang: Lang): string {
	const base = message(lang, `toll_${row.side}_${row.measure}`);
	if (row.tally === 'counted') return base;
	return message(lang, 'casualtyOpponentLabel', { label: base, claimedBy: message(lang, `casualtyClaimedBy_${row.side}`) });
}

/** "All 4 attacks so far": the totals always say how many attacks they cover. */
export function attacksSoFar(begun: number, lang: Lang): string {
	const key = begun === 0 ? 'casualtiesSoFar_zero' : begun === 1 ? 'casualtiesSoFar_one' : begun === 2 ? 'casualtiesSoFar_two' : 'casualtiesSoFar_other';
	return message(lang, key, { n: begun });
}
