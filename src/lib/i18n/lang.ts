import * as z from 'zod/mini';
import { LANGS, type Lang } from './messages';

export const langSchema = z.enum(LANGS, 'must be en or fr');

/** The first of the browser's preferred languages we speak, else English. */
export function langFromNavigator(preferred: readonly string[]): Lang {
	for (const tag of preferred) {
		const parsed = langSchema.safeParse(tag.slice(0, 2).toLowerCase());
		if (parsed.success) return parsed.data;
	}
	return 'en';
}
