// An event table's deaths in words, shared by the explorer's totals, its chart and the embed, so
// each names the dataset and its counting rule the same way and none reads "0" for "none reported".
import { formatCount, pluralForm } from '../i18n/format';
import { message, type Lang } from '../i18n/messages';
import { formatCalendarDate, formatDateTime } from '../time/format-time';
import type { Zone } from '../time/local-time';
import type { EventDeaths, EventDeathsAt } from './event-deaths';

/** "1,234 killed" / "1 234 morts", or "none reported" when no event begun gives a figure. */
export function eventKilled(at: EventDeathsAt, lang: Lang): string {
	if (at.reported === 0) return message(lang, 'casualtyNoneReported');
	return message(lang, `eventDeathsKilled_${pluralForm(at.killed, lang)}`, { n: formatCount(at.killed, lang) });
}

/** "567 events begun" / "567 événements commencés". */
export function eventsBegun(at: EventDeathsAt, lang: Lang): string {
	return message(lang, `eventDeathsEvents_${pluralForm(at.events, lang)}`, { n: formatCount(at.events, lang) });
}

/**
 * "ACLED: 1,234 killed in 567 events begun since 3 January 2017, up to 9 January 2020, 13:15 UTC+1
 * (reported fatalities); 12 events with no reported toll." Up to means begun at or before `t`, as
 * the events panel counts them; "since" names the table's first event, so a reader sees that the sum
 * runs from there, not from the window's start as the events panel's does.
 */
export function eventDeathsSentence(deaths: Pick<EventDeaths, 'name' | 'countingRule' | 'first'>, at: EventDeathsAt, t: number, zone: Zone, lang: Lang): string {
	const name = deaths.name;
	const time = formatDateTime(t, zone, lang);
	if (at.events === 0 || deaths.first === null) return message(lang, 'eventDeathsNoEvents', { name, time });
	const events = eventsBegun(at, lang);
	const rule = deaths.countingRule;
	// Events are dated by the day, as their sources give them: a calendar date, in no zone.
	const first = formatCalendarDate(new Date(deaths.first).toISOString().slice(0, 10), lang);
	if (at.reported === 0) return message(lang, 'eventDeathsNoneReported', { name, events, first, time, rule });
	return message(lang, 'eventDeathsLine', { name, killed: eventKilled(at, lang), events, first, time, rule, unreported: eventsWithoutToll(at.events - at.reported, lang) });
}

/** "12 events with no reported toll" / "0 événement sans bilan rapporté": French counts 0 and 1 in the singular. */
export function eventsWithoutToll(count: number, lang: Lang): string {
	return message(lang, `eventDeathsUnreported_${pluralForm(count, lang)}`, { n: formatCount(count, lang) });
}

/** A compact totals display's line for an event table at `t` (the embed's, the presenter's): its sentence and whether it is synthetic; null without a table. */
export function eventDeathsLineAt(deaths: EventDeaths | null, t: number, zone: Zone, lang: Lang): { synthetic: boolean; sentence: string } | null {
	if (!deaths) return null;
	return { synthetic: deaths.synthetic, sentence: eventDeathsSentence(deaths, deaths.at(t), t, zone, lang) };
}

/** For a live region, without the time (the slider says it), so it changes only when the figures do; "" before any event. */
export function eventDeathsAnnouncement(deaths: Pick<EventDeaths, 'name'>, at: EventDeathsAt, lang: Lang): string {
	if (at.events === 0) return '';
	return message(lang, 'eventDeathsAnnounce', { name: deaths.name, killed: eventKilled(at, lang), events: eventsBegun(at, lang) });
}
