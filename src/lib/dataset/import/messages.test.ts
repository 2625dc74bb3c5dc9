import { describe, expect, it } from 'vitest';
import { syntheticEventTable } from '../synthetic';
import { StartMessageSchema, tableBuffers, WorkerMessageSchema } from './messages';

const report = {
	preset: 'acled', delimiter: ',', encoding: 'utf-8', dayOrder: 'unknown', rowsRead: 2, imported: 1, rejected: 1,
	reasons: [{ code: 'outOfRange', column: 'latitude', count: 1 }],
	problems: [{ row: 2, column: 'latitude', code: 'outOfRange', value: '191.2', expected: '−90…90' }]
};

describe('import worker messages', () => {
	it('carry a finished table and its report, after a structured clone with the buffers transferred', () => {
		const table = syntheticEventTable({ count: 50, seed: 1 });
		const buffers = tableBuffers(table);
		expect(buffers).toHaveLength(18);
		const received = structuredClone({ type: 'done', table, report }, { transfer: buffers });
		expect(table.start.byteLength).toBe(0); // transferred, not copied
		const parsed = WorkerMessageSchema.parse(received);
		expect(parsed.type === 'done' && parsed.table.length).toBe(50);
	});

	it('refuse what they do not describe', () => {
		expect(WorkerMessageSchema.safeParse({ type: 'progress', read: -1, total: 0, rows: 0, problems: 0 }).success).toBe(false);
		expect(WorkerMessageSchema.safeParse({ type: 'done', table: { name: 'x' }, report }).success).toBe(false);
		expect(WorkerMessageSchema.safeParse({ type: 'failed', code: 'oops', detail: '', report: null }).success).toBe(false);
		expect(StartMessageSchema.safeParse({ type: 'start', file: 'a.csv', name: 'a.csv', lang: 'en' }).success).toBe(false);
		expect(StartMessageSchema.safeParse({ type: 'start', file: new Blob(['x']), name: 'a.csv', lang: 'fr' }).success).toBe(true);
	});
});
