import { describe, expect, it } from 'vitest';
import { mulberry32, randomInt } from '../dataset/prng';
import { syntheticEvents } from '../dataset/synthetic';
import { formatEventDate } from './event-date';

// Month names written out here, not asked of Intl, so the test does not check Intl against itself.
const MONTHS = {
	en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
	fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']
} as const;
const DAY = 86_400_000;
const naiveDay = (t: number, lang: 'en' | 'fr') => {
	const d = new Date(t);
	return `${d.getUTCDate()} ${MONTHS[lang][d.getUTCMonth()]} ${d.getUTCFullYear()}`;
};
const naiveMonth = (t: number, lang: 'en' | 'fr') => `${MONTHS[lang][new Date(t).getUTCMonth()]} ${new Date(t).getUTCFullYear()}`;
/** Intl separates a range's ends with a dash, maybe thinly spaced: compared with the spaces taken out. */
const squeeze = (s: string) => s.replace(/[\s\u2009\u202f]/g, ' ');

describe('formatEventDate on synthetic events, against dates written out by hand', () => {
	const events = [...syntheticEvents({ count: 3000, seed: 8 })];

	for (const lang of ['en', 'fr'] as const) {
		it(`says each event's date at its precision, in UTC (${lang})`, () => {
			const seen = new Set<string>();
			for (const e of events) {
				const text = squeeze(formatEventDate(e.start, e.end, e.timePrecision!, lang));
				seen.add(e.timePrecision!);
				if (e.timePrecision === 'day') expect(text).toBe(naiveDay(e.start, lang));
				else if (e.timePrecision === 'month') expect(text).toBe(naiveMonth(e.start, lang));
				else {
					// A week: both ends, the first day and the last day it covers.
					const [from, to] = [new Date(e.start), new Date(e.end)];
					expect(text).toMatch(new RegExp(`^${from.getUTCDate()}\\b.*[–-].*${naiveDay(e.end, lang)}$`));
					if (from.getUTCMonth() !== to.getUTCMonth()) expect(text).toContain(MONTHS[lang][from.getUTCMonth()]);
					expect(e.end - e.start).toBe(7 * DAY - 1);
				}
			}
			expect([...seen].sort()).toEqual(['day', 'month', 'week']);
		});
	}

	it('reads a date in UTC, not in the reader’s zone (the tests run at UTC+1)', () => {
		const lateEvening = Date.UTC(2019, 11, 31, 23, 30);
		expect(formatEventDate(lateEvening, lateEvening, 'day', 'en')).toBe('31 December 2019');
	});

	it('gives a year as the year, and a span across the grain with both ends', () => {
		const random = mulberry32(2);
		for (let q = 0; q < 100; q++) {
			const year = 1990 + randomInt(random, 40);
			const start = Date.UTC(year, randomInt(random, 12), 1 + randomInt(random, 28));
			expect(formatEventDate(start, start + DAY - 1, 'year', 'fr')).toBe(String(year));
		}
		expect(squeeze(formatEventDate(Date.UTC(2020, 0, 1), Date.UTC(2020, 2, 31), 'month', 'en'))).toBe('January – March 2020');
		expect(squeeze(formatEventDate(Date.UTC(2020, 0, 6), Date.UTC(2020, 0, 6, 12), 'day', 'fr', 'short'))).toBe('6 janv. 2020');
	});
});
