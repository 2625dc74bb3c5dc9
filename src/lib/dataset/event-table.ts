// Events: many simple dated points (an ACLED or UCDP row, a synthetic one), kept
// apart from the story. Stored as columns of typed arrays sorted by start time,
// so "what has happened by t" is a prefix found by binary search, and a million
// events cost tens of megabytes, not gigabytes of objects.
//
// This file is the contract: the table's shape. Building it (from rows, from the
// binary format), indexing it and drawing it live beside it.

/** How precisely an event's time is known; an imprecise one is a span from `start` to `end`. */
export const TIME_PRECISIONS = ['day', 'week', 'month', 'year'] as const;
export type EventTimePrecision = (typeof TIME_PRECISIONS)[number];

/** How precisely its place is known (ACLED geo_precision 1–3, UCDP where_prec 1–7 mapped onto these). */
export const GEO_PRECISIONS = ['exact', 'near', 'region', 'country'] as const;
export type GeoPrecision = (typeof GEO_PRECISIONS)[number];

/** Where a column's strings are: row r's text is `text.slice(offsets[r], offsets[r + 1])`. */
export interface StringColumn {
	readonly offsets: Uint32Array;
	readonly text: string;
}

/**
 * A text column whose values repeat (a place's name, a source), each held once: row r's text is
 * `values[codes[r]]`. Codes are 16-bit while there are at most 65,536 values, else 32-bit.
 */
export interface CodedStringColumn {
	readonly codes: Uint16Array | Uint32Array;
	readonly values: readonly string[];
}

/** Dictionary-coded categories: the code is an index into the dictionary; 0 is always "" (none). */
export interface Dictionaries {
	readonly eventTypes: readonly string[];
	readonly actors: readonly string[];
	readonly countries: readonly string[];
	readonly admin1: readonly string[];
}

export interface EventTable {
	/** A name to show with the events' figures ("ACLED, Mali–Niger–Burkina Faso, 2017–2020"). */
	readonly name: string;
	/** How the dataset counts deaths, said beside its figures ("ACLED: reported fatalities, all parties"). */
	readonly countingRule: string;
	/** True for generated rows: every view says so. */
	readonly synthetic: boolean;
	readonly length: number;
	/** Epoch ms, sorted ascending; ties keep the source's order. */
	readonly start: Float64Array;
	/** Epoch ms, ≥ start: the end of the day, week… an imprecise date covers. */
	readonly end: Float64Array;
	/** Index into TIME_PRECISIONS. */
	readonly timePrecision: Uint8Array;
	readonly lon: Float32Array;
	readonly lat: Float32Array;
	/** Index into GEO_PRECISIONS. */
	readonly geoPrecision: Uint8Array;
	/** Codes into the dictionaries. */
	readonly eventType: Uint16Array;
	readonly actor1: Uint16Array;
	readonly actor2: Uint16Array;
	readonly country: Uint16Array;
	readonly admin1: Uint16Array;
	/** Deaths as the source gives them (UCDP: best); NaN where none was reported, which is not 0. */
	readonly fatalities: Float32Array;
	/** UCDP's low and high estimates; NaN where the source gives none. */
	readonly fatalitiesLow: Float32Array;
	readonly fatalitiesHigh: Float32Array;
	readonly dictionaries: Dictionaries;
	/** The source's own id of each event (ACLED event_id_cnty, UCDP id; SYN-… for synthetic rows). */
	readonly id: StringColumn;
	readonly location: CodedStringColumn;
	/** Notes in the source's own language, shown as text, never as markup. */
	readonly notes: StringColumn;
	/** Where the source says the event was reported. */
	readonly source: CodedStringColumn;
}

/** Row r's string in a column. */
export function stringAt(column: StringColumn | CodedStringColumn, row: number): string {
	return 'codes' in column ? column.values[column.codes[row]!]! : column.text.slice(column.offsets[row], column.offsets[row + 1]);
}
