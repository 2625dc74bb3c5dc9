/**
 * Times are stored in UTC and shown in a place's local time with its zone, an IANA name from the
 * data (the scenario's, or a place's own). Dates and clocks are formatted by Intl in that zone, so
 * they are right whatever the zone's rules. The label ("UTC+1") and the axis ticks' wall-clock
 * alignment use the zone's offset at one instant (the story's start): exact for zones without
 * daylight saving, as in the whole Sahel; elsewhere, an hour off for part of the year on the
 * label only. The label is ours: Intl's en-GB offset name says "GMT+1".
 */
export interface Zone {
	timeZone: string;
	offsetMinutes: number;
	label: string;
}

/** Whether Intl knows the zone (the schemas' check). */
export function isTimeZone(name: string): boolean {
	try {
		new Intl.DateTimeFormat('en', { timeZone: name });
		return name.length > 0;
	} catch {
		return false;
	}
}

const zones = new Map<string, Zone>();

/** The zone named, with its offset at `at` (ms since the epoch); one object per name and instant, so views can compare zones by identity. */
export function zoneNamed(timeZone: string, at: number): Zone {
	const key = `${timeZone} ${at}`;
	let zone = zones.get(key);
	if (!zone) {
		const offsetMinutes = offsetAt(timeZone, at);
		zone = { timeZone, offsetMinutes, label: offsetLabel(offsetMinutes) };
		zones.set(key, zone);
	}
	return zone;
}

/** Minutes east of UTC, from Intl's "GMT+01:00" (or "GMT" for zero). */
function offsetAt(timeZone: string, at: number): number {
	const name = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
	const match = /([+\-−])(\d{1,2}):?(\d{2})?/.exec(name);
	if (!match) return 0;
	const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
	return match[1] === '+' ? minutes : -minutes;
}

function offsetLabel(minutes: number): string {
	if (minutes === 0) return 'UTC';
	const hours = Math.floor(Math.abs(minutes) / 60);
	const rest = Math.abs(minutes) % 60;
	return `UTC${minutes > 0 ? '+' : '−'}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}
