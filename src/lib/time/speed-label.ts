import { formatUnit } from '../i18n/format';
import type { Lang } from '../i18n/messages';
import { DAY, HOUR, MINUTE } from './time-window';

const UNITS = [
	{ ms: 30 * DAY, unit: 'month' },
	{ ms: 7 * DAY, unit: 'week' },
	{ ms: DAY, unit: 'day' },
	{ ms: HOUR, unit: 'hour' },
	{ ms: MINUTE, unit: 'minute' }
] as const;

/** "1 day per second", "15 minutes par seconde": Intl's compound units say the words and plurals. */
export function speedLabel(msPerSecond: number, lang: Lang): string {
	const { ms, unit } = UNITS.find((u) => msPerSecond >= u.ms && msPerSecond % u.ms === 0) ?? UNITS.at(-1)!;
	return formatUnit(msPerSecond / ms, `${unit}-per-second`, lang);
}
