/**
 * Times are stored in UTC and shown in the place's local time with its zone. Dates and clocks
 * are formatted in the IANA zone; the axis ticks still use the fixed offset, which holds for
 * this region (no daylight saving). The label is ours: Intl's en-GB offset name says "GMT+1".
 */
export interface Zone {
	timeZone: string;
	offsetMinutes: number;
	label: string;
}

const ZONES_BY_COUNTRY: Record<string, Zone> = {
	'562': { timeZone: 'Africa/Niamey', offsetMinutes: 60, label: 'UTC+1' }, // Niger
	'466': { timeZone: 'Africa/Bamako', offsetMinutes: 0, label: 'UTC' }, // Mali
	'854': { timeZone: 'Africa/Ouagadougou', offsetMinutes: 0, label: 'UTC' }, // Burkina Faso
	'148': { timeZone: 'Africa/Ndjamena', offsetMinutes: 60, label: 'UTC+1' }, // Chad
	'566': { timeZone: 'Africa/Lagos', offsetMinutes: 60, label: 'UTC+1' }, // Nigeria
	'012': { timeZone: 'Africa/Algiers', offsetMinutes: 60, label: 'UTC+1' } // Algeria
};

/** Niger's zone: the scenario's default, since every attack in the seed happened there. */
export const NIGER_ZONE: Zone = ZONES_BY_COUNTRY['562']!;

export function zoneOfCountry(countryId: string | undefined): Zone {
	return (countryId && ZONES_BY_COUNTRY[countryId]) || NIGER_ZONE;
}
