// Numbers, dates, units and region names through Intl, one formatter per language and options:
// building an Intl formatter costs far more than using one, and the clock formats every frame.
import type { Lang } from './messages';

/** British English (day-month dates, 24-hour clock) and the French of France. */
const LOCALES: Record<Lang, string> = { en: 'en-GB', fr: 'fr-FR' };

function cachedBy<Options extends object, Formatter>(
	make: (locale: string, options: Options) => Formatter
): (lang: Lang, options: Options) => Formatter {
	const cache = new Map<string, Formatter>();
	return (lang, options) => {
		const key = lang + JSON.stringify(options);
		let formatter = cache.get(key);
		if (!formatter) {
			formatter = make(LOCALES[lang], options);
			cache.set(key, formatter);
		}
		return formatter;
	};
}

export const numberFormat = cachedBy((locale, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options));

/** The zone is required: without one Intl would use the reader's, and the same instant would read differently. */
export const dateFormat = cachedBy(
	(locale, options: Intl.DateTimeFormatOptions & { timeZone: string }) => new Intl.DateTimeFormat(locale, options)
);

const regionNames = cachedBy((locale, options: Intl.DisplayNamesOptions) => new Intl.DisplayNames(locale, options));

/** Which plural form a count takes: French says "0 mort", "1 mort", "2 morts"; English "1 event", "0 events". */
export function pluralForm(n: number, lang: Lang): 'one' | 'other' {
	return pluralRules(lang, {}).select(n) === 'one' ? 'one' : 'other';
}

const pluralRules = cachedBy((locale, options: Intl.PluralRulesOptions) => new Intl.PluralRules(locale, options));

/** Names joined as the language joins them: "a.webm and a.vtt" / "a.webm et a.vtt". */
export function formatList(items: readonly string[], lang: Lang): string {
	return listFormat(lang, { type: 'conjunction' }).format(items);
}

/**
 * Items that may hold commas themselves ("Security forces, as claimed by the attackers: 63"),
 * separated by semicolons so a listener can tell where one ends: French sets a space before it.
 */
export function formatSemicolonList(items: readonly string[], lang: Lang): string {
	return items.join(lang === 'fr' ? '\u00a0; ' : '; ');
}

const listFormat = cachedBy((locale, options: Intl.ListFormatOptions) => new Intl.ListFormat(locale, options));

/** Axis labels where space is short: "120K" / "120 k". */
export function formatCompact(n: number, lang: Lang): string {
	return numberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 }).format(n);
}

/** A whole number with the language's grouping: "1,250" / "1 250". */
export function formatCount(n: number, lang: Lang): string {
	return numberFormat(lang, { maximumFractionDigits: 0 }).format(n);
}

/** A quantity in words, e.g. (6, 'hour-per-second') → "6 hours per second" / "6 heures par seconde". */
export function formatUnit(value: number, unit: string, lang: Lang): string {
	return numberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

/** A country's name from its ISO 3166-1 alpha-2 code: 'CI' → "Côte d’Ivoire"; an unknown code comes back as is. */
export function regionName(alpha2: string, lang: Lang): string {
	return regionNames(lang, { type: 'region', fallback: 'code' }).of(alpha2) ?? alpha2;
}

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** A size in decimal units, as browsers and file managers state them: "1.5 MB" / "1,5 Mo", "512 bytes". */
export function formatBytes(bytes: number, lang: Lang): string {
	let unit = 0;
	let value = bytes;
	while (value >= 1000 && unit < BYTE_UNITS.length - 1) {
		value /= 1000;
		unit++;
	}
	return numberFormat(lang, { style: 'unit', unit: BYTE_UNITS[unit], unitDisplay: unit === 0 ? 'long' : 'short', maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0 }).format(value);
}
