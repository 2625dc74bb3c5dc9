import type { Lang } from '../i18n/messages';
import { DAY, HOUR, MINUTE } from './time-window';

const UNITS: { ms: number; en: [string, string]; fr: [string, string] }[] = [
	{ ms: 30 * DAY, en: ['month', 'months'], fr: ['mois', 'mois'] },
	{ ms: 7 * DAY, en: ['week', 'weeks'], fr: ['semaine', 'semaines'] },
	{ ms: DAY, en: ['day', 'days'], fr: ['jour', 'jours'] },
	{ ms: HOUR, en: ['hour', 'hours'], fr: ['heure', 'heures'] },
	{ ms: MINUTE, en: ['minute', 'minutes'], fr: ['minute', 'minutes'] }
];

/** "1 day per second", "15 minutes par seconde". */
export function speedLabel(msPerSecond: number, lang: Lang): string {
	const unit = UNITS.find((u) => msPerSecond >= u.ms && msPerSecond % u.ms === 0) ?? UNITS.at(-1)!;
	const count = msPerSecond / unit.ms;
	const word = unit[lang][count === 1 ? 0 : 1];
	return lang === 'fr' ? `${count} ${word} par seconde` : `${count} ${word} per second`;
}
