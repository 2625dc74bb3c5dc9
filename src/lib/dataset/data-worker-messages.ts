// The messages from the data worker (adapters/event-data.worker.ts) to the page, checked by a
// schema on arrival: a worker is another program, and a message from an older build or a bug must
// fail loudly. The table's shape is the import worker's (the same EventTable).
import * as z from 'zod/mini';
import { TableSchema } from './import/messages';

const count = z.int().check(z.minimum(0));

export const DataWorkerMessageSchema = z.discriminatedUnion('type', [
	z.object({ type: z.literal('progress'), read: count, total: z.nullable(count) }),
	z.object({ type: z.literal('done'), table: TableSchema }),
	z.object({ type: z.literal('failed'), reason: z.string() })
]);
export type DataWorkerMessage = z.infer<typeof DataWorkerMessageSchema>;
