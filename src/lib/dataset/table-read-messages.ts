// The messages of the worker that reads a kept dataset's binary table (table-read.worker.ts),
// checked by a schema on arrival like the import worker's.
import * as z from 'zod/mini';
import type { EventTable } from './event-table';
import { TableSchema } from './import/messages';

const count = z.int().check(z.minimum(0));

export const TableReadMessageSchema = z.discriminatedUnion('type', [
	z.object({ type: z.literal('progress'), read: count }),
	z.object({ type: z.literal('done'), table: TableSchema }),
	z.object({ type: z.literal('failed'), detail: z.string() })
]);
export type TableReadMessage = z.infer<typeof TableReadMessageSchema>;
/** What the worker sends: a table as the decoder types it (any buffer). */
export type TableReadPost = Exclude<TableReadMessage, { type: 'done' }> | { type: 'done'; table: EventTable };
