import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { countRecords, RecordCounter } from './record-count';

/** A field as a spreadsheet writes it: quoted (quotes doubled) when it holds a quote, a comma or a line break. */
const field = fc
	.array(fc.constantFrom('a', 'é', '🙂', ' ', ',', '"', '\n', '\r\n', '1.5'), { maxLength: 6 })
	.map((parts) => parts.join(''))
	.map((text) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text));

/** A CSV: records of 2–4 fields, LF or CRLF, now and then an empty line, the last line break optional. */
const csv = fc
	.record({
		records: fc.array(fc.tuple(fc.array(field, { minLength: 2, maxLength: 4 }), fc.boolean()), { minLength: 1, maxLength: 40 }),
		newline: fc.constantFrom('\n', '\r\n'),
		last: fc.boolean()
	})
	.map(({ records, newline, last }) => ({
		newline,
		text: records.map(([fields, blankAfter]) => fields.join(',') + (blankAfter ? newline : '')).join(newline) + (last ? newline : '')
	}));

describe('record count', () => {
	it('counts the records PapaParse reads, from bytes cut anywhere', () => {
		fc.assert(
			fc.property(csv, fc.array(fc.nat(), { maxLength: 8 }), ({ text, newline }, cuts) => {
				const expected = Papa.parse(text, { skipEmptyLines: true, newline: newline as '\n' | '\r\n' }).data.length;
				const bytes = new TextEncoder().encode(text);
				const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
				const counter = new RecordCounter();
				[0, ...at].forEach((from, i) => counter.add(bytes.subarray(from, at[i] ?? bytes.length)));
				expect(counter.records).toBe(expected);
			})
		);
	});

	it('counts a file and a string alike, and stops when cancelled', async () => {
		const text = 'a,b\r\n"1\n2",3\r\n\r\nx,y';
		expect(await countRecords(new Blob([text]))).toBe(3);
		expect(await countRecords(text)).toBe(3);
		const controller = new AbortController();
		controller.abort();
		expect(await countRecords(text, controller.signal)).toBeUndefined();
	});
});
