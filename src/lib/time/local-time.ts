/**
 * Times are stored in UTC and shown in the place's local time with its zone. The region keeps
 * fixed offsets (no daylight saving), so a zone is an offset and a label.
 */
export interface Zone {
	offsetMinutes: number;
	label: string;
}

const ZONES_BY_COUNTRY: Record<string, Zone> = {
	'562': { offsetMinutes: 60, label: 'UTC+1' }, // Niger (Africa/Niamey)
	'466': { offsetMinutes: 0, label: 'UTC' }, // Mali (Africa/Bamako)
	'854': { offsetMinutes: 0, label: 'UTC' }, // Burkina Faso (Africa/Ouagadougou)
	'148': { offsetMinutes: 60, label: 'UTC+1' }, // Chad
	'566': { offsetMinutes: 60, label: 'UTC+1' }, // Nigeria
	'012': { offsetMinutes: 60, label: 'UTC+1' } // Algeria
};

/** Niger's zone: the scenario's default, since every attack in the seed happened there. */
export const NIGER_ZONE: Zone = ZONES_BY_COUNTRY['562']!;

export function zoneOfCountry(countryId: string | undefined): Zone {
	return (countryId && ZONES_BY_COUNTRY[countryId]) || NIGER_ZONE;
}

/** A Date whose UTC fields read as the wall-clock time in the zone. */
export function wallClock(t: number, zone: Zone): Date {
	return new Date(t + zone.offsetMinutes * 60_000);
}
