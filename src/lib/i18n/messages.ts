// Every UI string, in English (en.ts) and French (fr.ts), filled in by message(). A page's first load
// carries only its reader's language: the areas every page shows (first-load/) come in one chunk per
// language, loaded by loadLanguage before the page renders, and again when the reader switches. The
// other areas (import, datasets, export, filters, share, handout, load-problems, event-details…) are
// added in both languages by their modules in on-demand/, imported by the code that uses them, so
// that a page's first load carries only the strings it can show.
import type { MessageKey, ParamsArg, TranslationOf } from './message-types';
import { format } from './template';

export type { MessageKey, ParamsArg } from './message-types';
export { format };

export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

const messages: Record<Lang, Record<string, string>> = { en: {}, fr: {} };

const firstLoads: Record<Lang, () => Promise<{ firstLoad: Readonly<Record<string, string>> }>> = {
	en: () => import('./first-load/en'),
	fr: () => import('./first-load/fr')
};
const loading = new Map<Lang, Promise<void>>();

/** Loads a language's first-load messages, once; a failed load (offline) is tried again next time. */
export function loadLanguage(lang: Lang): Promise<void> {
	let loaded = loading.get(lang);
	if (!loaded) {
		loaded = firstLoads[lang]().then(
			({ firstLoad }) => void Object.assign(messages[lang], firstLoad),
			(error: unknown) => {
				loading.delete(lang);
				throw error;
			}
		);
		loading.set(lang, loaded);
	}
	return loaded;
}

/** Adds an area's messages in both languages (on-demand/). */
export function addMessages<Area extends Readonly<Record<string, string>>>(en: Area, fr: TranslationOf<Area>): void {
	Object.assign(messages.en, en);
	Object.assign(messages.fr, fr);
}

/** `message('fr', 'casualtyAtLeast', { n: 3 })` → "au moins 3"; the key and its parameters are checked. */
export function message<K extends MessageKey>(lang: Lang, key: K, ...params: ParamsArg<K>): string {
	const template = messages[lang][key];
	if (template === undefined) throw new Error(`message "${key}" is not loaded: load its language (loadLanguage), or import its area from i18n/on-demand/`);
	return format(template, params[0]);
}
