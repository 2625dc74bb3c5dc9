import { describe, expect, it } from 'vitest';
import { DataWorkerMessageSchema } from './data-worker-messages';
import { syntheticEventTable } from './synthetic';

describe('DataWorkerMessageSchema', () => {
	const table = syntheticEventTable({ count: 20, seed: 3 });

	it('accepts progress, a table and a failure as the data worker posts them', () => {
		expect(DataWorkerMessageSchema.safeParse({ type: 'progress', read: 10, total: null }).success).toBe(true);
		expect(DataWorkerMessageSchema.safeParse({ type: 'done', table }).success).toBe(true);
		expect(DataWorkerMessageSchema.safeParse({ type: 'failed', reason: 'the server answered 404' }).success).toBe(true);
	});

	it('refuses a table whose columns are not typed arrays, and a message of no known type', () => {
		expect(DataWorkerMessageSchema.safeParse({ type: 'done', table: { ...table, start: Array.from(table.start) } }).success).toBe(false);
		expect(DataWorkerMessageSchema.safeParse({ type: 'progress', read: -1, total: null }).success).toBe(false);
		expect(DataWorkerMessageSchema.safeParse({ type: 'table', table }).success).toBe(false);
	});
});
