import { describe, expect, it } from 'vitest';
import { buildEventTable, type EventRow } from './build-table';
import { stringAt } from './event-table';
import { upsertTable } from './upsert';

const DAY = 86_400_000;
const row = (id: string, day: number, fatalities: number | null, notes = ''): EventRow => ({
	id, start: day * DAY, lon: 1, lat: 14, fatalities, notes, eventType: 'Battles'
});
const meta = { name: 'events.csv', countingRule: 'as given', synthetic: true };
const rows = (table: ReturnType<typeof buildEventTable>) =>
	Array.from({ length: table.length }, (_, r) => [stringAt(table.id, r), table.start[r]! / DAY, table.fatalities[r], stringAt(table.notes, r)]);

describe('upsertTable', () => {
	it('replaces rows with the same id, adds new ids and keeps the rest, sorted by time', () => {
		const stored = buildEventTable([row('SYN-1', 10, 3), row('SYN-2', 20, null), row('SYN-3', 30, 1)], meta);
		const incoming = buildEventTable([row('SYN-2', 21, 5, 'revised'), row('SYN-4', 5, 0)], meta);
		const { table, added, updated } = upsertTable(stored, incoming, meta);
		expect({ added, updated }).toEqual({ added: 1, updated: 1 });
		expect(rows(table)).toEqual([
			['SYN-4', 5, 0, ''],
			['SYN-1', 10, 3, ''],
			['SYN-2', 21, 5, 'revised'],
			['SYN-3', 30, 1, '']
		]);
		// "none reported" survives the round trip as NaN, never 0.
		const again = upsertTable(table, buildEventTable([row('SYN-9', 1, null)], meta), meta).table;
		expect(Number.isNaN(again.fatalities[0])).toBe(true);
		expect(again.dictionaries.eventTypes).toEqual(['', 'Battles']);
	});
	it('counts a re-import of the same file as all updated, with nothing duplicated', () => {
		const stored = buildEventTable([row('SYN-1', 1, 1), row('SYN-2', 2, 2)], meta);
		const { table, added, updated } = upsertTable(stored, stored, meta);
		expect({ added, updated, length: table.length }).toEqual({ added: 0, updated: 2, length: 2 });
	});
});
