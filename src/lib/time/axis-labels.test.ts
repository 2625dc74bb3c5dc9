import { describe, expect, it } from 'vitest';
import { axisLabels } from './axis-labels';
import { zoneNamed } from './local-time';
import { timeAxisTicks } from './ticks';
import { DAY, HOUR } from './time-window';

const NIGER_ZONE = zoneNamed('Africa/Niamey', Date.UTC(2017, 5, 24));
/** Midnight in Niamey (UTC+1) on 11 January 2020. */
const MIDNIGHT = Date.UTC(2020, 0, 10, 23);

describe('axisLabels', () => {
	it('dates the first tick and the first of each day on an axis of hours that crosses midnight', () => {
		const ticks = [-12, -6, 0, 6, 12, 18, 24].map((h) => ({ t: MIDNIGHT + h * HOUR, stepMs: 6 * HOUR }));
		expect(axisLabels(ticks, NIGER_ZONE, 'en')).toEqual(['10 Jan 12:00', '18:00', '11 Jan 00:00', '06:00', '12:00', '18:00', '12 Jan 00:00']);
		expect(axisLabels(ticks, NIGER_ZONE, 'fr')[2]).toBe('11 janv. 00:00');
	});

	it('gives hours alone inside one day', () => {
		const ticks = [10, 11, 12, 13].map((h) => ({ t: MIDNIGHT + h * HOUR, stepMs: HOUR }));
		expect(axisLabels(ticks, NIGER_ZONE, 'en')).toEqual(['10:00', '11:00', '12:00', '13:00']);
	});

	it('leaves day and month ticks as dates', () => {
		const ticks = [0, 1, 2].map((d) => ({ t: MIDNIGHT + d * DAY, stepMs: DAY }));
		expect(axisLabels(ticks, NIGER_ZONE, 'en')).toEqual(['11 Jan', '12 Jan', '13 Jan']);
	});

	it('takes the day in the zone, not in UTC: 23:30 UTC on the 10th is the 11th in Niamey', () => {
		const ticks = [{ t: MIDNIGHT - HOUR, stepMs: HOUR }, { t: MIDNIGHT + 30 * 60_000, stepMs: HOUR }];
		expect(axisLabels(ticks, NIGER_ZONE, 'en')).toEqual(['10 Jan 23:00', '11 Jan 00:30']);
	});
});

describe('timeAxisTicks', () => {
	// Chapter 7 (Inates) and chapter 11 once read "12:00 00:00 12:00 00:00" with no day (review 3).
	it.each([
		['two and a half days', { from: MIDNIGHT - 12 * HOUR, to: MIDNIGHT + 60 * HOUR }],
		['six days', { from: MIDNIGHT - 24 * HOUR, to: MIDNIGHT + 5 * DAY }]
	])('puts a date on an axis of %s at every width', (_, window) => {
		for (const width of [300, 700, 1200, 1800]) {
			for (const lang of ['en', 'fr'] as const) {
				const labels = timeAxisTicks(window, NIGER_ZONE, width, lang, 12).flatMap((tick) => (tick.label ? [tick.label] : []));
				expect(labels.length, `${width}px ${lang}`).toBeGreaterThan(0);
				// The first label names its day, and so does each label of a later day.
				expect(labels[0], `${width}px ${lang}: ${labels.join(' | ')}`).toMatch(/\d{1,2} \p{L}/u);
			}
		}
	});

	// The 12:00 tick on the left edge is cut, so the first label shown carries the date instead.
	it('names each day once where hours are shown, on the first label shown', () => {
		const labels = timeAxisTicks({ from: MIDNIGHT - 12 * HOUR, to: MIDNIGHT + 60 * HOUR }, NIGER_ZONE, 1800, 'en', 12).flatMap((tick) =>
			tick.label ? [tick.label] : []
		);
		expect(labels.filter((label) => /Jan/.test(label))).toEqual(['10 Jan 18:00', '11 Jan 00:00', '12 Jan 00:00', '13 Jan 00:00']);
		expect(labels[0]).toBe('10 Jan 18:00');
	});
});
