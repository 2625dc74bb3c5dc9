// What every EventTable promises and the index relies on (sorted starts, codes inside their
// dictionaries, string offsets inside their text), checked in one pass per column when a table
// comes from outside: a file can be damaged or hand-made.
import {
	GEO_PRECISIONS,
	TIME_PRECISIONS,
	type CodedStringColumn,
	type EventTable,
	type StringColumn
} from './event-table';
import { EventTableFormatError } from './format-error';
import { EVENT_TABLE_LIMITS } from './limits';

const fail = (message: string): never => {
	throw new EventTableFormatError(message);
};

const time = (t: number) => (Number.isFinite(t) && Math.abs(t) <= 8.64e15 ? new Date(t).toISOString() : String(t));

function checkTimes({ start, end, length }: EventTable): void {
	for (let r = 0; r < length; r++) {
		const s = start[r]!;
		if (!Number.isFinite(s)) fail(`row ${r} has no start time (${s})`);
		if (r > 0 && s < start[r - 1]!) {
			fail(`column start is not sorted by time: row ${r} (${time(s)}) starts before row ${r - 1} (${time(start[r - 1]!)})`);
		}
		if (!(end[r]! >= s)) fail(`row ${r} ends (${time(end[r]!)}) before it starts (${time(s)})`);
	}
}

function checkCodes(name: string, codes: ArrayLike<number>, size: number, what: string): void {
	for (let r = 0; r < codes.length; r++) {
		if (codes[r]! >= size) fail(`row ${r}: column ${name} holds code ${codes[r]}, but there are only ${size} ${what}`);
	}
}

function checkPlaces({ lon, lat, length }: EventTable): void {
	for (let r = 0; r < length; r++) {
		if (!(Math.abs(lon[r]!) <= 180 && Math.abs(lat[r]!) <= 90)) {
			fail(`row ${r}: ${lon[r]}, ${lat[r]} is not a longitude and latitude`);
		}
	}
}

function checkDeaths(name: string, column: Float32Array): void {
	for (let r = 0; r < column.length; r++) {
		if (column[r]! < 0) fail(`row ${r}: column ${name} holds ${column[r]}, below 0`);
	}
}

function checkStrings(name: string, { offsets, text }: StringColumn, length: number): void {
	if (offsets.length !== length + 1) {
		fail(`lengths disagree: column ${name} has ${offsets.length} offsets for ${length} rows (expected ${length + 1})`);
	}
	if (offsets[0] !== 0) fail(`column ${name}: the first offset is ${offsets[0]}, not 0`);
	for (let r = 0; r < length; r++) {
		if (offsets[r + 1]! < offsets[r]!) fail(`column ${name}: row ${r} ends (${offsets[r + 1]}) before it starts (${offsets[r]})`);
		if (offsets[r + 1]! - offsets[r]! > EVENT_TABLE_LIMITS.stringChars) {
			fail(`row ${r}: column ${name} holds ${offsets[r + 1]! - offsets[r]!} characters; a string may have at most ${EVENT_TABLE_LIMITS.stringChars}`);
		}
	}
	if (offsets[length] !== text.length) {
		fail(`lengths disagree: column ${name}'s offsets end at ${offsets[length]}, but its text has ${text.length} characters`);
	}
}

function checkCoded(name: string, { codes, values }: CodedStringColumn, length: number): void {
	if (codes.length !== length) fail(`lengths disagree: column ${name} has ${codes.length} codes for ${length} rows`);
	checkCodes(name, codes, values.length, `values of ${name}`);
	for (const value of values) {
		if (value.length > EVENT_TABLE_LIMITS.stringChars) fail(`column ${name} has a value of ${value.length} characters; a string may have at most ${EVENT_TABLE_LIMITS.stringChars}`);
	}
}

/** Throws an EventTableFormatError naming the first row that breaks a promise of EventTable. */
export function checkEventTable(table: EventTable): void {
	const numeric = [
		table.start, table.end, table.timePrecision, table.lon, table.lat, table.geoPrecision, table.eventType,
		table.actor1, table.actor2, table.country, table.admin1, table.fatalities, table.fatalitiesLow, table.fatalitiesHigh
	];
	for (const column of numeric) {
		if (column.length !== table.length) fail(`lengths disagree: a column has ${column.length} rows, the table ${table.length}`);
	}
	checkTimes(table);
	checkPlaces(table);
	checkCodes('timePrecision', table.timePrecision, TIME_PRECISIONS.length, 'time precisions');
	checkCodes('geoPrecision', table.geoPrecision, GEO_PRECISIONS.length, 'place precisions');
	const { eventTypes, actors, countries, admin1 } = table.dictionaries;
	checkCodes('eventType', table.eventType, eventTypes.length, 'event types');
	checkCodes('actor1', table.actor1, actors.length, 'actors');
	checkCodes('actor2', table.actor2, actors.length, 'actors');
	checkCodes('country', table.country, countries.length, 'countries');
	checkCodes('admin1', table.admin1, admin1.length, 'admin1 regions');
	checkDeaths('fatalities', table.fatalities);
	checkDeaths('fatalitiesLow', table.fatalitiesLow);
	checkDeaths('fatalitiesHigh', table.fatalitiesHigh);
	checkStrings('id', table.id, table.length);
	checkCoded('location', table.location, table.length);
	checkStrings('notes', table.notes, table.length);
	checkCoded('source', table.source, table.length);
}
