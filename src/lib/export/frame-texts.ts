// The words of an exported frame, by the screen's rules: the totals count each side's own and
// independent reports, each claim by the other side stands on a line of its own, a side nobody
// reported reads "none reported"; the credits name the map's data and every source of a figure shown.
import { formatBand } from '../casualties/format-band';
import { totalsRows } from '../casualties/totals-rows';
import { attacksSoFar, totalsRowLabel } from '../casualties/totals-text';
import type { RunningTotals } from '../casualties/running-totals';
import type { TotalsPolicy } from '../casualties/claim-rule';
import { message, type Lang } from '../i18n/messages';
import type { Source } from '../scenario/schema';
import '../i18n/on-demand/export';

export interface TotalsSource {
	totals: RunningTotals;
	/** The attack in focus, with its own totals: its line comes first, so the cumulative line is never read as its toll. */
	focus: { title: string; totals: RunningTotals } | null;
	time: number;
	policy: TotalsPolicy;
}

/** "All 4 attacks so far — Security forces killed: 89 · …", then a line per opponent's claim. */
export function totalsLines({ totals, focus, time, policy }: TotalsSource, lang: Lang): string[] {
	const scopes = [...(focus ? [{ heading: focus.title, totals: focus.totals }] : []), { heading: attacksSoFar(totals.begunBy(time), lang), totals }];
	return scopes.flatMap(({ heading, totals: of }) => {
		const rows = totalsRows(of, time, policy, ['killed']);
		const figure = (row: (typeof rows)[number]) => message(lang, 'exportFigure', { label: totalsRowLabel(row, lang), value: formatBand(row.band, lang) });
		const counted = rows.filter((row) => row.tally === 'counted').map(figure);
		const claimed = rows.filter((row) => row.tally === 'opponent').map(figure);
		return [counted, ...claimed.map((claim) => [claim])].map((parts) => message(lang, 'exportScope', { scope: heading, figures: parts.join(' · ') }));
	});
}

/** The map's data, the base map's when drawn, and the sources of the figures shown. */
export function creditLines(sourceIds: readonly string[], sources: ReadonlyMap<string, Source>, baseMap: boolean, lang: Lang): string[] {
	const cited = sourceIds.flatMap((id) => {
		const source = sources.get(id);
		return source ? [message(lang, 'exportCitation', { publisher: source.publisher, title: source.title }) + (source.published ? ` (${source.published})` : '')] : [];
	});
	return [
		message(lang, 'exportCreditMap') + (baseMap ? ` ${message(lang, 'key_credit')}.` : ''),
		...(cited.length ? [message(lang, 'exportCreditFigures', { sources: cited.join('; ') })] : [])
	];
}
