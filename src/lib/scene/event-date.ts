// An event's date as precisely as its source knows it: a day, a span of days, a month, a year.
// An event table carries no time zone: its dates are the source's calendar dates, kept as UTC
// midnights (ACLED's event_date, UCDP's date_start), so they are read back in UTC; in the
// reader's zone, or in Niger's, a date could move to the day before or after.
import { dateFormat } from '../i18n/format';
import type { Lang } from '../i18n/messages';
import type { EventTimePrecision } from '../dataset/event-table';

const ZONE = 'UTC';

/** 'short' months for a table's column ("6–12 Jan 2020"), 'long' for details ("6–12 January 2020"). */
export type MonthStyle = 'short' | 'long';

function optionsFor(precision: EventTimePrecision, month: MonthStyle): Intl.DateTimeFormatOptions & { timeZone: string } {
	switch (precision) {
		case 'day':
		case 'week':
			return { day: 'numeric', month, year: 'numeric', timeZone: ZONE };
		case 'month':
			return { month, year: 'numeric', timeZone: ZONE };
		case 'year':
			return { year: 'numeric', timeZone: ZONE };
	}
}

/**
 * The span from `start` to `end` (the last moment the date covers) at the precision's grain: one
 * day reads "10 January 2020", a week "6–12 January 2020", a month "January 2020", a year "2020"
 * (a span that crosses the grain says both ends).
 */
export function formatEventDate(start: number, end: number, precision: EventTimePrecision, lang: Lang, month: MonthStyle = 'long'): string {
	return dateFormat(lang, optionsFor(precision, month)).formatRange(start, Math.max(start, end));
}
