// The messages from the data worker (adapters/event-data.worker.ts) to the page, checked by a
// schema on arrival: a worker is another program, and a message from an older build or a bug must
// fail loudly. The table's shape is the import worker's (the same EventTable). It comes in three
// messages, its two texts first, each its own: the page deserialises a message in one task, and a
// million events' texts are tens of megabytes of strings (the columns' buffers are moved, not
// copied, but strings are copied).
import * as z from 'zod/mini';
import type { EventTable } from './event-table';
import { TableSchema } from './import/messages';

const count = z.int().check(z.minimum(0));

export const TEXT_COLUMNS = ['id', 'notes'] as const;
export type TextColumn = (typeof TEXT_COLUMNS)[number];

const OffsetsSchema = z.object({ offsets: z.instanceof(Uint32Array) });
const TextlessTableSchema = z.extend(TableSchema, { id: OffsetsSchema, notes: OffsetsSchema });
type TextlessTable = z.infer<typeof TextlessTableSchema>;

export const DataWorkerMessageSchema = z.discriminatedUnion('type', [
	z.object({ type: z.literal('progress'), read: count, total: z.nullable(count) }),
	z.object({ type: z.literal('text'), column: z.enum(TEXT_COLUMNS), text: z.string() }),
	z.object({ type: z.literal('done'), table: TextlessTableSchema }),
	z.object({ type: z.literal('failed'), reason: z.string() })
]);
export type DataWorkerMessage = z.infer<typeof DataWorkerMessageSchema>;
type Textless = Omit<EventTable, TextColumn> & Record<TextColumn, { offsets: Uint32Array }>;
/** What the worker sends: a table as the decoder types it (any buffer). */
export type DataWorkerPost = Exclude<DataWorkerMessage, { type: 'done' }> | { type: 'done'; table: Textless };

/** A table's messages in the order they are posted: each text, then the rest. */
export function tablePosts(table: EventTable): DataWorkerPost[] {
	return [
		...TEXT_COLUMNS.map((column) => ({ type: 'text', column, text: table[column].text }) as const),
		{ type: 'done', table: { ...table, id: { offsets: table.id.offsets }, notes: { offsets: table.notes.offsets } } }
	];
}

/** The table whole again from its texts, as they came, and the rest: throws naming a text missing or not the length its offsets say. */
export function tableWithTexts(table: TextlessTable, texts: ReadonlyMap<TextColumn, string>): EventTable {
	const column = (name: TextColumn) => {
		const text = texts.get(name);
		if (text === undefined) throw new Error(`the data worker sent no ${name} text`);
		const { offsets } = table[name];
		if (offsets[offsets.length - 1] !== text.length) throw new Error(`the data worker sent a ${name} text of ${text.length} characters, its offsets end at ${offsets[offsets.length - 1]}`);
		return { offsets, text };
	};
	return { ...table, id: column('id'), notes: column('notes') };
}
