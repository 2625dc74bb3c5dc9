import type { Lang } from './messages';

/** Text the data carries in both UI languages. */
export interface Localized {
	en: string;
	fr: string;
}

export function localize(text: Localized, lang: Lang): string {
	return text[lang];
}
