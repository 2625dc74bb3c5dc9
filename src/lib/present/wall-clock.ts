import { dateFormat } from '../i18n/format';
import type { Lang } from '../i18n/messages';

/** The speaker's own time of day, "14:05", in the zone the machine is set to (the venue's), not the story's. */
export function formatWallClock(t: number, lang: Lang, timeZone: string): string {
	return dateFormat(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(t);
}
