// The messages of the workers that read an event table (table-read.worker.ts: a binary table's file
// or a kept dataset's table; event-data.worker.ts: a ?data= URL), checked by a schema on arrival
// like the import worker's, which sends its table the same way. The table's texts come first, in
// pieces (text-pieces.ts), each a message of its own; then the rest, its buffers moved.
// The page deserialises a message in one task, and a million events' notes are some 70 MB of
// string (buffers are moved, not copied, but strings are copied): one message would be one task
// of tens of milliseconds.
import * as z from 'zod/mini';
import type { EventTable } from './event-table';
import { LOAD_PROBLEM_CODES, LoadProblemError, loadProblem } from './format-error';
import { TableSchema } from './table-schema';
import { TEXT_PIECE_CHARS, textPieces } from './text-pieces';

const count = z.int().check(z.minimum(0));

/** What the table reader is asked to read: a binary table's file, or a kept dataset by its id. */
export const TableReadRequestSchema = z.union([z.object({ file: z.instanceof(Blob) }), z.object({ kept: z.string() })]);
export type TableReadRequest = z.infer<typeof TableReadRequestSchema>;

export const TEXT_COLUMNS = ['id', 'notes'] as const;
export type TextColumn = (typeof TEXT_COLUMNS)[number];

const OffsetsSchema = z.object({ offsets: z.instanceof(Uint32Array) });
export const TextlessTableSchema = z.extend(TableSchema, { id: OffsetsSchema, notes: OffsetsSchema });
/** A piece of a text column; a column's pieces come in order. */
export const TextMessageSchema = z.object({ type: z.literal('text'), column: z.enum(TEXT_COLUMNS), text: z.string() });
/** Why the table could not be read, for the page to say in the reader's language (format-error.ts). */
const LoadProblemSchema = z.object({ code: z.enum(LOAD_PROBLEM_CODES), values: z.record(z.string(), z.union([z.string(), z.number()])) });

export const TableReadMessageSchema = z.discriminatedUnion('type', [
	/** Bytes read, and the whole size when it is known (a server may not say it). */
	z.object({ type: z.literal('progress'), read: count, total: z.nullable(count) }),
	TextMessageSchema,
	z.object({ type: z.literal('done'), table: TextlessTableSchema }),
	z.object({ type: z.literal('failed'), problem: LoadProblemSchema })
]);
export type TableReadMessage = z.infer<typeof TableReadMessageSchema>;
/** A table without its texts, as the decoder or builder types it (any buffer). */
export type Textless = Omit<EventTable, TextColumn> & Record<TextColumn, { offsets: Uint32Array }>;
/** What a worker sends: a table as the decoder types it (any buffer). */
export type TableReadPost = Exclude<TableReadMessage, { type: 'done' }> | { type: 'done'; table: Textless };

type TextMessage = z.infer<typeof TextMessageSchema>;

/** A table's texts as messages, each piece of each text in turn (slices: no copy is made until one is posted). */
export function* textPosts(table: EventTable, pieceChars = TEXT_PIECE_CHARS): Generator<TextMessage> {
	for (const column of TEXT_COLUMNS) for (const text of textPieces(table[column].text, pieceChars)) yield { type: 'text', column, text };
}

/** The table without its texts: what follows them. */
export const textless = (table: EventTable): Textless => ({ ...table, id: { offsets: table.id.offsets }, notes: { offsets: table.notes.offsets } });

/** The table's messages in the order they are posted: its texts' pieces, then the rest. */
export function tableReadPosts(table: EventTable, pieceChars = TEXT_PIECE_CHARS): TableReadPost[] {
	return [...textPosts(table, pieceChars), { type: 'done', table: textless(table) }];
}

/**
 * Gathers the messages of one table and gives it once whole. Each text is joined from its pieces
 * into one string, a copy of all of it made in one go (left as pieces, the first reader of the text
 * would make it, in whatever task that is): the ids' as the notes' first piece comes, the notes'
 * with the rest, so that the two copies fall in two tasks.
 */
export class TableArrival {
	private readonly pieces = new Map<TextColumn, string[]>(TEXT_COLUMNS.map((column) => [column, []]));
	private readonly joined = new Map<TextColumn, string>();
	private last: TextColumn | null = null;

	text(column: TextColumn, piece: string): void {
		if (this.last !== null && this.last !== column) this.join(this.last);
		this.last = column;
		this.pieces.get(column)!.push(piece);
	}

	private join(column: TextColumn): string | undefined {
		const pieces = this.pieces.get(column)!;
		if (pieces.length > 0) this.joined.set(column, (this.joined.get(column) ?? '') + pieces.splice(0).join(''));
		return this.joined.get(column);
	}

	/** The table, or an error naming a text that did not come or is not the length its offsets say. */
	done(table: z.infer<typeof TextlessTableSchema>): EventTable {
		const text = (column: TextColumn) => {
			const { offsets } = table[column];
			const end = offsets[offsets.length - 1]!;
			const value = this.join(column);
			if (value === undefined) throw new LoadProblemError(loadProblem('readerNoText', { column }));
			if (end !== value.length) throw new LoadProblemError(loadProblem('readerTextCut', { column, chars: value.length, end }));
			return { offsets, text: value };
		};
		return { ...table, id: text('id'), notes: text('notes') };
	}
}
