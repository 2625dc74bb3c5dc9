import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatDateTime, formatMonthRange, formatShortDate, formatShortDateTime, formatTick } from './format-time';
import { isTimeZone, zoneNamed } from './local-time';

const START = Date.UTC(2017, 5, 24);
const NIGER_ZONE = zoneNamed('Africa/Niamey', START);

describe('formatShortDate', () => {
	it.each([
		['en', Date.UTC(2020, 0, 9, 11), '9 Jan 2020'],
		['fr', Date.UTC(2020, 0, 9, 11), '9 janv. 2020'],
		// 23:30 UTC is already the next day in Niamey.
		['en', Date.UTC(2017, 9, 3, 23, 30), '4 Oct 2017']
	] as const)('%s %i → %s', (lang, t, text) => {
		expect(formatShortDate(t, NIGER_ZONE, lang)).toBe(text);
	});
});

describe('formatShortDateTime', () => {
	it.each([
		['en', Date.UTC(2019, 11, 10, 14), '10 Dec 2019, 15:00'],
		['fr', Date.UTC(2019, 11, 10, 14), '10 déc. 2019, 15:00'],
		['en', Date.UTC(2020, 0, 8, 23, 30), '9 Jan 2020, 00:30']
	] as const)('%s %i → %s', (lang, t, text) => {
		expect(formatShortDateTime(t, NIGER_ZONE, lang)).toBe(text);
	});
});

describe('formatMonthRange', () => {
	it.each([
		['en', 'long', `December 2019\u2009–\u2009January 2020`],
		['en', 'short', `Dec 2019\u2009–\u2009Jan 2020`],
		['fr', 'short', `déc. 2019\u2009–\u2009janv. 2020`]
	] as const)('%s %s → %s', (lang, month, text) => {
		// Intl sets the dash between thin spaces. Inates began on 10 December 2019, Chinagodrar's last report counts from 12 January 2020 (Niamey).
		expect(formatMonthRange(Date.UTC(2019, 11, 10, 14), Date.UTC(2020, 0, 11, 23), NIGER_ZONE, lang, month)).toBe(text);
	});
});

describe('formatDateTime', () => {
	it.each([
		['en', Date.UTC(2017, 9, 21, 4, 30), '21 October 2017, 05:30 UTC+1'],
		['fr', Date.UTC(2017, 9, 21, 4, 30), '21 octobre 2017, 05:30 UTC+1'],
		['en', Date.UTC(2020, 0, 8, 23, 30), '9 January 2020, 00:30 UTC+1']
	] as const)('%s %i → %s', (lang, t, text) => {
		expect(formatDateTime(t, NIGER_ZONE, lang)).toBe(text);
	});

	it('shows Mali in UTC', () => {
		expect(formatDateTime(Date.UTC(2017, 9, 21, 4, 30), zoneNamed('Africa/Bamako', START), 'en')).toBe('21 October 2017, 04:30 UTC');
	});

	// Clocks are formatted in the IANA zone, ticks and labels use the offset at one instant: they
	// must agree at that instant, for zones east and west of Greenwich, whole hours or not.
	it.each([
		['Africa/Niamey', 'UTC+1'],
		['Africa/Bamako', 'UTC'],
		['Africa/Ndjamena', 'UTC+1'],
		['Asia/Kolkata', 'UTC+5:30'],
		['America/Sao_Paulo', 'UTC−3'],
		['Europe/Paris', 'UTC+2']
	])('%s: offset and label match Intl’s local hour', (name, label) => {
		const noonUtc = Date.UTC(2019, 6, 1, 12);
		const zone = zoneNamed(name, noonUtc);
		const local = new Intl.DateTimeFormat('en', { hour: 'numeric', minute: 'numeric', hourCycle: 'h23', timeZone: name }).format(noonUtc);
		const [hours, minutes] = local.split(':').map(Number);
		expect(hours! * 60 + minutes! - 12 * 60).toBe(zone.offsetMinutes);
		expect(zone.label).toBe(label);
	});

	it('takes the offset at the instant asked: Paris is UTC+1 in winter', () => {
		expect(zoneNamed('Europe/Paris', Date.UTC(2020, 0, 9)).label).toBe('UTC+1');
	});

	it('knows IANA zones and refuses what is not one', () => {
		expect(isTimeZone('Africa/Niamey')).toBe(true);
		expect(isTimeZone('Mars/Olympus')).toBe(false);
		expect(isTimeZone('')).toBe(false);
	});
});

describe('formatCalendarDate', () => {
	it.each([
		['en', '2020-01-10', '10 January 2020'],
		['fr', '2020-01-01', '1 janvier 2020'],
		['en', '2019-12', 'December 2019'],
		['fr', '2019-12', 'décembre 2019']
	] as const)('%s %s → %s', (lang, date, text) => {
		expect(formatCalendarDate(date, lang)).toBe(text);
	});
});
