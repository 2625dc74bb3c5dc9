// Which loaded events a reader wants to see: by type, country, actor (a search in either actor's
// name) and a range of deaths. The shown table is the rows that match, gathered into a table of
// their own (the map, the density timeline and the totals then need nothing new), sorted as the
// whole one. A range of deaths leaves out events with no figure: "none reported" is not in 0–5.
import type { CodedStringColumn, EventTable, StringColumn } from './event-table';

export interface DeathRange {
	/** At least this many; null: no lower bound. */
	min: number | null;
	/** At most this many; null: no upper bound. */
	max: number | null;
}

export interface EventFilter {
	/** Event types shown; none listed: every type. */
	types: readonly string[];
	countries: readonly string[];
	/** Text either actor's name contains, any case; "": any actor. */
	actor: string;
	deaths: DeathRange | null;
}

export const NO_FILTER: EventFilter = { types: [], countries: [], actor: '', deaths: null };

export function isFilterEmpty(filter: EventFilter): boolean {
	return filter.types.length === 0 && filter.countries.length === 0 && filter.actor === '' && filter.deaths === null;
}

/** Which codes of a dictionary a test keeps, as a lookup by code. */
function codesWhere(values: readonly string[], keep: (value: string) => boolean): Uint8Array {
	const codes = new Uint8Array(values.length);
	values.forEach((value, code) => (codes[code] = value !== '' && keep(value) ? 1 : 0));
	return codes;
}

/** The rows that match, ascending. */
export function filterRows(table: EventTable, filter: EventFilter): Uint32Array {
	const names = table.dictionaries;
	const types = filter.types.length ? codesWhere(names.eventTypes, (v) => filter.types.includes(v)) : null;
	const countries = filter.countries.length ? codesWhere(names.countries, (v) => filter.countries.includes(v)) : null;
	const needle = filter.actor.trim().toLocaleLowerCase();
	const actors = needle ? codesWhere(names.actors, (v) => v.toLocaleLowerCase().includes(needle)) : null;
	const { min, max } = filter.deaths ?? { min: null, max: null };
	const rows = new Uint32Array(table.length);
	let n = 0;
	for (let r = 0; r < table.length; r++) {
		if (types && !types[table.eventType[r]!]) continue;
		if (countries && !countries[table.country[r]!]) continue;
		if (actors && !actors[table.actor1[r]!] && !actors[table.actor2[r]!]) continue;
		if (filter.deaths) {
			const deaths = table.fatalities[r]!;
			// NaN fails both comparisons: an event with no figure is in no range.
			if (!(deaths >= (min ?? 0)) || (max !== null && !(deaths <= max))) continue;
		}
		rows[n++] = r;
	}
	return rows.slice(0, n);
}

function gather<T extends Float64Array | Float32Array | Uint32Array | Uint16Array | Uint8Array>(column: T, rows: Uint32Array): T {
	const out = new (column.constructor as new (length: number) => T)(rows.length);
	for (let k = 0; k < rows.length; k++) out[k] = column[rows[k]!]!;
	return out;
}

function gatherStrings(column: StringColumn, rows: Uint32Array): StringColumn {
	const offsets = new Uint32Array(rows.length + 1);
	const parts: string[] = [];
	let at = 0;
	rows.forEach((r, k) => {
		const text = column.text.slice(column.offsets[r], column.offsets[r + 1]);
		parts.push(text);
		at += text.length;
		offsets[k + 1] = at;
	});
	return { offsets, text: parts.join('') };
}

/** A dictionary-coded column keeps its dictionary: only the rows' codes are gathered. */
function gatherCoded(column: CodedStringColumn, rows: Uint32Array): CodedStringColumn {
	return { codes: gather(column.codes, rows), values: column.values };
}

/** The rows given (ascending) as a table of their own: same dictionaries and name, still sorted. */
export function subsetTable(table: EventTable, rows: Uint32Array): EventTable {
	return {
		...table,
		length: rows.length,
		start: gather(table.start, rows),
		end: gather(table.end, rows),
		timePrecision: gather(table.timePrecision, rows),
		lon: gather(table.lon, rows),
		lat: gather(table.lat, rows),
		geoPrecision: gather(table.geoPrecision, rows),
		eventType: gather(table.eventType, rows),
		actor1: gather(table.actor1, rows),
		actor2: gather(table.actor2, rows),
		country: gather(table.country, rows),
		admin1: gather(table.admin1, rows),
		fatalities: gather(table.fatalities, rows),
		fatalitiesLow: gather(table.fatalitiesLow, rows),
		fatalitiesHigh: gather(table.fatalitiesHigh, rows),
		id: gatherStrings(table.id, rows),
		location: gatherCoded(table.location, rows),
		notes: gatherStrings(table.notes, rows),
		source: gatherCoded(table.source, rows)
	};
}
