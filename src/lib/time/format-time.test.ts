import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatDateTime, formatShortDate, formatTick } from './format-time';
import { isTimeZone, zoneNamed } from './local-time';
import { labelledTicks, labelWidthPx, localTicks } from './ticks';
import { DAY, HOUR } from './time-window';

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

describe('localTicks', () => {
	it('puts daily ticks on Niger midnights, not UTC midnights', () => {
		const from = Date.UTC(2020, 0, 8);
		const ticks = localTicks({ from, to: from + 4 * DAY }, NIGER_ZONE, 4);
		for (const tick of ticks) expect(new Date(tick.t + HOUR).getUTCHours()).toBe(0);
		expect(formatTick(ticks[0]!.t, NIGER_ZONE, 'en', ticks[0]!.stepMs)).toBe('9 Jan');
	});

	it('uses hours inside an attack', () => {
		const from = Date.UTC(2020, 0, 9, 10);
		const ticks = localTicks({ from, to: from + 4 * HOUR }, NIGER_ZONE, 5);
		expect(ticks[0]!.stepMs).toBeLessThanOrEqual(HOUR);
		expect(formatTick(ticks[0]!.t, NIGER_ZONE, 'en', ticks[0]!.stepMs)).toMatch(/^\d\d:\d\d$/);
	});
});

describe('labelledTicks', () => {
	const whole = { from: Date.UTC(2017, 5, 24), to: Date.UTC(2020, 0, 17) };
	const words = (lang: 'en' | 'fr') => (ticks: readonly { t: number; stepMs: number }[]) => ticks.map((tick) => formatTick(tick.t, NIGER_ZONE, lang, tick.stepMs));

	it.each([
		['fr', 1888],
		['en', 1888],
		['fr', 1248],
		['fr', 358]
	] as const)('leaves room between %s labels on a %ipx strip', (lang, width) => {
		const ticks = labelledTicks(whole, NIGER_ZONE, width, words(lang), 11.2).filter((tick) => tick.label !== null);
		expect(ticks.length).toBeGreaterThanOrEqual(2);
		const px = (t: number) => ((t - whole.from) / (whole.to - whole.from)) * width;
		for (let i = 1; i < ticks.length; i++) {
			const room = px(ticks[i]!.t) - px(ticks[i - 1]!.t);
			const needed = (labelWidthPx(ticks[i - 1]!.label!, 11.2) + labelWidthPx(ticks[i]!.label!, 11.2)) / 2;
			expect(room).toBeGreaterThan(needed);
		}
	});

	it('still labels a wide strip generously', () => {
		expect(labelledTicks(whole, NIGER_ZONE, 1888, words('en'), 11.2).filter((tick) => tick.label !== null).length).toBeGreaterThanOrEqual(8);
	});

	it('estimates a French month label wider than its English one', () => {
		expect(labelWidthPx('févr. 2018', 11.2)).toBeGreaterThan(labelWidthPx('Feb 2018', 11.2));
		expect(labelWidthPx('févr. 2018', 11.2)).toBeGreaterThan(55);
	});

	it('keeps every tick but leaves unlabelled those whose label would be cut at an end', () => {
		const from = Date.UTC(2017, 5, 24);
		const window = { from, to: from + 940 * DAY };
		const ticks = labelledTicks(window, NIGER_ZONE, 1248, words('en'), 12);
		expect(ticks.length).toBeGreaterThan(3);
		const pxPerMs = 1248 / (window.to - window.from);
		for (const tick of ticks) {
			const at = (tick.t - from) * pxPerMs;
			if (tick.label === null) expect(at < 40 || at > 1248 - 40).toBe(true);
			else expect(at >= 24 && at <= 1248 - 24).toBe(true);
		}
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
