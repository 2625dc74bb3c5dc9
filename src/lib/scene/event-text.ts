// An event's fields as the words a view shows: the table's six columns and the details' full list.
// Everything from the file stays plain text here; a view renders it as text, never as markup.
import { formatCount, numberFormat } from '../i18n/format';
import { message, type Lang } from '../i18n/messages';
import { GEO_PRECISIONS, stringAt, TIME_PRECISIONS, type EventTable, type EventTimePrecision, type GeoPrecision } from '../dataset/event-table';
import { formatEventDate } from './event-date';

/** The events table's columns, in order. */
export const EVENT_COLUMNS = ['date', 'type', 'place', 'actors', 'deaths', 'source'] as const;
export type EventColumn = (typeof EVENT_COLUMNS)[number];

export type EventCells = Record<EventColumn, string>;

export interface EventDetails extends EventCells {
	id: string;
	precision: EventTimePrecision;
	location: string;
	admin1: string;
	country: string;
	actor1: string;
	actor2: string;
	/** Degrees as the language writes them ("14.1234" / "14,1234"). */
	lat: string;
	lon: string;
	geoPrecision: GeoPrecision;
	notes: string;
}

/** A figure of deaths: NaN is "none reported", never 0; the source's low and high estimates beside it when it gives them. */
export function formatDeaths(best: number, low: number, high: number, lang: Lang): string {
	if (Number.isNaN(best)) return message(lang, 'casualtyNoneReported');
	const deaths = formatCount(best, lang);
	if (Number.isNaN(low) || Number.isNaN(high) || (low === best && high === best)) return deaths;
	return message(lang, 'eventDeathsWithEstimates', { deaths, low: formatCount(low, lang), high: formatCount(high, lang) });
}

function fields(table: EventTable, row: number, lang: Lang, month: 'short' | 'long') {
	const { dictionaries: names } = table;
	const location = stringAt(table.location, row);
	const admin1 = names.admin1[table.admin1[row]!] ?? '';
	const country = names.countries[table.country[row]!] ?? '';
	const actor1 = names.actors[table.actor1[row]!] ?? '';
	const actor2 = names.actors[table.actor2[row]!] ?? '';
	const precision = TIME_PRECISIONS[table.timePrecision[row]!] ?? 'day';
	return {
		date: formatEventDate(table.start[row]!, table.end[row]!, precision, lang, month),
		type: names.eventTypes[table.eventType[row]!] ?? '',
		// A town that names its region, or a country-wide event, would read "Tahoua, Tahoua", "Mali, Mali".
		place: [...new Set([location, admin1, country].filter(Boolean))].join(', '),
		actors: [actor1, actor2].filter(Boolean).join(' — '),
		deaths: formatDeaths(table.fatalities[row]!, table.fatalitiesLow[row]!, table.fatalitiesHigh[row]!, lang),
		source: stringAt(table.source, row),
		precision,
		location,
		admin1,
		country,
		actor1,
		actor2
	};
}

/** Row r's six cells, with short month names to fit a column. */
export function eventCells(table: EventTable, row: number, lang: Lang): EventCells {
	const { date, type, place, actors, deaths, source } = fields(table, row, lang, 'short');
	return { date, type, place, actors, deaths, source };
}

/** Everything the table holds about row r. */
export function eventDetails(table: EventTable, row: number, lang: Lang): EventDetails {
	const degrees = numberFormat(lang, { maximumFractionDigits: 4 });
	return {
		...fields(table, row, lang, 'long'),
		id: stringAt(table.id, row),
		lat: degrees.format(table.lat[row]!),
		lon: degrees.format(table.lon[row]!),
		geoPrecision: GEO_PRECISIONS[table.geoPrecision[row]!] ?? 'exact',
		notes: stringAt(table.notes, row)
	};
}
