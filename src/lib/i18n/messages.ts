// Every UI string, in English (en.ts) and French (fr.ts), filled in by message().
import { en } from './en';
import { fr } from './fr';
import type { MessageKey, ParamsArg, Translation } from './message-types';

export type { MessageKey, ParamsArg } from './message-types';

export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

const messages: Record<Lang, Translation> = { en, fr };

/** Fills `{name}` placeholders; a missing parameter is left visible rather than silently dropped. */
export function format(template: string, params: Readonly<Record<string, string | number>> = {}): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}

/** `message('fr', 'casualtyAtLeast', { n: 3 })` → "au moins 3"; the key and its parameters are checked. */
export function message<K extends MessageKey>(lang: Lang, key: K, ...params: ParamsArg<K>): string {
	return format(messages[lang][key], params[0]);
}
