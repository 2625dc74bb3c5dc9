// Calendar days from the date formats exports come in, as UTC day numbers (days since 1970-01-01):
// an event's date has no time zone, so it must never pass through the viewer's (Date.parse of
// "2019-01-01T00:00" is local time). Formats: data-formats.md §1.3 and §3.1, and the serial numbers
// a spreadsheet writes when a date column was saved as numbers.

import { DAY } from '../../time/time-window';

/** Which of day and month comes first in `03/04/2021`; 'unknown' when no value has told yet. */
export const DAY_ORDERS = ['dmy', 'mdy', 'unknown'] as const;
export type DayOrder = (typeof DAY_ORDERS)[number];

export type DayResult = { ok: true; day: number } | { ok: false; problem: 'unparsable' | 'ambiguous' };

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "January", "Jan", "Sept" (as in `30-Sept-24`): any prefix of three letters or more → 1…12, else 0. */
function monthNumber(name: string): number {
	const lower = name.toLowerCase();
	return lower.length < 3 ? 0 : MONTHS.findIndex((month) => month.startsWith(lower)) + 1;
}

/** The day number of a calendar date, or null when it does not exist (31 April). */
function dayOf(year: number, month: number, day: number): number | null {
	const t = Date.UTC(year, month - 1, day);
	const d = new Date(t);
	if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
	return t / DAY;
}

/** Two-digit years as Excel-touched ACLED files write them: 00–49 are 2000s, 50–99 1900s (ACLED starts in 1997). */
const fullYear = (text: string) => (text.length === 4 ? Number(text) : Number(text) + (Number(text) < 50 ? 2000 : 1900));

// ISO, with UCDP's time part ("2026-07-11 00:00:00.000"), which is always midnight and ignored.
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const NAMED = /^(\d{1,2})[ -]([A-Za-z]+)\.?[ -](\d{4}|\d{2})$/;
const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
/** A spreadsheet's serial day, with a time of day as a fraction (ignored). */
const SERIAL = /^(\d{1,7})(?:\.\d+)?$/;

/**
 * A day from an Excel serial number in the 1900 date system (1 is 1 January 1900, 2958465 is
 * 31 December 9999). Excel counts a 29 February 1900 that never was (Lotus 1-2-3's bug, kept for
 * compatibility): serial 60 is that day, so it is refused, and serials from 61 on are one day
 * ahead of a true count. Serial 25569 is 1970-01-01, day 0.
 */
function excelSerialDay(serial: number): number | null {
	if (serial < 1 || serial > 2_958_465 || serial === 60) return null;
	return serial < 60 ? serial - 25_568 : serial - 25_569;
}

/** The order a `dd/mm/yyyy`-like value proves (a part above 12), or null when it proves none. */
export function orderShownBy(text: string): 'dmy' | 'mdy' | null {
	const m = NUMERIC.exec(text.trim());
	if (!m) return null;
	const [a, b] = [Number(m[1]), Number(m[3])];
	return a > 12 && b <= 12 ? 'dmy' : b > 12 && a <= 12 ? 'mdy' : null;
}

/** A day from `text`; `order` decides `03/04/2021`, and without one such a value is ambiguous. */
export function parseDay(text: string, order: DayOrder): DayResult {
	const value = text.trim();
	let day: number | null = null;
	let m = ISO.exec(value);
	if (m) day = dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
	else if ((m = NAMED.exec(value))) {
		const month = monthNumber(m[2]!);
		day = month ? dayOf(fullYear(m[3]!), month, Number(m[1])) : null;
	} else if ((m = NUMERIC.exec(value))) {
		const [a, b, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
		const shown = orderShownBy(value);
		const use = shown ?? (a === b ? 'dmy' : order);
		if (use === 'unknown') return { ok: false, problem: 'ambiguous' };
		day = use === 'dmy' ? dayOf(year, b, a) : dayOf(year, a, b);
	} else if ((m = SERIAL.exec(value))) day = excelSerialDay(Number(m[1]));
	return day === null ? { ok: false, problem: 'unparsable' } : { ok: true, day };
}

/** The order a sample of values proves: the first value with a part above 12 decides. */
export function detectDayOrder(samples: Iterable<string>): DayOrder {
	for (const text of samples) {
		const shown = orderShownBy(text);
		if (shown) return shown;
	}
	return 'unknown';
}
