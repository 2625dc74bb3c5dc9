import { describe, expect, it } from 'vitest';
import { formatDateTime, formatTick } from './format-time';
import { NIGER_ZONE, zoneOfCountry } from './local-time';
import { localTicks } from './ticks';
import { DAY, HOUR } from './time-window';

describe('formatDateTime', () => {
	it.each([
		['en', Date.UTC(2017, 9, 21, 4, 30), '21 October 2017, 05:30 UTC+1'],
		['fr', Date.UTC(2017, 9, 21, 4, 30), '21 octobre 2017, 05:30 UTC+1'],
		['en', Date.UTC(2020, 0, 8, 23, 30), '9 January 2020, 00:30 UTC+1']
	] as const)('%s %i → %s', (lang, t, text) => {
		expect(formatDateTime(t, NIGER_ZONE, lang)).toBe(text);
	});

	it('shows Mali in UTC', () => {
		expect(formatDateTime(Date.UTC(2017, 9, 21, 4, 30), zoneOfCountry('466'), 'en')).toBe('21 October 2017, 04:30 UTC');
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
