// The messages of the workers that read an event table (table-read.worker.ts: a binary table's file
// or a kept dataset's table; event-data.worker.ts: a ?data= URL), checked by a schema on arrival
// like the import worker's. The table comes in three messages, its two texts first, each its own:
// the page deserialises a message in one task, and a million events' texts are tens of megabytes
// of strings (their buffers are moved, not copied, but strings are copied).
import * as z from 'zod/mini';
import type { EventTable } from './event-table';
import { LOAD_PROBLEM_CODES, LoadProblemError, loadProblem } from './format-error';
import { TableSchema } from './import/messages';

const count = z.int().check(z.minimum(0));

/** What the table reader is asked to read: a binary table's file, or a kept dataset by its id. */
export const TableReadRequestSchema = z.union([z.object({ file: z.instanceof(Blob) }), z.object({ kept: z.string() })]);
export type TableReadRequest = z.infer<typeof TableReadRequestSchema>;

export const TEXT_COLUMNS = ['id', 'notes'] as const;
export type TextColumn = (typeof TEXT_COLUMNS)[number];

const OffsetsSchema = z.object({ offsets: z.instanceof(Uint32Array) });
const TextlessTableSchema = z.extend(TableSchema, { id: OffsetsSchema, notes: OffsetsSchema });
/** Why the table could not be read, for the page to say in the reader's language (format-error.ts). */
const LoadProblemSchema = z.object({ code: z.enum(LOAD_PROBLEM_CODES), values: z.record(z.string(), z.union([z.string(), z.number()])) });

export const TableReadMessageSchema = z.discriminatedUnion('type', [
	/** Bytes read, and the whole size when it is known (a server may not say it). */
	z.object({ type: z.literal('progress'), read: count, total: z.nullable(count) }),
	z.object({ type: z.literal('text'), column: z.enum(TEXT_COLUMNS), text: z.string() }),
	z.object({ type: z.literal('done'), table: TextlessTableSchema }),
	z.object({ type: z.literal('failed'), problem: LoadProblemSchema })
]);
export type TableReadMessage = z.infer<typeof TableReadMessageSchema>;
type Textless = Omit<EventTable, TextColumn> & Record<TextColumn, { offsets: Uint32Array }>;
/** What a worker sends: a table as the decoder types it (any buffer). */
export type TableReadPost = Exclude<TableReadMessage, { type: 'done' }> | { type: 'done'; table: Textless };

/** The table's messages in the order they are posted: each text, then the rest. */
export function tableReadPosts(table: EventTable): TableReadPost[] {
	return [
		...TEXT_COLUMNS.map((column) => ({ type: 'text', column, text: table[column].text }) as const),
		{ type: 'done', table: { ...table, id: { offsets: table.id.offsets }, notes: { offsets: table.notes.offsets } } }
	];
}

/** Gathers the messages of one table and gives it once whole. */
export class TableArrival {
	private readonly texts = new Map<TextColumn, string>();

	text(column: TextColumn, text: string): void {
		this.texts.set(column, text);
	}

	/** The table, or an error naming a text that did not come or is not the length its offsets say. */
	done(table: z.infer<typeof TextlessTableSchema>): EventTable {
		const text = (column: TextColumn) => {
			const value = this.texts.get(column);
			if (value === undefined) throw new LoadProblemError(loadProblem('readerNoText', { column }));
			const { offsets } = table[column];
			const end = offsets[offsets.length - 1]!;
			if (end !== value.length) throw new LoadProblemError(loadProblem('readerTextCut', { column, chars: value.length, end }));
			return { offsets, text: value };
		};
		return { ...table, id: text('id'), notes: text('notes') };
	}
}
