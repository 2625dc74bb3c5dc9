import { describe, expect, it } from 'vitest';
import { decodeEventTable, encodeEventTable, EventTableFormatError } from './binary-format';
import { buildEventTable, type EventRow } from './build-table';
import { stringAt, type EventTable } from './event-table';
import { FACTS, STORED_COLUMNS, storedBytes, storedColumns, storedFacts, tableFromStored, type StoredPart } from './stored-table';
import { syntheticEvents, syntheticEventTable } from './synthetic';

/** What IndexedDB holds after a save: each record structured-cloned, as a put does. */
function kept(table: EventTable, pieceChars?: number): Map<StoredPart, unknown> {
	const records = new Map<StoredPart, unknown>([[FACTS, structuredClone(storedFacts(table, pieceChars))]]);
	for (const [part, value] of storedColumns(table, pieceChars)) records.set(part, structuredClone(value));
	return records;
}

const readFrom = (records: Map<StoredPart, unknown>) => (part: StoredPart) => Promise.resolve(records.get(part));

function unicodeTable(): EventTable {
	const rows = Array.from({ length: 60 }, (_, i): EventRow => ({
		id: `ID-${i}-é`,
		start: (60 - i) * 86_400_000,
		lon: i / 10,
		lat: 12 + i / 100,
		actor1: ['Groupe é', 'Milice 🙂', ''][i % 3],
		fatalities: i % 4 === 0 ? null : i % 7,
		location: ['Ménaka', 'Tillabéri', ''][i % 3],
		notes: i % 9 === 0 ? '' : `note ${i}: « cité », 🙂\nligne`
	}));
	return buildEventTable(rows, { name: 'Unicode «table»', countingRule: 'rule', synthetic: false });
}

describe('the column store form of a table', () => {
	it('keeps a generated table column by column: read back, every column equals the table’s', async () => {
		for (const table of [syntheticEventTable({ count: 3000, seed: 12 }), unicodeTable()]) {
			const back = await tableFromStored(readFrom(kept(table)));
			for (const name of ['start', 'end', 'timePrecision', 'lon', 'lat', 'geoPrecision', 'eventType', 'actor1', 'actor2', 'country', 'admin1', 'fatalities', 'fatalitiesLow', 'fatalitiesHigh'] as const) {
				expect(back[name], name).toEqual(table[name]);
			}
			expect(back.id).toEqual(table.id);
			expect(back.notes).toEqual(table.notes);
			expect(back.location).toEqual(table.location);
			expect(back.source).toEqual(table.source);
			expect(back.dictionaries).toEqual(table.dictionaries);
			expect([back.name, back.countingRule, back.synthetic, back.length]).toEqual([table.name, table.countingRule, table.synthetic, table.length]);
		}
	});

	it('gives back the generator’s own events, row by row, in start order', async () => {
		const events = [...syntheticEvents({ count: 500, seed: 4 })];
		const back = await tableFromStored(readFrom(kept(syntheticEventTable({ count: 500, seed: 4 }))));
		// Sorted by start, ties in the generator's order: what the table promises, computed here on the rows.
		const sorted = events.map((event, i) => ({ event, i })).sort((a, b) => a.event.start - b.event.start || a.i - b.i);
		sorted.forEach(({ event }, r) => {
			expect(stringAt(back.id, r)).toBe(event.id);
			expect(back.start[r]).toBe(event.start);
			expect(back.lon[r]).toBe(Math.fround(event.lon));
			expect(back.fatalities[r]).toBe(event.fatalities);
			expect(stringAt(back.notes, r)).toBe(event.notes ?? '');
			expect(stringAt(back.location, r)).toBe(event.location ?? '');
		});
	});

	it('stores a column read from a file (a view into one block) as its own bytes, not the whole block', () => {
		const fromFile = decodeEventTable(encodeEventTable(syntheticEventTable({ count: 200, seed: 3 })));
		expect(fromFile.lat.buffer).toBe(fromFile.start.buffer); // the decoder's one block
		for (const [part, value] of storedColumns(fromFile)) {
			if (typeof value === 'string') continue;
			expect(value.buffer.byteLength, part).toBe(value.byteLength);
		}
		expect([...storedColumns(fromFile)].map(([part]) => part)).toEqual([...STORED_COLUMNS]);
	});

	it('refuses a kept table that is missing a record, holds another type or breaks a promise of the table, saying which', async () => {
		const table = syntheticEventTable({ count: 100, seed: 8 });
		const damaged = async (change: (records: Map<StoredPart, unknown>) => void) => {
			const records = kept(table);
			change(records);
			return tableFromStored(readFrom(records));
		};
		await expect(damaged((r) => r.delete(FACTS))).rejects.toThrow(EventTableFormatError);
		await expect(damaged((r) => r.delete('notes.text'))).rejects.toThrow(/notes\.text is missing or not of its type/);
		await expect(damaged((r) => r.set('start', new Float32Array(100)))).rejects.toThrow(/start is missing or not of its type/);
		await expect(damaged((r) => r.set('lat', new Float32Array(99)))).rejects.toThrow(/lengths disagree/);
		const unsorted = Float64Array.from(table.start);
		unsorted[50] = unsorted[49]! - 1; // earlier than the row before it, still before its own end
		await expect(damaged((r) => r.set('start', unsorted))).rejects.toThrow(/not sorted by time: row 50/);
		await expect(damaged((r) => r.set(FACTS, { ...storedFacts(table), form: 2 }))).rejects.toThrow(/its facts do not read/);
		await expect(damaged((r) => r.set('id.text', 'short'))).rejects.toThrow(/offsets end at/);
	});

	it('keeps a long text in pieces of a bounded size, read back whole; a table kept before as one record each still reads', async () => {
		const table = unicodeTable();
		const records = kept(table, 100);
		const notes = [...records.keys()].filter((part) => part.startsWith('notes.text'));
		expect(notes).toEqual(['notes.text', ...Array.from({ length: Math.ceil(table.notes.text.length / 100) - 1 }, (_, i) => `notes.text/${i + 1}`)]);
		for (const part of notes) expect((records.get(part) as string).length).toBeLessThanOrEqual(100);
		expect(notes.map((part) => records.get(part)).join('')).toBe(table.notes.text);
		expect((await tableFromStored(readFrom(records))).notes).toEqual(table.notes);
		// The earlier form: no count of pieces in the facts, each text one record.
		const { textPieces: _, ...olderFacts } = storedFacts(table);
		const older = new Map<StoredPart, unknown>([...kept(table)].map(([part, value]) => [part, part === FACTS ? olderFacts : value]));
		expect((await tableFromStored(readFrom(older))).notes).toEqual(table.notes);
		// A piece lost: the text is not the length its offsets say.
		records.delete('notes.text/2');
		await expect(tableFromStored(readFrom(records))).rejects.toThrow(/notes\.text is missing or not of its type/);
	});

	it('counts the bytes it keeps: each typed array, and the texts as UTF-8', () => {
		const table = unicodeTable();
		const encoder = new TextEncoder();
		let expected = 0;
		for (const [, value] of storedColumns(table)) expected += typeof value === 'string' ? encoder.encode(value).length : value.byteLength;
		const { eventTypes, actors, countries, admin1 } = table.dictionaries;
		for (const text of [...eventTypes, ...actors, ...countries, ...admin1, ...table.location.values, ...table.source.values]) expected += encoder.encode(text).length;
		expect(storedBytes(table)).toBe(expected);
	});
});
