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
import { textIn } from '../scenario/text-in';
import '../i18n/on-demand/export';
import type { EventDeaths } from '../casualties/event-deaths';
import { eventKilled, eventsBegun, eventsWithoutToll } from '../casualties/event-deaths-text';

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

/** A dataset's own text (its name, its counting rule) may be of any length, a megabyte in a hostile file: a footer shows its start. */
const TEXT_MAX = 100;
export const shortText = (text: string) => (text.length > TEXT_MAX ? `${text.slice(0, TEXT_MAX - 1).trimEnd()}…` : text);

/**
 * The events dataset's deaths up to `t` (the frame's time), apart from the story's, with its counting
 * rule, said synthetic when it is: the screen's totals line, shorter ("since" and the time are the header's).
 */
export function eventTotalsLine(deaths: EventDeaths, t: number, lang: Lang): string {
	const at = deaths.at(t);
	const name = shortText(deaths.name);
	const rule = shortText(deaths.countingRule);
	const line =
		at.events === 0
			? message(lang, 'exportEventDeathsNone', { name })
			: at.reported === 0
				? message(lang, 'exportEventDeathsNoToll', { name, rule, events: eventsBegun(at, lang) })
				: message(lang, 'exportEventDeaths', { name, rule, killed: eventKilled(at, lang), events: eventsBegun(at, lang), unreported: eventsWithoutToll(at.events - at.reported, lang) });
	return deaths.synthetic ? `${message(lang, 'eventDeathsSynthetic')} ${line}` : line;
}

/** The map's data, the base map's when drawn, the sources of the figures shown, and the events' dataset when drawn. */
export function creditLines(sourceIds: readonly string[], sources: ReadonlyMap<string, Source>, baseMap: boolean, lang: Lang, events: string | null = null): string[] {
	const cited = sourceIds.flatMap((id) => {
		const source = sources.get(id);
		// Publisher and date: enough to find each one in the app's sources, short enough for a footer.
		if (!source) return [];
		const publisher = textIn(source.publisher, lang);
		return [source.published ? message(lang, 'exportCitation', { publisher, published: source.published }) : publisher];
	});
	return [
		message(lang, 'exportCreditMap') + (baseMap ? ` ${message(lang, 'key_credit')}.` : ''),
		...(cited.length ? [message(lang, 'exportCreditFigures', { sources: cited.join(message(lang, 'casualtyListSeparator')) })] : []),
		...(events === null ? [] : [message(lang, 'exportCreditEvents', { name: shortText(events) })])
	];
}
