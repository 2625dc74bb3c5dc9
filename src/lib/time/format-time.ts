import { dateFormat } from '../i18n/format';
import type { Lang } from '../i18n/messages';
import type { Zone } from './local-time';
import { DAY } from './time-window';

const DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

const inZone = (t: number, zone: Zone, lang: Lang, options: Intl.DateTimeFormatOptions) =>
	dateFormat(lang, { ...options, timeZone: zone.timeZone }).format(t);

/** The slider's spoken value and the playback display ask for the same instant at every clock step. */
let lastDateTime: { t: number; zone: Zone; lang: Lang; text: string } | null = null;

/** "21 October 2017, 05:30 UTC+1" / "21 octobre 2017, 05:30 UTC+1": the scrubber's spoken value. */
export function formatDateTime(t: number, zone: Zone, lang: Lang): string {
	const last = lastDateTime;
	if (last && last.t === t && last.zone === zone && last.lang === lang) return last.text;
	const text = `${inZone(t, zone, lang, DATE)}, ${inZone(t, zone, lang, TIME)} ${zone.label}`;
	lastDateTime = { t, zone, lang, text };
	return text;
}

export function formatDate(t: number, zone: Zone, lang: Lang): string {
	return inZone(t, zone, lang, DATE);
}

/** "9 Jan 2020" / "9 janv. 2020": a date where room is short (a label on the map). */
export function formatShortDate(t: number, zone: Zone, lang: Lang): string {
	return inZone(t, zone, lang, { day: 'numeric', month: 'short', year: 'numeric' });
}

/** "9 Jan 2020, 14:00" / "9 janv. 2020, 14:00": a phone's one-line bar, whose timeline below gives the zone. */
export function formatShortDateTime(t: number, zone: Zone, lang: Lang): string {
	return `${formatShortDate(t, zone, lang)}, ${inZone(t, zone, lang, TIME)}`;
}

/** "October 2017 – January 2020" / "octobre 2017 – janvier 2020": the months a story spans ("Dec 2019 – Jan 2020" short). */
export function formatMonthRange(from: number, to: number, zone: Zone, lang: Lang, month: 'long' | 'short' = 'long'): string {
	return dateFormat(lang, { month, year: 'numeric', timeZone: zone.timeZone }).formatRange(from, Math.max(from, to));
}

export function formatClock(t: number, zone: Zone, lang: Lang): string {
	return `${inZone(t, zone, lang, TIME)} ${zone.label}`;
}

/** Short axis labels: the coarsest unit that still tells ticks apart. */
export function formatTick(t: number, zone: Zone, lang: Lang, stepMs: number): string {
	if (stepMs >= 365 * DAY) return inZone(t, zone, lang, { year: 'numeric' });
	if (stepMs >= 28 * DAY) return inZone(t, zone, lang, { month: 'short', year: 'numeric' });
	if (stepMs >= DAY) return inZone(t, zone, lang, { day: 'numeric', month: 'short' });
	return inZone(t, zone, lang, TIME);
}

/** A tick that starts a day on an axis of hours: "11 Jan 00:00" / "11 janv. 00:00". */
export function formatDatedTick(t: number, zone: Zone, lang: Lang): string {
	return `${inZone(t, zone, lang, { day: 'numeric', month: 'short' })} ${inZone(t, zone, lang, TIME)}`;
}

/** A key for the local calendar day of an instant in a zone: equal for two instants on the same day there. */
export function localDay(t: number, zone: Zone): string {
	return dateFormat('en', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: zone.timeZone }).format(t);
}

/**
 * A calendar date as its source writes it, '2020-01-10' → "10 January 2020", or a month,
 * '2019-12' → "December 2019": a day, not an instant, so no zone shifts it.
 */
export function formatCalendarDate(isoDate: string, lang: Lang): string {
	const month = isoDate.length === 7;
	const options: Intl.DateTimeFormatOptions = month ? { month: 'long', year: 'numeric' } : DATE;
	return dateFormat(lang, { ...options, timeZone: 'UTC' }).format(Date.parse(`${month ? `${isoDate}-01` : isoDate}T00:00:00Z`));
}
