// The messages between the page and the import worker, each checked by a schema on arrival: a
// worker is another program, and a message from an older build or a bug must fail loudly.
import * as z from 'zod/mini';
import { LANGS } from '../../i18n/messages';
import type { EventTable } from '../event-table';
import type { FileHead } from './import-options';
import { DAY_ORDERS } from './day';
import { PRESET_NAMES, ROLES } from './preset';
import { PROBLEM_CODES } from './row-problem';
import { IMPORT_FAILURE_CODES, type ImportReport } from './report';
import { ENCODINGS } from './text-chunks';

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

// --- To the worker -----------------------------------------------------------

const PresetSchema = z.object({ name: z.enum(PRESET_NAMES), mapping: z.partialRecord(z.enum(ROLES), count) });
const ColumnChoiceSchema = z.object({ preset: PresetSchema, dayOrder: z.enum(DAY_ORDERS) });

export const StartMessageSchema = z.object({
	type: z.literal('start'),
	file: z.instanceof(Blob),
	name: z.string(),
	lang: z.enum(LANGS),
	/** The reader's columns, when chosen in the mapping editor. */
	columns: z.optional(ColumnChoiceSchema),
	/** An earlier import of the same file, kept (its id in IndexedDB) or held for the visit: rows with its ids are updated. */
	into: z.optional(z.union([z.object({ kept: z.string() }), z.object({ held: TableSchema })]))
});
export type StartMessage = z.infer<typeof StartMessageSchema>;

// --- From the worker ---------------------------------------------------------

const HeadSchema = z.object({
	header: z.array(z.string()),
	rows: z.array(z.array(z.string())),
	preset: PresetSchema,
	dayOrder: z.enum(DAY_ORDERS)
}) satisfies z.ZodMiniType<FileHead>;

const FormatSchema = z.enum(['csv', 'geojson']);

export const ProgressMessageSchema = z.object({ type: z.literal('progress'), read: count, total: count, rows: count, problems: count, format: FormatSchema });

const ReportSchema = z.object({
	preset: z.enum(PRESET_NAMES),
	format: FormatSchema,
	delimiter: z.string(),
	encoding: z.enum(ENCODINGS),
	dayOrder: z.enum(DAY_ORDERS),
	rowsRead: count,
	imported: count,
	rejected: count,
	reasons: z.array(z.object({ code: z.enum(PROBLEM_CODES), column: z.string(), count })),
	problems: z.array(z.object({ row: count, column: z.string(), code: z.enum(PROBLEM_CODES), value: z.string(), expected: z.string() }))
}) satisfies z.ZodMiniType<ImportReport>;


export const DoneMessageSchema = z.object({
	type: z.literal('done'),
	table: TableSchema,
	report: ReportSchema,
	head: HeadSchema,
	/** Bytes the table takes kept (stored-table.ts: storedBytes). */
	bytes: count,
	/** errors.csv, when a row was rejected. */
	errors: z.nullable(z.instanceof(Blob)),
	/** Set when the table updated an earlier import of the same file. */
	upsert: z.nullable(z.object({ added: count, updated: count }))
});

export const FailedMessageSchema = z.object({
	type: z.literal('failed'),
	code: z.enum(IMPORT_FAILURE_CODES),
	detail: z.string(),
	report: z.nullable(ReportSchema),
	head: z.nullable(HeadSchema),
	errors: z.nullable(z.instanceof(Blob))
});

export const WorkerMessageSchema = z.discriminatedUnion('type', [ProgressMessageSchema, DoneMessageSchema, FailedMessageSchema]);
export type WorkerMessage = z.infer<typeof WorkerMessageSchema>;
/** What the worker sends: the schema's types, but a table as the builder types it (any buffer). */
export type WorkerPost = Exclude<WorkerMessage, { type: 'done' }> | (Omit<z.infer<typeof DoneMessageSchema>, 'table'> & { table: EventTable });

/** The buffers of a table's typed arrays, to transfer rather than copy. */
export function tableBuffers(table: EventTable): ArrayBuffer[] {
	const arrays = [
		table.start, table.end, table.timePrecision, table.lon, table.lat, table.geoPrecision, table.eventType, table.actor1,
		table.actor2, table.country, table.admin1, table.fatalities, table.fatalitiesLow, table.fatalitiesHigh,
		table.location.codes, table.source.codes, table.id.offsets, table.notes.offsets
	];
	return [...new Set(arrays.map((array) => array.buffer as ArrayBuffer))];
}
