// One row of a table back as the builder takes it, to build a table from another (an upsert keeps
// the rows a re-import does not replace). NaN deaths go back as null: none reported, not 0.
import type { EventRow } from './build-table';
import { GEO_PRECISIONS, stringAt, TIME_PRECISIONS, type EventTable } from './event-table';

const orNone = (value: number) => (Number.isNaN(value) ? null : value);
/** A dictionary's value, or undefined for its "" (none). */
const named = (values: readonly string[], code: number) => values[code] || undefined;

export function tableRow(table: EventTable, r: number): EventRow {
	const names = table.dictionaries;
	return {
		id: stringAt(table.id, r),
		start: table.start[r]!,
		end: table.end[r]!,
		timePrecision: TIME_PRECISIONS[table.timePrecision[r]!],
		lon: table.lon[r]!,
		lat: table.lat[r]!,
		geoPrecision: GEO_PRECISIONS[table.geoPrecision[r]!],
		eventType: named(names.eventTypes, table.eventType[r]!),
		actor1: named(names.actors, table.actor1[r]!),
		actor2: named(names.actors, table.actor2[r]!),
		country: named(names.countries, table.country[r]!),
		admin1: named(names.admin1, table.admin1[r]!),
		fatalities: orNone(table.fatalities[r]!),
		fatalitiesLow: orNone(table.fatalitiesLow[r]!),
		fatalitiesHigh: orNone(table.fatalitiesHigh[r]!),
		location: stringAt(table.location, r),
		notes: stringAt(table.notes, r),
		source: stringAt(table.source, r)
	};
}
