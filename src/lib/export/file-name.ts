// An exported file's name says what it shows: the app, the chapter or attack (or the region), and
// the moment in the story's zone, e.g. sahel-timeline_chinagodrar-air-response_2020-01-09T1328.png.
import type { Zone } from '../time/local-time';

/** Lower-case letters, digits and single hyphens; accents dropped ("Téra" → "tera"). */
export function slug(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
}

/** YYYY-MM-DDTHHmm of `t` in the zone's wall clock (by its offset: the Sahel has no daylight saving). */
export function stamp(t: number, zone: Pick<Zone, 'offsetMinutes'>): string {
	const iso = new Date(t + zone.offsetMinutes * 60_000).toISOString();
	return `${iso.slice(0, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}`;
}

export function exportFileName(subject: string, t: number, zone: Pick<Zone, 'offsetMinutes'>, extension: string): string {
	return ['sahel-timeline', slug(subject) || 'map', stamp(t, zone)].join('_') + `.${extension}`;
}
