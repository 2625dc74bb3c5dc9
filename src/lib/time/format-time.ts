import type { Lang } from '../i18n/messages';
import { wallClock, type Zone } from './local-time';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = lang + JSON.stringify(options);
	let cached = formatters.get(key);
	if (!cached) {
		// The wall-clock Date already carries the offset, so format its UTC fields.
		cached = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { ...options, timeZone: 'UTC' });
		formatters.set(key, cached);
	}
	return cached;
}

const DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

/** "21 October 2017, 05:30 UTC+1" / "21 octobre 2017, 05:30 UTC+1": the scrubber's spoken value. */
export function formatDateTime(t: number, zone: Zone, lang: Lang): string {
	const local = wallClock(t, zone);
	return `${formatter(lang, DATE).format(local)}, ${formatter(lang, TIME).format(local)} ${zone.label}`;
}

export function formatDate(t: number, zone: Zone, lang: Lang): string {
	return formatter(lang, DATE).format(wallClock(t, zone));
}

export function formatClock(t: number, zone: Zone, lang: Lang): string {
	return `${formatter(lang, TIME).format(wallClock(t, zone))} ${zone.label}`;
}

/** Short axis labels: the coarsest unit that still tells ticks apart. */
export function formatTick(t: number, zone: Zone, lang: Lang, stepMs: number): string {
	const local = wallClock(t, zone);
	if (stepMs >= 365 * 86_400_000) return formatter(lang, { year: 'numeric' }).format(local);
	if (stepMs >= 28 * 86_400_000) return formatter(lang, { month: 'short', year: 'numeric' }).format(local);
	if (stepMs >= 86_400_000) return formatter(lang, { day: 'numeric', month: 'short' }).format(local);
	return formatter(lang, TIME).format(local);
}
