import { describe, expect, it } from 'vitest';
import { TableArrival, TableReadMessageSchema, tableReadPosts } from './table-read-messages';
import { syntheticEventTable } from './synthetic';

describe('TableReadMessageSchema', () => {
	const table = syntheticEventTable({ count: 20, seed: 3 });

	it('accepts progress, a text, a table without its texts and a failure as the table readers post them', () => {
		expect(TableReadMessageSchema.safeParse({ type: 'progress', read: 10, total: null }).success).toBe(true);
		expect(TableReadMessageSchema.safeParse({ type: 'progress', read: 10, total: 400 }).success).toBe(true);
		for (const message of tableReadPosts(table)) expect(TableReadMessageSchema.safeParse(message).success).toBe(true);
		expect(TableReadMessageSchema.safeParse({ type: 'failed', problem: { code: 'httpStatus', values: { status: 404 } } }).success).toBe(true);
		// A reason the page could not say: refused, not shown as a key.
		expect(TableReadMessageSchema.safeParse({ type: 'failed', problem: { code: 'gone', values: {} } }).success).toBe(false);
		expect(TableReadMessageSchema.safeParse({ type: 'failed', reason: 'the server answered 404' }).success).toBe(false);
	});

	it('refuses a table whose columns are not typed arrays, a text of no known column, and a message of no known type', () => {
		const [, , done] = tableReadPosts(table);
		expect(TableReadMessageSchema.safeParse({ ...done, table: { ...table, start: Array.from(table.start) } }).success).toBe(false);
		expect(TableReadMessageSchema.safeParse({ type: 'text', column: 'source', text: '' }).success).toBe(false);
		expect(TableReadMessageSchema.safeParse({ type: 'progress', read: -1, total: null }).success).toBe(false);
		expect(TableReadMessageSchema.safeParse({ type: 'table', table }).success).toBe(false);
	});
});

describe('tableReadPosts and TableArrival', () => {
	const table = syntheticEventTable({ count: 50, seed: 4 });
	const arrived = () => tableReadPosts(table).map((message) => TableReadMessageSchema.parse(structuredClone(message)));
	const doneOf = (messages: ReturnType<typeof arrived>) => {
		const done = messages.at(-1)!;
		if (done.type !== 'done') throw new Error('no table');
		return done;
	};

	it('send the texts first, each alone, and give the table whole again, column by column', () => {
		const messages = arrived();
		expect(messages.map((m) => m.type)).toEqual(['text', 'text', 'done']);
		const arrival = new TableArrival();
		for (const m of messages) if (m.type === 'text') arrival.text(m.column, m.text);
		const done = doneOf(messages);
		expect('text' in done.table.notes).toBe(false);
		const whole = arrival.done(done.table);
		for (const name of Object.keys(table) as (keyof typeof table)[]) expect(whole[name], name).toEqual(table[name]);
	});

	it('send a long text in pieces of a bounded size, in order, and give it back whole', () => {
		const messages = tableReadPosts(table, 64).map((message) => TableReadMessageSchema.parse(structuredClone(message)));
		const pieces = (column: string) => messages.flatMap((m) => (m.type === 'text' && m.column === column ? [m.text] : []));
		for (const column of ['id', 'notes'] as const) {
			expect(pieces(column).length).toBe(Math.ceil(table[column].text.length / 64));
			for (const piece of pieces(column)) expect(piece.length).toBeLessThanOrEqual(64);
		}
		expect(messages.at(-1)!.type).toBe('done');
		const arrival = new TableArrival();
		for (const m of messages) if (m.type === 'text') arrival.text(m.column, m.text);
		const whole = arrival.done(doneOf(messages).table);
		expect(whole.notes.text).toBe(table.notes.text);
		expect(whole.id.text).toBe(table.id.text);
	});

	it('refuse a table whose text did not come, or came cut', () => {
		const done = doneOf(arrived());
		const idOnly = new TableArrival();
		idOnly.text('id', table.id.text);
		expect(() => idOnly.done(done.table)).toThrow(expect.objectContaining({ problem: { code: 'readerNoText', values: { column: 'notes' } } }));
		expect(() => idOnly.done(done.table)).toThrow('the table reader sent no notes text');
		const cut = new TableArrival();
		cut.text('id', table.id.text);
		cut.text('notes', table.notes.text.slice(1));
		expect(() => cut.done(done.table)).toThrow(`the table reader sent a notes text of ${(table.notes.text.length - 1).toLocaleString('en-GB')} characters, its offsets end at ${table.notes.text.length.toLocaleString('en-GB')}`);
	});
});
