import { describe, expect, it } from 'vitest';
import { formatTick } from './format-time';
import { zoneNamed } from './local-time';
import { labelledTicks, labelWidthPx, localTicks } from './ticks';
import { DAY, HOUR } from './time-window';

const NIGER_ZONE = zoneNamed('Africa/Niamey', Date.UTC(2017, 5, 24));

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

	it.each([
		['en', 1888],
		['fr', 1888],
		['en', 1248],
		['fr', 1248],
		['fr', 900],
		['en', 610],
		['fr', 358]
	] as const)('with yearTurns, labels every turn of a year inside the window (%s, %ipx), beside its tick and inside the strip', (lang, width) => {
		const font = 12;
		const ticks = labelledTicks(whole, NIGER_ZONE, width, words(lang), font, true).filter((tick) => tick.label !== null);
		const px = (t: number) => ((t - whole.from) / (whole.to - whole.from)) * width;
		// The turns of 2018, 2019 and 2020 in Niamey (UTC+1): 23:00 UTC the evening before.
		for (const year of [2018, 2019, 2020]) {
			const turn = Date.UTC(year - 1, 11, 31, 23);
			const tick = ticks.find((tick) => tick.t === turn);
			expect(tick, `${year}`).toBeDefined();
			const w = labelWidthPx(tick!.label!, font);
			const left = tick!.anchor === 'start' ? px(turn) : tick!.anchor === 'end' ? px(turn) - w : px(turn) - w / 2;
			expect(left).toBeGreaterThanOrEqual(0);
			expect(left + w).toBeLessThanOrEqual(width);
		}
	});
});
