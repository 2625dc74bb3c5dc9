// An event table with every kind of value, and helpers to look into its file, for the reader's tests.
import { expect } from 'vitest';
import { EventTableFormatError } from '../../src/lib/dataset/binary-format';
import { align8, readHeader } from '../../src/lib/dataset/binary-header';
import { buildEventTable, type EventRow } from '../../src/lib/dataset/build-table';
import type { EventTable } from '../../src/lib/dataset/event-table';
import { mulberry32, randomInt } from '../../src/lib/dataset/prng';

export const META = { name: 'Test — «table»', countingRule: 'rule', synthetic: false };

/** 200 rows: Unicode texts, empty ones, missing and present fatalities, days and months. */
export function unicodeTable(): EventTable {
	const random = mulberry32(31);
	const rows = Array.from({ length: 200 }, (_, i): EventRow => ({
		id: `ID-${i}`,
		start: randomInt(random, 40) * 86_400_000,
		lon: random() * 20 - 5,
		lat: 10 + random() * 10,
		timePrecision: random() < 0.5 ? 'day' : 'month',
		actor1: ['Groupe é', 'Milice 🙂', ''][i % 3],
		fatalities: i % 4 === 0 ? null : i % 7,
		fatalitiesHigh: i % 5 === 0 ? i : null,
		location: ['Ménaka', 'Tillabéri', 'N\u2019Djamena', ''][i % 4],
		notes: i % 9 === 0 ? '' : `note ${i}: "quoted", 🙂, line\nbreak`
	}));
	return buildEventTable(rows, META);
}

/** Where each column starts in a file. */
export function columnOffsets(bytes: Uint8Array): Map<string, number> {
	const { header, columnsStart } = readHeader(bytes)!;
	const offsets = new Map<string, number>();
	let at = columnsStart;
	for (const column of header.columns) {
		at = align8(at);
		offsets.set(column.name, at);
		at += column.byteLength;
	}
	return offsets;
}

/** Expects `run` to refuse the file with this reason. */
export function expectFormatError(run: () => unknown, message: string): void {
	expect(run).toThrow(EventTableFormatError);
	expect(run).toThrow(message);
}
