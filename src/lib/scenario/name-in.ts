// A scenario name (NameSchema) in the reader's language: the one string when it reads the same in
// both, or its English or French version.
import type { Localized } from './schema';

export function nameIn(name: string | Localized, lang: keyof Localized): string {
	return typeof name === 'string' ? name : name[lang];
}
