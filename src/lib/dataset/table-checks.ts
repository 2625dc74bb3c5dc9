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
import { formatFailure as fail } from './format-error';
import { EVENT_TABLE_LIMITS } from './limits';

const time = (t: number) => (Number.isFinite(t) && Math.abs(t) <= 8.64e15 ? new Date(t).toISOString() : String(t));

function checkTimes({ start, end, length }: EventTable): void {
	for (let r = 0; r < length; r++) {
		const s = start[r]!;
		if (!Number.isFinite(s)) fail('noStart', { row: r, value: String(s) });
		if (r > 0 && s < start[r - 1]!) {
			fail('unsorted', { row: r, time: time(s), previous: r - 1, previousTime: time(start[r - 1]!) });
		}
		if (!(end[r]! >= s)) fail('endsBeforeStart', { row: r, end: time(end[r]!), start: time(s) });
	}
}

function checkCodes(name: string, codes: ArrayLike<number>, size: number): void {
	for (let r = 0; r < codes.length; r++) {
		if (codes[r]! >= size) fail('badCode', { row: r, column: name, code: codes[r]!, size });
	}
}

function checkPlaces({ lon, lat, length }: EventTable): void {
	for (let r = 0; r < length; r++) {
		if (!(Math.abs(lon[r]!) <= 180 && Math.abs(lat[r]!) <= 90)) {
			fail('notLonLat', { row: r, lon: lon[r]!, lat: lat[r]! });
		}
	}
}

function checkDeaths(name: string, column: Float32Array): void {
	for (let r = 0; r < column.length; r++) {
		if (column[r]! < 0) fail('belowZero', { row: r, column: name, value: column[r]! });
	}
}

function checkStrings(name: string, { offsets, text }: StringColumn, length: number): void {
	if (offsets.length !== length + 1) {
		fail('offsetCount', { column: name, offsets: offsets.length, rows: length, expected: length + 1 });
	}
	if (offsets[0] !== 0) fail('firstOffset', { column: name, value: offsets[0]! });
	for (let r = 0; r < length; r++) {
		if (offsets[r + 1]! < offsets[r]!) fail('offsetsBackwards', { column: name, row: r, end: offsets[r + 1]!, start: offsets[r]! });
		if (offsets[r + 1]! - offsets[r]! > EVENT_TABLE_LIMITS.stringChars) {
			fail('stringTooLong', { row: r, column: name, chars: offsets[r + 1]! - offsets[r]!, max: EVENT_TABLE_LIMITS.stringChars });
		}
	}
	if (offsets[length] !== text.length) {
		fail('textLength', { column: name, end: offsets[length]!, chars: text.length });
	}
}

function checkCoded(name: string, { codes, values }: CodedStringColumn, length: number): void {
	if (codes.length !== length) fail('codeCount', { column: name, codes: codes.length, rows: length });
	checkCodes(name, codes, values.length);
	for (const value of values) {
		if (value.length > EVENT_TABLE_LIMITS.stringChars) fail('valueTooLong', { column: name, chars: value.length, max: EVENT_TABLE_LIMITS.stringChars });
	}
}

/** Throws an EventTableFormatError naming the first row that breaks a promise of EventTable. */
export function checkEventTable(table: EventTable): void {
	const numeric = [
		table.start, table.end, table.timePrecision, table.lon, table.lat, table.geoPrecision, table.eventType,
		table.actor1, table.actor2, table.country, table.admin1, table.fatalities, table.fatalitiesLow, table.fatalitiesHigh
	];
	for (const column of numeric) {
		if (column.length !== table.length) fail('rowCount', { rows: column.length, length: table.length });
	}
	checkTimes(table);
	checkPlaces(table);
	checkCodes('timePrecision', table.timePrecision, TIME_PRECISIONS.length);
	checkCodes('geoPrecision', table.geoPrecision, GEO_PRECISIONS.length);
	const { eventTypes, actors, countries, admin1 } = table.dictionaries;
	checkCodes('eventType', table.eventType, eventTypes.length);
	checkCodes('actor1', table.actor1, actors.length);
	checkCodes('actor2', table.actor2, actors.length);
	checkCodes('country', table.country, countries.length);
	checkCodes('admin1', table.admin1, admin1.length);
	checkDeaths('fatalities', table.fatalities);
	checkDeaths('fatalitiesLow', table.fatalitiesLow);
	checkDeaths('fatalitiesHigh', table.fatalitiesHigh);
	checkStrings('id', table.id, table.length);
	checkCoded('location', table.location, table.length);
	checkStrings('notes', table.notes, table.length);
	checkCoded('source', table.source, table.length);
}
