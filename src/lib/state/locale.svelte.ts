import { getContext, setContext } from 'svelte';
import { countryName } from '../i18n/country-names';
import { loadLanguage, message, type Lang, type MessageKey, type ParamsArg } from '../i18n/messages';

/** The UI language; components read strings through it so a switch re-renders them. */
export class Locale {
	lang = $state<Lang>('en');

	constructor(lang: Lang = 'en') {
		this.lang = lang;
	}

	/** `t('scaleBar', { km: 50 })`: the key and its parameters are checked against the English template. */
	t = <K extends MessageKey>(key: K, ...params: ParamsArg<K>): string => message(this.lang, key, ...params);

	/** A country's name from its ISO 3166-1 numeric id, as the map and the scenario carry it. */
	country = (id: string): string => countryName(id, this.lang);

	/** Switches once the language's messages are in, so no text shows missing meanwhile. */
	async switchTo(lang: Lang): Promise<void> {
		await loadLanguage(lang);
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
