import { describe, expect, it } from 'vitest';
import { DataWorkerMessageSchema, tablePosts, tableWithTexts, type TextColumn } from './data-worker-messages';
import { syntheticEventTable } from './synthetic';

describe('DataWorkerMessageSchema', () => {
	const table = syntheticEventTable({ count: 20, seed: 3 });

	it('accepts progress, a text, a table without its texts and a failure as the data worker posts them', () => {
		expect(DataWorkerMessageSchema.safeParse({ type: 'progress', read: 10, total: null }).success).toBe(true);
		for (const message of tablePosts(table)) expect(DataWorkerMessageSchema.safeParse(message).success).toBe(true);
		expect(DataWorkerMessageSchema.safeParse({ type: 'failed', reason: 'the server answered 404' }).success).toBe(true);
	});

	it('refuses a table whose columns are not typed arrays, a text of no known column, and a message of no known type', () => {
		const [, , done] = tablePosts(table);
		expect(DataWorkerMessageSchema.safeParse({ ...done, table: { ...table, start: Array.from(table.start) } }).success).toBe(false);
		expect(DataWorkerMessageSchema.safeParse({ type: 'text', column: 'source', text: '' }).success).toBe(false);
		expect(DataWorkerMessageSchema.safeParse({ type: 'progress', read: -1, total: null }).success).toBe(false);
		expect(DataWorkerMessageSchema.safeParse({ type: 'table', table }).success).toBe(false);
	});
});

describe('tablePosts and tableWithTexts', () => {
	const table = syntheticEventTable({ count: 50, seed: 4 });
	const arrived = () => tablePosts(table).map((message) => DataWorkerMessageSchema.parse(structuredClone(message)));

	it('send the texts first, each alone, and give the table whole again, column by column', () => {
		const messages = arrived();
		expect(messages.map((m) => m.type)).toEqual(['text', 'text', 'done']);
		const texts = new Map<TextColumn, string>();
		for (const m of messages) if (m.type === 'text') texts.set(m.column, m.text);
		const done = messages.at(-1)!;
		if (done.type !== 'done') throw new Error('no table');
		expect('text' in done.table.notes).toBe(false);
		const whole = tableWithTexts(done.table, texts);
		for (const name of Object.keys(table) as (keyof typeof table)[]) expect(whole[name], name).toEqual(table[name]);
	});

	it('refuse a table whose text did not come, or came cut', () => {
		const done = arrived().at(-1)!;
		if (done.type !== 'done') throw new Error('no table');
		expect(() => tableWithTexts(done.table, new Map([['id', table.id.text]]))).toThrow('the data worker sent no notes text');
		const cut = new Map<TextColumn, string>([['id', table.id.text], ['notes', table.notes.text.slice(1)]]);
		expect(() => tableWithTexts(done.table, cut)).toThrow(`the data worker sent a notes text of ${table.notes.text.length - 1} characters, its offsets end at ${table.notes.text.length}`);
	});
});
