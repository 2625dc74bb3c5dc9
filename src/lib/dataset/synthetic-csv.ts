// Synthetic events as CSV rows with the column names, in the order, of an ACLED export (31
// columns, 2023+) and of UCDP GED (49 columns, 20.1+): fixtures for importers, never real data.
// Column lists: /work/shared/reference/data-formats.md §1.1 and §3.1.
import { DAY } from '../time/time-window';
import { COUNTRIES, INTER } from './synthetic-places';
import type { SyntheticEvent } from './synthetic';

export const ACLED_COLUMNS = [
	'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
	'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting',
	'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision',
	'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp'
] as const;

export const UCDP_COLUMNS = [
	'id', 'relid', 'year', 'active_year', 'code_status', 'type_of_violence', 'conflict_dset_id', 'conflict_new_id',
	'conflict_name', 'dyad_dset_id', 'dyad_new_id', 'dyad_name', 'side_a_dset_id', 'side_a_new_id', 'side_a',
	'side_b_dset_id', 'side_b_new_id', 'side_b', 'number_of_sources', 'source_article', 'source_office', 'source_date',
	'source_headline', 'source_original', 'where_prec', 'where_coordinates', 'where_description', 'adm_1', 'adm_2',
	'latitude', 'longitude', 'geom_wkt', 'priogrid_gid', 'country', 'country_id', 'region', 'event_clarity', 'date_prec',
	'date_start', 'date_end', 'deaths_a', 'deaths_b', 'deaths_civilians', 'deaths_unknown', 'best', 'high', 'low',
	'gwnoa', 'gwnob'
] as const;

type Field = string | number;

const NEEDS_QUOTES = /[",\r\n]/;
const quoted = (field: Field) => {
	const text = String(field);
	return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** One CSV line (RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled), with its "\n". */
export function csvLine(fields: readonly Field[]): string {
	return fields.map(quoted).join(',') + '\n';
}

const DAYS = new Map<number, string>();
/** YYYY-MM-DD of a time, cached: a few thousand days recur across a million rows. */
function isoDay(t: number): string {
	const day = Math.floor(t / DAY);
	let text = DAYS.get(day);
	if (text === undefined) DAYS.set(day, (text = new Date(day * DAY).toISOString().slice(0, 10)));
	return text;
}
const year = (t: number) => Number(isoDay(t).slice(0, 4));

/** ACLED gives an imprecise date as its middle day (codebook: "mid-point used"). */
const ACLED_TIME_PRECISION = { day: 1, week: 2, month: 3, year: 3 } as const;
const ACLED_GEO_PRECISION = { exact: 1, near: 2, region: 3, country: 3 } as const;

/** "Rebel group-State forces": both types in code order, or "X only" without a second actor. */
function interaction(event: SyntheticEvent): string {
	if (event.inter2 === '') return `${event.inter1} only`;
	const [a, b] = [event.inter1, event.inter2].sort((x, y) => INTER.indexOf(x) - INTER.indexOf(y));
	return `${a}-${b}`;
}

export function acledRecord(event: SyntheticEvent): Field[] {
	const country = COUNTRIES[event.countryIndex]!;
	const targetsCivilians = event.inter2 === 'Civilians' && event.eventType !== 'Riots';
	return [
		event.id, isoDay((event.start + event.end) / 2), year(event.start),
		ACLED_TIME_PRECISION[event.timePrecision ?? 'day'], event.disorderType, event.eventType ?? '', event.subEventType,
		event.actor1 ?? '', '', event.inter1, event.actor2 ?? '', '', event.inter2, interaction(event),
		targetsCivilians ? 'Civilians targeted' : '', country.iso, country.region, country.name, event.admin1 ?? '', '', '',
		event.location ?? '', event.lat.toFixed(4), event.lon.toFixed(4), ACLED_GEO_PRECISION[event.geoPrecision ?? 'exact'],
		event.source ?? '', 'Other', event.notes ?? '', event.fatalities, event.eventType === 'Protests' ? 'crowd size=no report' : '',
		// Uploaded a week after the event ends, in Unix seconds.
		Math.floor((event.end + 1 + 7 * DAY) / 1000)
	];
}

/** UCDP's date_prec (1 exact day … 5 year) and where_prec (1 exact … 6 country). */
const UCDP_DATE_PRECISION = { day: 1, week: 3, month: 4, year: 5 } as const;
const UCDP_WHERE_PRECISION = { exact: 1, near: 2, region: 4, country: 6 } as const;

const NAME_IDS = new Map<string, number>();

/** A stable number for a name (FNV-1a), standing in for UCDP's actor, dyad and conflict ids. */
function nameId(name: string): number {
	let id = NAME_IDS.get(name);
	if (id === undefined) {
		let hash = 0x811c9dc5;
		for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193);
		NAME_IDS.set(name, (id = 10_000 + ((hash >>> 0) % 90_000)));
	}
	return id;
}

/** PRIO-GRID's 0.5° cell: rows from the south pole, 720 columns from 180°W, numbered from 1. */
const priogrid = (lon: number, lat: number) => Math.floor((lat + 90) * 2) * 720 + Math.floor((lon + 180) * 2) + 1;

export function ucdpRecord(event: SyntheticEvent): Field[] {
	const country = COUNTRIES[event.countryIndex]!;
	const government = `Government of ${country.name}`;
	const stateSide = event.inter1 === 'State forces' || event.inter2 === 'State forces';
	// 1 state-based, 2 non-state, 3 one-sided (against civilians).
	const type = event.inter2 === 'Civilians' ? 3 : stateSide ? 1 : 2;
	const other = event.inter1 === 'State forces' ? (event.actor2 ?? '') : (event.actor1 ?? '');
	const [sideA, sideB] = type === 1 ? [government, other] : [event.actor1 ?? '', type === 3 ? '' : (event.actor2 ?? '')];
	const conflict = type === 1 ? `${country.name}: Government` : type === 3 ? sideA : `${sideA} - ${sideB}`;
	const dyad = type === 3 ? sideA : `${sideA} - ${sideB}`;
	const best = event.fatalities;
	const [a, b] = type === 3 ? [0, 0] : [Math.floor(best * 0.3), Math.floor(best * 0.5)];
	const civilians = type === 3 ? best : 0;
	const date = (t: number) => `${isoDay(t)} 00:00:00.000`;
	return [
		event.id, `${event.id}-${year(event.start)}-${type}`, year(event.start), 'true', 'Clear', type,
		nameId(conflict), nameId(conflict), conflict, nameId(dyad), nameId(dyad), dyad,
		nameId(sideA), nameId(sideA), sideA, sideB ? nameId(sideB) : '', sideB ? nameId(sideB) : '', sideB,
		1, event.notes ?? '', event.source ?? '', isoDay(event.end), event.notes ?? '', event.source ?? '',
		UCDP_WHERE_PRECISION[event.geoPrecision ?? 'exact'], event.location ?? '', `${event.location}, ${event.admin1}`,
		event.admin1 ?? '', '', event.lat.toFixed(4), event.lon.toFixed(4), `POINT (${event.lon} ${event.lat})`,
		priogrid(event.lon, event.lat), country.name, country.gwno, 'Africa', 1, UCDP_DATE_PRECISION[event.timePrecision ?? 'day'],
		date(event.start), date(event.end), a, b, civilians, best - a - b - civilians, best,
		event.fatalitiesHigh ?? best, event.fatalitiesLow ?? best, type === 1 ? country.gwno : '', ''
	];
}
