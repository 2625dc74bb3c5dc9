// The importer reads a file in pieces of 64 KB and counts its records first; whatever falls on a
// piece's edge (a quoted field with commas, quotes and line breaks, a CRLF, an accent cut between
// its two UTF-8 bytes), every row comes out as written: checked against the rows the test wrote.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringAt } from '../event-table';
import { importCsv } from './importer';

const DAY = 86_400_000;
const options = { name: 'pieces.csv', countingRule: () => 'rule' };
/** Makes every file longer than a piece, whatever the generated text. */
const FILLER = 'n'.repeat(120);

interface Row {
	day: number;
	lat: number;
	lon: number;
	location: string;
	notes: string;
}

const latin = (emoji: boolean) =>
	fc.array(fc.constantFrom('a', 'b', ' ', 'é', 'Ménaka', ',', ';', '\t', '"', '\n', '\r\n', '«', ...(emoji ? ['🙂', '—'] : [])), { maxLength: 60 }).map((parts) => parts.join(''));

const rowsOf = (emoji: boolean) =>
	fc.array(
		fc.record({
			day: fc.integer({ min: 16_000, max: 19_000 }),
			lat: fc.integer({ min: -900_000, max: 900_000 }).map((n) => n / 10_000),
			lon: fc.integer({ min: -1_800_000, max: 1_800_000 }).map((n) => n / 10_000),
			location: latin(emoji),
			notes: latin(emoji).map((text) => `${text} ${FILLER} ${text}`)
		}),
		{ minLength: 600, maxLength: 900 }
	);

const file = fc.record({ latin1: fc.boolean(), delimiter: fc.constantFrom(',', ';', '\t'), newline: fc.constantFrom('\n', '\r\n'), bom: fc.boolean() }).chain((shape) =>
	rowsOf(!shape.latin1).map((rows) => ({ ...shape, rows }))
);

function csvText(rows: Row[], delimiter: string, newline: string): string {
	const cell = (text: string) => (/["\r\n,;\t]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
	const lines = rows.map((r) => [new Date(r.day * DAY).toISOString().slice(0, 10), r.lat.toFixed(4), r.lon.toFixed(4), cell(r.location), cell(r.notes)].join(delimiter));
	return ['date', 'lat', 'lon', 'location', 'notes'].join(delimiter) + newline + lines.join(newline) + newline;
}

describe('importCsv in pieces', () => {
	it('reads every row as written, whatever is cut at the pieces’ edges: quotes, line breaks, CRLF, BOM, UTF-8 or Latin-1', async () => {
		await fc.assert(
			fc.asyncProperty(file, async ({ rows, latin1, delimiter, newline, bom }) => {
				const text = (bom && !latin1 ? '\uFEFF' : '') + csvText(rows, delimiter, newline);
				const bytes = latin1 ? Uint8Array.from(text, (c) => c.charCodeAt(0)) : new TextEncoder().encode(text);
				expect(bytes.length).toBeGreaterThan(1 << 16);
				const result = await importCsv(new Blob([bytes]), options);
				if (!result.ok) throw new Error(`${result.code} ${result.detail}`);
				const { table, report } = result;
				expect(report).toMatchObject({ imported: rows.length, rejected: 0, encoding: latin1 ? 'windows-1252' : 'utf-8', delimiter });
				// Sorted by day, ties in file order; the mapper trims text fields.
				const expected = rows.map((row, i) => ({ row, i })).sort((a, b) => a.row.day - b.row.day || a.i - b.i).map(({ row }) => row);
				const read = (k: number) => [table.start[k], table.lat[k], table.lon[k], stringAt(table.location, k), stringAt(table.notes, k)];
				const wrote = (r: Row) => [r.day * DAY, Math.fround(r.lat), Math.fround(r.lon), r.location.trim(), r.notes.trim()];
				expect(Array.from({ length: table.length }, (_, k) => read(k))).toEqual(expected.map(wrote));
			}),
			{ numRuns: 12 }
		);
	}, 120_000);
});
