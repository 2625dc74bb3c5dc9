import { describe, expect, it } from 'vitest';
import { ACLED_COLUMNS, UCDP_COLUMNS, acledRecord, csvLine, ucdpRecord } from '../synthetic-csv';
import { syntheticEvents } from '../synthetic';
import { importCsv } from './importer';
import type { ImportOptions, ImportResult } from './import-options';
import { stringAt } from '../event-table';

const options: ImportOptions = { name: 'test.csv', countingRule: (preset, column) => `${preset}:${column}` };

function acledCsv(count: number, seed = 1): string {
	let text = csvLine(ACLED_COLUMNS);
	for (const event of syntheticEvents({ count, seed })) text += csvLine(acledRecord(event));
	return text;
}

function ok(result: ImportResult) {
	if (!result.ok) throw new Error(`${result.code} ${result.detail}`);
	return result;
}

const generic = (rows: string[], newline = '\n') => ['date,lat,lon,location,deaths', ...rows].join(newline) + newline;

describe('importCsv', () => {
	it('imports a synthetic ACLED export, marked synthetic, and reports each bad row by row and column', async () => {
		const bad = [
			ACLED_COLUMNS.map((c) => (c === 'latitude' ? '191.2' : c === 'longitude' ? '1' : c === 'event_date' ? '2019-01-01' : c === 'event_id_cnty' ? 'SYN-X1' : '')).join(','),
			ACLED_COLUMNS.map((c) => (c === 'latitude' ? '14' : c === 'longitude' ? '1' : c === 'event_date' ? 'not a date' : c === 'event_id_cnty' ? 'SYN-X2' : '')).join(','),
			'SYN-X3,2019-01-01,2019'
		].join('\n');
		const result = ok(await importCsv(acledCsv(200) + bad + '\n', options));
		expect(result.table).toMatchObject({ name: 'test.csv', countingRule: 'acled:fatalities', synthetic: true, length: 200 });
		expect(result.report).toMatchObject({ preset: 'acled', delimiter: ',', encoding: 'utf-8', rowsRead: 203, imported: 200, rejected: 3 });
		expect(result.report.problems).toEqual([
			{ row: 201, column: 'latitude', code: 'outOfRange', value: '191.2', expected: '−90…90' },
			{ row: 202, column: 'event_date', code: 'dateUnparsable', value: 'not a date', expected: '' },
			{ row: 203, column: '', code: 'ragged', value: '3', expected: '31' }
		]);
		expect(result.report.reasons).toHaveLength(3);
	});

	it('imports a synthetic UCDP GED file with its low and high', async () => {
		let text = csvLine(UCDP_COLUMNS);
		for (const event of syntheticEvents({ count: 50, seed: 2, ucdp: true })) text += csvLine(ucdpRecord(event));
		const result = ok(await importCsv(text, options));
		expect(result.report.preset).toBe('ucdp-ged');
		expect(result.table.length).toBe(50);
		expect(result.table.countingRule).toBe('ucdp-ged:best');
		expect(result.table.fatalitiesLow.every((low, i) => low <= result.table.fatalities[i]!)).toBe(true);
	});

	it('reads quoted fields with commas and line breaks, CRLF, a BOM, and ; or tab delimiters', async () => {
		const rows = ['2019-03-10,14.5,-4.2,"Ménaka, ""east""\nside",3', '2019-03-11,15,-3,Gao,'];
		const crlf = ok(await importCsv('\uFEFF' + generic(rows, '\r\n'), options));
		expect(crlf.table.length).toBe(2);
		expect([0, 1].map((r) => stringAt(crlf.table.location, r))).toEqual(['Ménaka, "east"\nside', 'Gao']);
		expect(crlf.table.countingRule).toBe('generic:deaths');
		expect(Array.from(crlf.table.fatalities)).toEqual([3, NaN]);
		for (const delimiter of [';', '\t']) {
			const text = generic(rows).replaceAll(',', delimiter).replace('14.5', '14,5');
			const result = ok(await importCsv(text, options));
			expect(result.report.delimiter).toBe(delimiter);
			expect(result.table.lat[0]).toBeCloseTo(14.5);
		}
	});

	it('decides dd/mm from a value above 12, and rejects ambiguous dates when none tells', async () => {
		const dmy = ok(await importCsv(generic(['03/04/2021,1,1,a,', '25/04/2021,1,1,b,']), options));
		expect(dmy.report.dayOrder).toBe('dmy');
		expect(dmy.table.start[0]).toBe(Date.UTC(2021, 3, 3));
		const unknown = ok(await importCsv(generic(['03/04/2021,1,1,a,', '2021-04-25,1,1,b,']), options));
		expect(unknown.report).toMatchObject({ dayOrder: 'unknown', imported: 1, problems: [{ row: 1, column: 'date', code: 'dateAmbiguous' }] });
	});

	it('falls back to Latin-1 when the bytes are not UTF-8, and keeps UTF-8 characters whole across chunks', async () => {
		const latin1 = new Uint8Array([...new TextEncoder().encode('date,lat,lon,location\n2019-03-10,1,1,M'), 0xe9, ...new TextEncoder().encode('naka\n')]);
		const result = ok(await importCsv(new Blob([latin1]), options));
		expect(result.report.encoding).toBe('windows-1252');
		expect(stringAt(result.table.location, 0)).toBe('Ménaka');
		// A file that turns out not to be UTF-8 only after the first 64 KB is read again as Latin-1 (its last row, ragged, is rejected).
		const late = new Blob([generic(Array.from({ length: 5000 }, () => '2019-03-10,1,1,Ménaka,1')), latin1.slice(22)]);
		expect(ok(await importCsv(late, options)).report).toMatchObject({ encoding: 'windows-1252', rowsRead: 5001, imported: 5000 });
		const utf8 = ok(await importCsv(new Blob([generic(Array.from({ length: 60_000 }, () => '2019-03-10,1,1,Ménaka,1'))]), options));
		expect(utf8.report.encoding).toBe('utf-8');
		expect(Array.from({ length: utf8.table.length }, (_, r) => stringAt(utf8.table.location, r))).toEqual(Array(60_000).fill('Ménaka'));
	});

	it('fails clearly, never with an empty table', async () => {
		expect(await importCsv('', options)).toMatchObject({ ok: false, code: 'empty' });
		expect(await importCsv('when,where\n1,2\n', options)).toMatchObject({ ok: false, code: 'missingColumns', detail: 'date, lat, lon' });
		const none = await importCsv(generic(['nope,1,1,a,']), options);
		expect(none).toMatchObject({ ok: false, code: 'noValidRows', report: { rowsRead: 1, rejected: 1 } });
	});

	it('stops when its signal fires, and reports progress on the way', async () => {
		const controller = new AbortController();
		const seen: number[] = [];
		const result = await importCsv(acledCsv(8000), {
			...options,
			signal: controller.signal,
			onProgress: (p) => {
				seen.push(p.rows);
				controller.abort();
			}
		});
		expect(result).toMatchObject({ ok: false, code: 'cancelled' });
		expect(seen.length).toBe(1);
		expect(seen[0]).toBeGreaterThan(0);
	});

	it('reads a file with the reader’s columns and day order, and hands on every problem beyond the kept ones', async () => {
		const rows = ['03/04/2021;14;2;x', ...Array.from({ length: 150 }, (_, i) => `03/04/2021;${100 + i};2;y`)];
		const text = ['quand;nord;est;lieu', ...rows].join('\n') + '\n';
		expect(await importCsv(text, options)).toMatchObject({ ok: false, code: 'missingColumns', head: { header: ['quand', 'nord', 'est', 'lieu'] } });
		const heard: number[] = [];
		const result = await importCsv(text, {
			...options,
			columns: { preset: { name: 'generic', mapping: { date: 0, lat: 1, lon: 2, location: 3 } }, dayOrder: 'mdy' },
			onProblem: (p) => heard.push(p.row)
		});
		const { table, report, head } = ok(result);
		expect(table.start[0]).toBe(Date.UTC(2021, 2, 4));
		expect(head.dayOrder).toBe('mdy');
		expect(head.rows).toHaveLength(5);
		expect(report.problems).toHaveLength(100);
		expect(heard).toEqual(Array.from({ length: 150 }, (_, i) => i + 2));
	});
});
