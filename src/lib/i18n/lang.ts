import { z } from 'zod';
import { LANGS, type Lang } from './messages';

export const langSchema = z.enum(LANGS);

/** The first of the browser's preferred languages we speak, else English. */
export function langFromNavigator(preferred: readonly string[]): Lang {
	for (const tag of preferred) {
		const parsed = langSchema.safeParse(tag.slice(0, 2).toLowerCase());
		if (parsed.success) return parsed.data;
	}
	return 'en';
}
