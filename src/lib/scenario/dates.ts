// The calendar strings a scenario uses, and how to compare strings of
// different precision (a month, a day, an instant) without inventing the part
// that is not known.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
// Seconds are required and the offset is Z or ±hh:mm, as in 2020-01-09T12:00:00+01:00.
const DATE_TIME_WITH_OFFSET =
	/^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/**
 * Epoch ms of a UTC day (month from 0; days past the month's end roll over, as in Date.UTC).
 * Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear takes the year as written.
 */
export function utcDay(year: number, monthIndex: number, day: number): number {
	return new Date(0).setUTCFullYear(year, monthIndex, day);
}

/** YYYY-MM-DD naming a day that exists (no 2019-02-29). */
export function isCalendarDate(text: string): boolean {
	const match = DATE.exec(text);
	if (match === null) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(utcDay(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function isMonth(text: string): boolean {
	return MONTH.test(text);
}

/** An ISO 8601 date-time that says its offset, so it names one instant. */
export function isDateTimeWithOffset(text: string): boolean {
	const match = DATE_TIME_WITH_OFFSET.exec(text);
	return match !== null && isCalendarDate(match[1] ?? '');
}

export function isDateOrMonth(text: string): boolean {
	return isCalendarDate(text) || isMonth(text);
}

export function isDateOrDateTime(text: string): boolean {
	return isCalendarDate(text) || isDateTimeWithOffset(text);
}

/** Epoch milliseconds of a date-time with offset. */
export function instantOf(dateTime: string): number {
	return Date.parse(dateTime);
}

/**
 * Orders two calendar strings at the coarser of their precisions: a month
 * against a day compares months, a day against a date-time compares the day
 * as written (the date-time's own local day), two date-times compare
 * instants. Zero means "not distinguishable", not "equal".
 */
export function compareCalendar(a: string, b: string): number {
	if (isDateTimeWithOffset(a) && isDateTimeWithOffset(b)) return instantOf(a) - instantOf(b);
	const length = Math.min(a.length, b.length, 10);
	const [x, y] = [a.slice(0, length), b.slice(0, length)];
	return x < y ? -1 : x > y ? 1 : 0;
}
