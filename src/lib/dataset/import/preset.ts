// Which export a header comes from, and which column plays each role. ACLED (2023+ and older,
// UPPER-CASE too) and UCDP GED are known by their own columns (data-formats.md §1.1, §1.2, §3.1,
// §3.5); anything else is read by column names (lat/latitude/y, date/event_date…).

export const ROLES = [
	'id', 'date', 'dateEnd', 'datePrecision', 'lat', 'lon', 'geoPrecision', 'fatalities', 'fatalitiesLow',
	'fatalitiesHigh', 'eventType', 'actor1', 'actor2', 'country', 'admin1', 'location', 'notes', 'source'
] as const;
export type Role = (typeof ROLES)[number];

/** The roles an event cannot do without. */
export const REQUIRED_ROLES = ['date', 'lat', 'lon'] as const satisfies readonly Role[];

export const PRESET_NAMES = ['acled', 'acled-pre-2023', 'ucdp-ged', 'generic'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

export interface Preset {
	name: PresetName;
	/** Role → column index in the header. */
	mapping: Partial<Record<Role, number>>;
}

type Names = Partial<Record<Role, string>>;

const ACLED: Names = {
	id: 'event_id_cnty', date: 'event_date', datePrecision: 'time_precision', lat: 'latitude', lon: 'longitude',
	geoPrecision: 'geo_precision', fatalities: 'fatalities', eventType: 'event_type', actor1: 'actor1', actor2: 'actor2',
	country: 'country', admin1: 'admin1', location: 'location', notes: 'notes', source: 'source'
};

const UCDP: Names = {
	id: 'id', date: 'date_start', dateEnd: 'date_end', datePrecision: 'date_prec', lat: 'latitude', lon: 'longitude',
	geoPrecision: 'where_prec', fatalities: 'best', fatalitiesLow: 'low', fatalitiesHigh: 'high',
	// UCDP's category is type_of_violence (1–3), turned into words by the row mapper.
	eventType: 'type_of_violence', actor1: 'side_a', actor2: 'side_b', country: 'country', admin1: 'adm_1',
	location: 'where_coordinates', notes: 'source_headline', source: 'source_office'
};

/** Column names a generic file may use for a role, lower case, in order of preference. */
const GENERIC: Partial<Record<Role, readonly string[]>> = {
	id: ['id', 'event_id', 'event_id_cnty'],
	date: ['date', 'event_date', 'date_start', 'start_date', 'day', 'time', 'datetime'],
	dateEnd: ['date_end', 'end_date'],
	lat: ['latitude', 'lat', 'y'],
	lon: ['longitude', 'lon', 'lng', 'long', 'x'],
	fatalities: ['fatalities', 'deaths', 'killed', 'best', 'dead'],
	eventType: ['event_type', 'type', 'category'],
	actor1: ['actor1', 'actor_1', 'actor'],
	actor2: ['actor2', 'actor_2'],
	country: ['country'],
	admin1: ['admin1', 'adm_1', 'region', 'province'],
	location: ['location', 'place', 'name'],
	notes: ['notes', 'description', 'note'],
	source: ['source', 'sources']
};

/** The header cells as compared: trimmed, lower case, without a leading BOM. */
export function normaliseHeader(header: readonly string[]): string[] {
	return header.map((cell) => cell.replace(/^\uFEFF/, '').trim().toLowerCase());
}

function byNames(columns: readonly string[], names: Names): Partial<Record<Role, number>> {
	const mapping: Partial<Record<Role, number>> = {};
	for (const role of ROLES) {
		const i = names[role] === undefined ? -1 : columns.indexOf(names[role]);
		if (i >= 0) mapping[role] = i;
	}
	return mapping;
}

/** The preset a header fits and its mapping; missing required roles are for the caller to report. */
export function detectPreset(header: readonly string[]): Preset {
	const columns = normaliseHeader(header);
	const has = (...names: string[]) => names.every((name) => columns.includes(name));
	if (has('event_id_cnty', 'event_date', 'latitude', 'longitude', 'fatalities')) {
		// The 2023 schema change removed data_id, event_id_no_cnty and iso3, and added disorder_type and tags.
		const old = has('event_id_no_cnty') || has('data_id') || has('iso3') || !has('disorder_type');
		return { name: old ? 'acled-pre-2023' : 'acled', mapping: byNames(columns, ACLED) };
	}
	if (has('date_start', 'date_end', 'where_prec', 'best', 'latitude', 'longitude')) {
		return { name: 'ucdp-ged', mapping: byNames(columns, UCDP) };
	}
	return { name: 'generic', mapping: genericMapping(columns) };
}

function genericMapping(columns: readonly string[]): Partial<Record<Role, number>> {
	const mapping: Partial<Record<Role, number>> = {};
	for (const role of ROLES) {
		const i = (GENERIC[role] ?? []).map((name) => columns.indexOf(name)).find((index) => index >= 0);
		if (i !== undefined) mapping[role] = i;
	}
	return mapping;
}

/** Families of exports one can ask for by name (`npm run import -- --preset`). */
export const PRESET_FAMILIES = ['acled', 'ucdp', 'generic'] as const;
export type PresetFamily = (typeof PRESET_FAMILIES)[number];

/** The header read as that family: null when it lacks the family's own columns; 'generic' reads any header by column names. */
export function presetAs(header: readonly string[], family: PresetFamily): Preset | null {
	if (family === 'generic') return { name: 'generic', mapping: genericMapping(normaliseHeader(header)) };
	const detected = detectPreset(header);
	const fits = family === 'acled' ? detected.name === 'acled' || detected.name === 'acled-pre-2023' : detected.name === 'ucdp-ged';
	return fits ? detected : null;
}

/** The required roles a mapping lacks. */
export function missingRoles(preset: Preset): Role[] {
	return REQUIRED_ROLES.filter((role) => preset.mapping[role] === undefined);
}
