import { describe, expect, it } from 'vitest';
import { syntheticEventTable } from '../synthetic';
import { StartMessageSchema, WorkerMessageSchema } from './messages';
import { TableArrival, textless, textPosts } from '../table-read-messages';
import { tableBuffers } from '../table-schema';

const head = { header: ['a', 'b'], rows: [['1', '2']], preset: { name: 'generic', mapping: { date: 0, lat: 1 } }, dayOrder: 'unknown' };
const report = {
	preset: 'acled', format: 'csv', delimiter: ',', encoding: 'utf-8', dayOrder: 'unknown', rowsRead: 2, imported: 1, rejected: 1,
	reasons: [{ code: 'outOfRange', column: 'latitude', count: 1 }],
	problems: [{ row: 2, column: 'latitude', code: 'outOfRange', value: '191.2', expected: '−90…90' }]
};

describe('import worker messages', () => {
	it('carry a finished table, its texts in pieces before it, and its report, after a structured clone with the buffers transferred', () => {
		const table = syntheticEventTable({ count: 50, seed: 1 });
		const whole = structuredClone(table);
		const pieces = [...textPosts(table, 1000)].map((piece) => WorkerMessageSchema.parse(structuredClone(piece)));
		expect(pieces.length).toBe(Math.ceil(table.id.text.length / 1000) + Math.ceil(table.notes.text.length / 1000));
		const buffers = tableBuffers(table);
		expect(buffers).toHaveLength(18);
		const done = { type: 'done', table: textless(table), report, head, bytes: 1234, errors: null, upsert: { added: 1, updated: 0 } };
		const received = structuredClone(done, { transfer: buffers });
		expect(table.start.byteLength).toBe(0); // transferred, not copied
		const parsed = WorkerMessageSchema.parse(received);
		if (parsed.type !== 'done') throw new Error('not done');
		expect(parsed.head.preset.mapping).toEqual({ date: 0, lat: 1 });
		const arrival = new TableArrival();
		for (const piece of pieces) if (piece.type === 'text') arrival.text(piece.column, piece.text);
		expect(arrival.done(parsed.table)).toEqual(whole);
	});

	it('refuse what they do not describe', () => {
		expect(WorkerMessageSchema.safeParse({ type: 'progress', read: -1, total: 0, rows: 0, problems: 0 }).success).toBe(false);
		expect(WorkerMessageSchema.safeParse({ type: 'done', table: { name: 'x' }, report }).success).toBe(false);
		expect(WorkerMessageSchema.safeParse({ type: 'failed', code: 'oops', detail: '', report: null }).success).toBe(false);
		expect(StartMessageSchema.safeParse({ type: 'start', file: 'a.csv', name: 'a.csv', lang: 'en' }).success).toBe(false);
		expect(StartMessageSchema.safeParse({ type: 'start', file: new Blob(['x']), name: 'a.csv', lang: 'fr' }).success).toBe(true);
		// A mapping names roles by their names and columns by their index, nothing else.
		const start = { type: 'start', file: new Blob(['x']), name: 'a.csv', lang: 'fr', columns: { preset: head.preset, dayOrder: 'dmy' } };
		expect(StartMessageSchema.safeParse(start).success).toBe(true);
		const bad = (mapping: object) => ({ ...start, columns: { preset: { name: 'generic', mapping }, dayOrder: 'dmy' } });
		expect(StartMessageSchema.safeParse(bad({ latitude: 1 })).success).toBe(false);
		expect(StartMessageSchema.safeParse(bad({ lat: -1 })).success).toBe(false);
		expect(StartMessageSchema.safeParse(bad({ lat: 1.5 })).success).toBe(false);
	});
});
