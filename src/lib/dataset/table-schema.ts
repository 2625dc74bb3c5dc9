// An event table as a worker posts it, checked by a schema on arrival (a worker is another
// program: a message from an older build or a bug must fail loudly), and the buffers moved with it.
import * as z from 'zod/mini';
import type { EventTable } from './event-table';

const count = z.int().check(z.minimum(0));

const StringColumnSchema = z.object({ offsets: z.instanceof(Uint32Array), text: z.string() });
const CodedStringColumnSchema = z.object({ codes: z.union([z.instanceof(Uint16Array), z.instanceof(Uint32Array)]), values: z.array(z.string()) });
const DictionarySchema = z.array(z.string());

/** An event table as a worker posts it (typed arrays whose buffers were transferred). */
export const TableSchema = z.object({
	name: z.string(),
	countingRule: z.string(),
	synthetic: z.boolean(),
	length: count,
	start: z.instanceof(Float64Array),
	end: z.instanceof(Float64Array),
	timePrecision: z.instanceof(Uint8Array),
	lon: z.instanceof(Float32Array),
	lat: z.instanceof(Float32Array),
	geoPrecision: z.instanceof(Uint8Array),
	eventType: z.instanceof(Uint16Array),
	actor1: z.instanceof(Uint16Array),
	actor2: z.instanceof(Uint16Array),
	country: z.instanceof(Uint16Array),
	admin1: z.instanceof(Uint16Array),
	fatalities: z.instanceof(Float32Array),
	fatalitiesLow: z.instanceof(Float32Array),
	fatalitiesHigh: z.instanceof(Float32Array),
	dictionaries: z.object({ eventTypes: DictionarySchema, actors: DictionarySchema, countries: DictionarySchema, admin1: DictionarySchema }),
	id: StringColumnSchema,
	location: CodedStringColumnSchema,
	notes: StringColumnSchema,
	source: CodedStringColumnSchema
}) satisfies z.ZodMiniType<EventTable>;

/** The buffers of a table's typed arrays, to transfer rather than copy. */
export function tableBuffers(table: EventTable): ArrayBuffer[] {
	const arrays = [
		table.start, table.end, table.timePrecision, table.lon, table.lat, table.geoPrecision, table.eventType, table.actor1,
		table.actor2, table.country, table.admin1, table.fatalities, table.fatalitiesLow, table.fatalitiesHigh,
		table.location.codes, table.source.codes, table.id.offsets, table.notes.offsets
	];
	return [...new Set(arrays.map((array) => array.buffer as ArrayBuffer))];
}
