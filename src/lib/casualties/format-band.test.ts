import { describe, expect, it } from 'vitest';
import { NONE_REPORTED, type Band } from './band';
import { formatBand } from './format-band';

const band = (low: number, high = low, atLeast = false, moreThan = false): Band => ({ low, high, atLeast: atLeast || moreThan, moreThan, reported: true });

describe('formatBand', () => {
	it.each([
		{ b: band(12), lang: 'en', short: '12', spoken: '12' },
		{ b: band(0), lang: 'en', short: '0', spoken: '0' },
		{ b: band(25, 89), lang: 'en', short: '25–89', spoken: '25 to 89' },
		{ b: band(118, 118, true), lang: 'en', short: 'at least 118', spoken: 'at least 118' },
		{ b: band(100, 100, true, true), lang: 'en', short: 'more than 100', spoken: 'more than 100' },
		{ b: band(25, 89, true), lang: 'en', short: '25 to at least 89', spoken: '25 to at least 89' },
		{ b: band(71, 100, true, true), lang: 'en', short: '71 to more than 100', spoken: '71 to more than 100' },
		{ b: band(1200, 1500), lang: 'en', short: '1,200–1,500', spoken: '1,200 to 1,500' },
		{ b: { ...NONE_REPORTED }, lang: 'en', short: 'none reported', spoken: 'none reported' },
		{ b: band(25, 89), lang: 'fr', short: '25–89', spoken: 'de 25 à 89' },
		{ b: band(89, 89, true), lang: 'fr', short: 'au moins 89', spoken: 'au moins 89' },
		{ b: band(100, 100, true, true), lang: 'fr', short: 'plus de 100', spoken: 'plus de 100' },
		{ b: band(1200, 1200), lang: 'fr', short: '1\u202f200', spoken: '1\u202f200' },
		{ b: { ...NONE_REPORTED }, lang: 'fr', short: 'aucun rapporté', spoken: 'aucun rapporté' }
	] as const)('$short ($lang)', ({ b, lang, short, spoken }) => {
		expect(formatBand(b, lang)).toBe(short);
		expect(formatBand(b, lang, 'spoken')).toBe(spoken);
	});

	it('never writes "≥" or a trailing "+"', () => {
		for (const lang of ['en', 'fr'] as const) {
			for (const b of [band(5, 5, true), band(5, 9, true), band(5, 9, true, true)]) expect(formatBand(b, lang)).not.toMatch(/≥|\+$/);
		}
	});
});
