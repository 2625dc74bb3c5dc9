// The messages between the page and the import worker, each checked by a schema on arrival: a
// worker is another program, and a message from an older build or a bug must fail loudly.
import * as z from 'zod/mini';
import { LANGS } from '../../i18n/messages';
import { TableSchema } from '../table-schema';
import { TextlessTableSchema, TextMessageSchema, type Textless } from '../table-read-messages';
import type { FileHead } from './import-options';
import { DAY_ORDERS } from './day';
import { PRESET_NAMES, ROLES } from './preset';
import { PROBLEM_CODES } from './row-problem';
import { IMPORT_FAILURE_CODES, type ImportReport } from './report';
import { ENCODINGS } from './text-chunks';

const count = z.int().check(z.minimum(0));

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


/** The table without its texts, which come before it in pieces (table-read-messages.ts). */
export const DoneMessageSchema = z.object({
	type: z.literal('done'),
	table: TextlessTableSchema,
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

export const WorkerMessageSchema = z.discriminatedUnion('type', [ProgressMessageSchema, TextMessageSchema, DoneMessageSchema, FailedMessageSchema]);
export type WorkerMessage = z.infer<typeof WorkerMessageSchema>;
/** What the worker sends: the schema's types, but a table as the builder types it (any buffer). */
export type WorkerPost = Exclude<WorkerMessage, { type: 'done' }> | (Omit<z.infer<typeof DoneMessageSchema>, 'table'> & { table: Textless });
