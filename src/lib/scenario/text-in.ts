// A scenario text that may read the same in both languages (PlainOrLocalizedSchema: a publisher,
// a source's title) in the reader's language: the one string, or its English or French version.
import type { Localized } from './schema';

export function textIn(text: string | Localized, lang: keyof Localized): string {
	return typeof text === 'string' ? text : text[lang];
}
