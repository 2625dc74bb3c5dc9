import { describe, expect, it } from 'vitest';
import { compareCalendar, isCalendarDate, isDateTimeWithOffset, isMonth, utcDay } from './dates';

describe('isCalendarDate', () => {
	it.each([
		['2020-02-29', true],
		['2019-02-29', false],
		['2020-13-01', false],
		['2020-1-09', false],
		// Years 0000–0099 are years, not 1900–1999 (review D9).
		['0001-01-01', true],
		['0000-02-29', true],
		['0099-02-29', false]
	])('%s → %s', (text, valid) => expect(isCalendarDate(text)).toBe(valid));
});

describe('utcDay', () => {
	it('takes a year below 100 as written', () => {
		expect(new Date(utcDay(1, 0, 1)).toISOString()).toBe('0001-01-01T00:00:00.000Z');
		expect(utcDay(2020, 0, 9)).toBe(Date.UTC(2020, 0, 9));
	});
});

describe('isMonth', () => {
	it.each([
		['2020-01', true],
		['2020-00', false],
		['2020-01-09', false]
	])('%s → %s', (text, valid) => expect(isMonth(text)).toBe(valid));
});

describe('isDateTimeWithOffset', () => {
	it.each([
		['2020-01-09T12:00:00+01:00', true],
		['2020-01-09T12:00:00Z', true],
		['2020-01-09T12:00:00.250-00:30', true],
		['2020-01-09T12:00:00', false],
		['2020-01-09T12:00+01:00', false],
		['2020-01-09T24:00:00+01:00', false],
		['2019-02-29T12:00:00+01:00', false],
		['0001-01-01T00:00:00Z', true],
		['0099-12-31T23:59:59+01:00', true]
	])('%s → %s', (text, valid) => expect(isDateTimeWithOffset(text)).toBe(valid));
});

describe('compareCalendar', () => {
	it('compares date-times as instants, across offsets', () => {
		expect(compareCalendar('2017-10-21T07:40:00+00:00', '2017-10-21T08:10:00+01:00')).toBeGreaterThan(0);
	});
	it('compares a day with a date-time by the date-time’s own day', () => {
		expect(compareCalendar('2020-01-09', '2020-01-09T23:00:00+01:00')).toBe(0);
		expect(compareCalendar('2020-01-10', '2020-01-09T23:00:00+01:00')).toBeGreaterThan(0);
	});
	it('compares a month with a day by month', () => {
		expect(compareCalendar('2020-01-13', '2020-01')).toBe(0);
		expect(compareCalendar('2020-02-01', '2020-01')).toBeGreaterThan(0);
	});
});
