import { getContext, setContext } from 'svelte';
import { countryNames, message, type Lang, type MessageKey } from '../i18n/messages';

/** The UI language; components read strings through it so a switch re-renders them. */
export class Locale {
	lang = $state<Lang>('en');

	constructor(lang: Lang = 'en') {
		this.lang = lang;
	}

	t = (key: MessageKey, params?: Record<string, string | number>): string =>
		message(this.lang, key, params);

	country = (id: string): string => countryNames[this.lang][id] ?? id;

	set(lang: Lang): void {
		this.lang = lang;
	}
}

const key = Symbol('locale');

export function setLocale(locale: Locale): Locale {
	return setContext(key, locale);
}

export function getLocale(): Locale {
	return getContext<Locale>(key);
}
