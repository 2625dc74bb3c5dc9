import { describe, expect, it } from 'vitest';
import { detectPreset, missingRoles, presetAs } from './preset';
import { ACLED_COLUMNS, UCDP_COLUMNS } from '../synthetic-csv';

// The pre-2023 ACLED order, written out from data-formats.md §1.2 (data_id, iso, event_id_cnty, event_id_no_cnty, …, iso3).
const ACLED_OLD = [
	'data_id', 'iso', 'event_id_cnty', 'event_id_no_cnty', 'event_date', 'year', 'time_precision', 'event_type',
	'sub_event_type', 'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'region',
	'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision', 'source',
	'source_scale', 'notes', 'fatalities', 'timestamp', 'iso3'
];

describe('detectPreset', () => {
	it('knows an ACLED export of 2023 on by its columns', () => {
		const preset = detectPreset([...ACLED_COLUMNS]);
		expect(preset.name).toBe('acled');
		expect(preset.mapping).toMatchObject({ id: 0, date: 1, datePrecision: 3, eventType: 5, lat: 22, lon: 23, geoPrecision: 24, fatalities: 28 });
		expect(missingRoles(preset)).toEqual([]);
	});
	it('knows older ACLED files, UPPER-CASE headers and a BOM included', () => {
		expect(detectPreset(ACLED_OLD).name).toBe('acled-pre-2023');
		const upper = detectPreset(ACLED_OLD.map((c, i) => (i === 0 ? '\uFEFF' : '') + c.toUpperCase()));
		expect(upper.name).toBe('acled-pre-2023');
		expect(upper.mapping).toMatchObject({ id: 2, date: 4, lat: 22, lon: 23, fatalities: 28 });
	});
	it('knows UCDP GED and maps best, low and high', () => {
		const preset = detectPreset([...UCDP_COLUMNS]);
		expect(preset.name).toBe('ucdp-ged');
		expect(preset.mapping).toMatchObject({ id: 0, lat: 29, lon: 30, date: 38, dateEnd: 39, datePrecision: 37, fatalities: 44, fatalitiesHigh: 45, fatalitiesLow: 46 });
	});
	it('reads any other file by column names, and says what is missing', () => {
		const preset = detectPreset(['Date', 'Lat', 'Lng', 'Deaths', 'Place']);
		expect(preset).toEqual({ name: 'generic', mapping: { date: 0, lat: 1, lon: 2, fatalities: 3, location: 4 } });
		expect(missingRoles(detectPreset(['when', 'y', 'x']))).toEqual(['date']);
	});
});

describe('presetAs', () => {
	const acled = ['event_id_cnty', 'event_date', 'disorder_type', 'latitude', 'longitude', 'fatalities', 'location'];
	it('reads a header as the family asked for, or says it is not one', () => {
		expect(presetAs(acled, 'acled')?.name).toBe('acled');
		expect(presetAs(acled, 'ucdp')).toBeNull();
		// Read by column names, an ACLED header still gives its date, place and deaths.
		expect(presetAs(acled, 'generic')).toEqual({ name: 'generic', mapping: { id: 0, date: 1, lat: 3, lon: 4, fatalities: 5, location: 6 } });
	});
});
