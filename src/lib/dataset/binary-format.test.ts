import { describe, expect, it } from 'vitest';
import { decodeEventTable, encodeEventTable, EventTableFormatError, eventTableParts, readEventTable } from './binary-format';
import { align8, COLUMNS, FORMAT_VERSION, MAX_U16_VALUES, PREAMBLE_BYTES, readHeader, type Header } from './binary-header';
import { buildEventTable, type EventRow } from './build-table';
import { stringAt, type EventTable } from './event-table';
import { mulberry32, randomInt } from './prng';
import { syntheticEventTable } from './synthetic';
import { withHeader } from '../../../tests/unit/event-table-files';
import { columnOffsets, expectFormatError, META, unicodeTable } from '../../../tests/unit/binary-table-fixtures';

/** Room for the larger random cases on a slow or busy machine (no timing is asserted). */
const HEAVY_MS = 30_000;

describe('encodeEventTable / decodeEventTable', () => {
	it('round-trips a table: numbers, NaN fatalities, dictionaries, Unicode strings', () => {
		for (const table of [unicodeTable(), syntheticEventTable({ count: 3000, seed: 5 }), buildEventTable([], META)]) {
			expect(decodeEventTable(encodeEventTable(table))).toEqual(table);
		}
	}, HEAVY_MS);

	it('gives the same file as a Blob of pieces that view the table’s own columns, not copies of them', async () => {
		const table = syntheticEventTable({ count: 500, seed: 6 });
		const parts = eventTableParts(table);
		const bytes = new Uint8Array(await new Blob(parts as Uint8Array<ArrayBuffer>[]).arrayBuffer());
		expect(decodeEventTable(bytes)).toEqual(table);
		expect(parts.some((part) => part.buffer === table.start.buffer)).toBe(true);
		expect(parts.some((part) => part.buffer === table.fatalities.buffer)).toBe(true);
	});

	it('holds places and sources once each, as codes: 16-bit up to 65,536 values, 32-bit beyond, the rows unchanged', () => {
		const random = mulberry32(33);
		const places = (n: number) => Array.from({ length: n }, (_, i) => `Place ${i} é`);
		for (const [distinct, Codes] of [
			[12, Uint16Array],
			[MAX_U16_VALUES, Uint16Array],
			[MAX_U16_VALUES + 1, Uint32Array]
		] as const) {
			const names = places(distinct);
			// Every value at least once, then repeats in a random order.
			const rows = Array.from({ length: distinct + 500 }, (_, i): EventRow => ({
				id: `R${i}`,
				start: randomInt(random, 1000) * 60_000,
				lon: 1,
				lat: 14,
				location: i < distinct ? names[i] : names[randomInt(random, distinct)],
				source: i % 3 === 0 ? '' : `Source ${i % 5}`
			}));
			const table = buildEventTable(rows, META);
			expect(table.location.codes).toBeInstanceOf(Codes);
			expect(table.location.values).toHaveLength(distinct);
			expect(table.source.values).toHaveLength(6);
			const decoded = decodeEventTable(encodeEventTable(table));
			expect(decoded.location).toEqual(table.location);
			expect(decoded.source).toEqual(table.source);
			expect(decoded.location.codes).toBeInstanceOf(Codes);
			// Row by row, against the rows as given (the table is sorted by start, ties in the given order).
			const order = rows.map((row, i) => ({ row, i })).sort((a, b) => a.row.start - b.row.start || a.i - b.i);
			const read = (column: 'id' | 'location' | 'source') => Array.from({ length: decoded.length }, (_, r) => stringAt(decoded[column], r));
			for (const column of ['id', 'location', 'source'] as const) expect(read(column)).toEqual(order.map(({ row }) => row[column]));
		}
	}, 2 * HEAVY_MS);

	it('says when a coded column does not fit its values', () => {
		const bytes = encodeEventTable(unicodeTable());
		const tooMany = withHeader(bytes, (h) => (h.values.location = Array.from({ length: MAX_U16_VALUES + 1 }, (_, i) => `p${i}`)));
		expectFormatError(() => decodeEventTable(tooMany), 'the header’s column location.codes has u16 codes for 65,537 values; more than 65,536 need u32');
		const missing = withHeader(bytes, (h) => delete (h as Partial<Header>).values);
		expectFormatError(() => decodeEventTable(missing), 'the header’s values of location are not a list');
		const fewer = withHeader(bytes, (h) => (h.values.location = h.values.location.slice(0, 2)));
		expectFormatError(() => decodeEventTable(fewer), 'but it has only 2 values');
	});

	it('lays the file out as documented: magic, version, header length, 8-byte-aligned columns', () => {
		const bytes = encodeEventTable(unicodeTable());
		expect(new TextDecoder().decode(bytes.subarray(0, 8))).toBe('SAHELEVT');
		expect(Array.from(bytes.subarray(8, 12))).toEqual([FORMAT_VERSION, 0, 0, 0]);
		expect(FORMAT_VERSION).toBe(2);
		const headerLength = new DataView(bytes.buffer).getUint32(12, true);
		const header = JSON.parse(new TextDecoder().decode(bytes.subarray(16, 16 + headerLength))) as Header;
		expect(header).toMatchObject({ name: META.name, countingRule: 'rule', synthetic: false, length: 200 });
		expect(header.columns.map((c) => [c.name, c.type])).toEqual(COLUMNS);
		for (const offset of columnOffsets(bytes).values()) expect(offset % 8).toBe(0);
	});

	it('decodes into buffers of its own, from aligned or unaligned bytes', () => {
		const table = unicodeTable();
		const bytes = encodeEventTable(table);
		const decoded = decodeEventTable(bytes);
		expect(decoded.start.buffer).not.toBe(bytes.buffer);
		expect(decoded.lat.buffer).toBe(decoded.start.buffer);
		const shifted = new Uint8Array(bytes.length + 1);
		shifted.set(bytes, 1);
		expect(decodeEventTable(shifted.subarray(1))).toEqual(table);
	});

	it('says when a file is not an event table, or from a newer version', () => {
		const bytes = encodeEventTable(unicodeTable());
		expectFormatError(() => decodeEventTable(new TextEncoder().encode('<!doctype html><title>404</title>')), 'not a Sahel Timeline event table');
		expectFormatError(() => decodeEventTable(new Uint8Array(0)), 'not a Sahel Timeline event table (the file is empty)');
		const newer = bytes.slice();
		newer[8] = 7;
		expectFormatError(() => decodeEventTable(newer), 'version 7 is newer than this app reads (2)');
		const older = bytes.slice();
		older[8] = 1;
		expectFormatError(() => decodeEventTable(older), 'version 1 is older than this app reads (2): make the table again (npm run generate, or import its CSV)');
	});

	it('says how much is missing from a truncated file', () => {
		const bytes = encodeEventTable(unicodeTable());
		const headerLength = new DataView(bytes.buffer).getUint32(12, true);
		expectFormatError(() => decodeEventTable(bytes.subarray(0, 10)), 'truncated: expected 16 bytes of preamble, got 10');
		expectFormatError(() => decodeEventTable(bytes.subarray(0, 40)), `truncated: expected ${headerLength.toLocaleString('en-GB')} bytes of header, got 24`);
		const lat = columnOffsets(bytes).get('lat')!;
		expectFormatError(() => decodeEventTable(bytes.subarray(0, lat + 100)), 'truncated: expected 800 bytes of column lat, got 100');
	});

	it('says what is wrong with a header', () => {
		const bytes = encodeEventTable(unicodeTable());
		const garbled = bytes.slice();
		garbled[PREAMBLE_BYTES] = '['.charCodeAt(0);
		expectFormatError(() => decodeEventTable(garbled), 'the header is not valid JSON');
		expectFormatError(() => decodeEventTable(withHeader(bytes, (h) => delete (h as Partial<Header>).name)), 'the header has no name');
		const swapped = withHeader(bytes, (h) => h.columns.splice(2, 2, h.columns[3]!, h.columns[2]!));
		expectFormatError(() => decodeEventTable(swapped), 'the header’s column 3 should be lon (f32), not lat (f32)');
		// Found by the 10,000-case fuzz: a damaged name quoted into the message kept its line break.
		const newline = withHeader(bytes, (h) => (h.columns[2]!.name = 'lo\nn'));
		expectFormatError(() => decodeEventTable(newline), 'the header’s column 3 should be lon (f32), not lo\\nn (f32)');
		const badDictionary = withHeader(bytes, (h) => (h.dictionaries = { ...h.dictionaries, actors: ['x'] }));
		expectFormatError(() => decodeEventTable(badDictionary), 'the header’s dictionary actors is not a list');
		expect(decodeEventTable(withHeader(bytes, () => undefined))).toEqual(unicodeTable());
	});

	it('says when lengths disagree', () => {
		const bytes = encodeEventTable(unicodeTable());
		const short = withHeader(bytes, (h) => (h.columns.find((c) => c.name === 'lat')!.byteLength -= 4));
		expectFormatError(() => decodeEventTable(short), 'lengths disagree: column lat has 796 bytes, but 200 values of f32 take 800');
		const longer = new Uint8Array(bytes.length + 8);
		longer.set(bytes);
		expectFormatError(() => decodeEventTable(longer), `lengths disagree: the file has ${(bytes.length + 8).toLocaleString('en-GB')} bytes, its header describes ${bytes.length.toLocaleString('en-GB')}`);
		const fewerRows = withHeader(bytes, (h) => (h.length = 199));
		expectFormatError(() => decodeEventTable(fewerRows), 'lengths disagree: column start has 1,600 bytes, but 199 values of f64 take 1,592');
	});

	it('checks the columns: sorted starts, spans, codes, offsets, UTF-8', () => {
		const table = unicodeTable();
		const broken = (edit: (t: { -readonly [K in keyof EventTable]: EventTable[K] }) => void) => {
			const copy = structuredClone(table) as { -readonly [K in keyof EventTable]: EventTable[K] };
			edit(copy);
			return encodeEventTable(copy);
		};
		const k = table.start.findIndex((s, r) => r > 0 && s > table.start[r - 1]!);
		const unsorted = broken((t) => {
			[t.start[k - 1], t.start[k]] = [t.start[k]!, t.start[k - 1]!];
			[t.end[k - 1], t.end[k]] = [t.end[k]!, t.end[k - 1]!];
		});
		expectFormatError(() => decodeEventTable(unsorted), `column start is not sorted by time: row ${k} (`);
		expectFormatError(() => decodeEventTable(broken((t) => (t.end[3] = t.start[3]! - 1))), 'row 3 ends (');
		expectFormatError(() => decodeEventTable(broken((t) => (t.actor1[5] = 999))), 'row 5: column actor1 holds code 999, but it has only 3 values');
		expectFormatError(() => decodeEventTable(broken((t) => (t.timePrecision[0] = 9))), 'row 0: column timePrecision holds code 9');
		expectFormatError(() => decodeEventTable(broken((t) => (t.lat[2] = 95))), 'row 2: ');
		expectFormatError(() => decodeEventTable(broken((t) => (t.fatalities[1] = -1))), 'row 1: column fatalities holds -1, below 0');
		expectFormatError(() => decodeEventTable(broken((t) => t.notes.offsets[200]!--)), 'lengths disagree: column notes’s offsets end at');
		expectFormatError(() => decodeEventTable(broken((t) => (t.id.offsets[7] = 0))), 'column id: row 6 ends (0) before it starts');
		const notUtf8 = encodeEventTable(table);
		notUtf8[columnOffsets(notUtf8).get('notes.text')! + 3] = 0xff;
		expectFormatError(() => decodeEventTable(notUtf8), 'column notes.text is not valid UTF-8 text');
	});
});

/** A stream of `bytes` in chunks of the given sizes (the last size repeats); counts pulls and notes a cancel. */
