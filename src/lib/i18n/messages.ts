// Every UI string, in English (en.ts) and French (fr.ts), filled in by message(). The areas every
// page shows from its first load are here; the others (import, datasets, export, filters, share,
// handout, load-problems, event-details) are added by their modules in on-demand/, imported by the code that uses them, so that
// a page's first load carries only the strings it can show.
import { app as appEn } from './en/app';
import { app as appFr } from './fr/app';
import { casualties as casualtiesEn } from './en/casualties';
import { casualties as casualtiesFr } from './fr/casualties';
import { airResponse as airResponseEn } from './en/air-response';
import { airResponse as airResponseFr } from './fr/air-response';
import { mapKey as mapKeyEn } from './en/map-key';
import { mapKey as mapKeyFr } from './fr/map-key';
import { embed as embedEn } from './en/embed';
import { embed as embedFr } from './fr/embed';
import { present as presentEn } from './en/present';
import { present as presentFr } from './fr/present';
import { explorer as explorerEn } from './en/explorer';
import { explorer as explorerFr } from './fr/explorer';
import { urlParams as urlParamsEn } from './en/url-params';
import { urlParams as urlParamsFr } from './fr/url-params';
import { events as eventsEn } from './en/events';
import { events as eventsFr } from './fr/events';
import type { MessageKey, ParamsArg, TranslationOf } from './message-types';
import { format } from './template';

export type { MessageKey, ParamsArg } from './message-types';
export { format };

export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

const messages: Record<Lang, Record<string, string>> = {
	en: { ...appEn, ...casualtiesEn, ...airResponseEn, ...mapKeyEn, ...embedEn, ...presentEn, ...explorerEn, ...urlParamsEn, ...eventsEn },
	fr: { ...appFr, ...casualtiesFr, ...airResponseFr, ...mapKeyFr, ...embedFr, ...presentFr, ...explorerFr, ...urlParamsFr, ...eventsFr }
};

/** Adds an area's messages in both languages (on-demand/). */
export function addMessages<Area extends Readonly<Record<string, string>>>(en: Area, fr: TranslationOf<Area>): void {
	Object.assign(messages.en, en);
	Object.assign(messages.fr, fr);
}


/** `message('fr', 'casualtyAtLeast', { n: 3 })` → "au moins 3"; the key and its parameters are checked. */
export function message<K extends MessageKey>(lang: Lang, key: K, ...params: ParamsArg<K>): string {
	const template = messages[lang][key];
	if (template === undefined) throw new Error(`message "${key}" is not loaded: its module must import its area from i18n/on-demand/`);
	return format(template, params[0]);
}
