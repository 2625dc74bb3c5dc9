import { describe, expect, it } from 'vitest';
import { dateFormat, formatBytes, formatCompact, formatCount, formatSemicolonList, formatUnit, numberFormat, pluralForm, regionName } from './format';

// Intl's French groups thousands with a narrow no-break space.
const NNBSP = '\u202f';

describe('formatCount', () => {
	it.each([
		['en', 1250, '1,250'],
		['fr', 1250, `1${NNBSP}250`],
		['en', 2.6, '3'],
		['fr', 0, '0']
	] as const)('%s %d → %s', (lang, n, text) => {
		expect(formatCount(n, lang)).toBe(text);
	});
});

describe('pluralForm', () => {
	it.each([
		['en', 0, 'other'],
		['en', 1, 'one'],
		['en', 2, 'other'],
		['fr', 0, 'one'],
		['fr', 1, 'one'],
		['fr', 2, 'other']
	] as const)('%s %d → %s', (lang, n, form) => {
		expect(pluralForm(n, lang)).toBe(form);
	});
});

describe('formatCompact', () => {
	it.each([
		['en', 120_000, '120k'],
		['fr', 120_000, `120${NNBSP}k`],
		['en', 500, '500'],
		['fr', 1500, `1,5${NNBSP}k`]
	] as const)('%s %d → %s', (lang, n, text) => {
		// Whichever space CLDR puts before the unit, it must not break.
		expect(formatCompact(n, lang).replace(/\u00a0/g, NNBSP)).toBe(text);
	});
});

describe('formatUnit', () => {
	it.each([
		['en', 1, 'day-per-second', '1 day per second'],
		['en', 6, 'hour-per-second', '6 hours per second'],
		['fr', 1, 'month-per-second', '1 mois par seconde'],
		['fr', 15, 'minute-per-second', '15 minutes par seconde']
	] as const)('%s %d %s → %s', (lang, value, unit, text) => {
		// French keeps some numbers and units together with a no-break space, depending on the unit's CLDR data.
		expect(formatUnit(value, unit, lang).replace(/\u00a0/g, ' ')).toBe(text);
	});
});

describe('dateFormat', () => {
	const t = Date.UTC(2020, 0, 9, 23, 30);

	it('formats in the IANA zone it is given, whatever the reader’s zone', () => {
		const options = { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
		expect(dateFormat('en', { ...options, timeZone: 'Africa/Niamey' }).format(t)).toBe('10 January at 00:30');
		expect(dateFormat('fr', { ...options, timeZone: 'Africa/Bamako' }).format(t)).toBe('9 janvier à 23:30');
	});

	it('builds one formatter per language and options', () => {
		const options = { year: 'numeric', timeZone: 'UTC' } as const;
		expect(dateFormat('en', { ...options })).toBe(dateFormat('en', options));
		expect(dateFormat('fr', options)).not.toBe(dateFormat('en', options));
		expect(numberFormat('fr', {})).toBe(numberFormat('fr', {}));
	});
});

describe('regionName', () => {
	it.each([
		['en', 'CI', 'Côte d’Ivoire'],
		['fr', 'TD', 'Tchad'],
		['fr', 'EH', 'Sahara occidental']
	] as const)('%s %s → %s', (lang, code, name) => {
		expect(regionName(code, lang)).toBe(name);
	});
});

describe('formatBytes', () => {
	it('states sizes in decimal units with the language’s numbers', () => {
		expect(formatBytes(512, 'en')).toBe('512 bytes');
		expect(formatBytes(512, 'fr')).toBe('512\u00a0octets');
		expect(formatBytes(1_500_000, 'en')).toBe('1.5 MB');
		expect(formatBytes(27_000_000, 'en')).toBe('27 MB');
		expect(formatBytes(1_500_000, 'fr')).toBe('1,5\u202fMo');
		expect(formatBytes(2_000_000_000, 'fr')).toBe('2\u202fGo');
	});
});

describe('formatSemicolonList', () => {
	const items = ['Security forces: 182', 'Security forces, as claimed by the attackers: more than 100'];
	it('keeps the commas inside an item apart from the breaks between items', () => {
		const joined = formatSemicolonList(items, 'en');
		expect(joined.split('; ')).toEqual(items);
		expect(joined.split(', ')).toHaveLength(2);
	});
	it('sets a no-break space before the semicolon in French', () => {
		expect(formatSemicolonList(['a', 'b', 'c'], 'fr')).toBe('a\u00a0; b\u00a0; c');
	});
});
