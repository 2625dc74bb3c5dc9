// The casualty chart's figures at one time in words, for its tooltip, its text summary and its
// table: each side, their total, then what the opposing side claims on lines of their own.
import type { Band } from '../casualties/band';
import type { TotalsPolicy } from '../casualties/claim-rule';
import { formatBand } from '../casualties/format-band';
import type { RunningTotals } from '../casualties/running-totals';
import { message, type Lang } from '../i18n/messages';
import { killedAt } from './casualty-chart';

export interface ChartValue {
	key: string;
	label: string;
	value: string;
}

/** `short` for the eye ("25–89"), `spoken` for screen readers ("25 to 89"). */
export function chartValues(totals: RunningTotals, policy: TotalsPolicy, t: number, lang: Lang, style: 'short' | 'spoken'): ChartValue[] {
	const killed = killedAt(totals, policy, t);
	const word = (band: Band) => formatBand(band, lang, style);
	return [
		...killed.bySide.map(({ side, band }) => ({ key: side, label: message(lang, `casualtySide_${side}`), value: word(band) })),
		{ key: 'total', label: message(lang, 'casualtyChartTotal'), value: word(killed.total) },
		...killed.claimed.map(({ side, band }) => ({ key: `claimed-${side}`, label: message(lang, `casualtySideClaimed_${side}`), value: word(band) }))
	];
}
