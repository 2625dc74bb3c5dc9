import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { errorsCsvHeader, errorsCsvLine } from './errors-csv';
import { problem } from './row-problem';

describe('errors.csv', () => {
	it('is a CSV a spreadsheet reads back: row, column, value and the reason in the reader’s language', () => {
		const problems = [
			problem(3, 'latitude', 'outOfRange', '191.2', '−90…90'),
			problem(4, 'notes, "quoted"', 'missing', ''),
			problem(5, '', 'ragged', '3', '31')
		];
		const fr = errorsCsvHeader('fr') + problems.map((p) => errorsCsvLine(p, 'fr')).join('');
		expect(Papa.parse(fr.trimEnd(), { newline: '\r\n' }).data).toEqual([
			['Ligne', 'Colonne', 'Valeur', 'Motif'],
			['3', 'latitude', '191.2', 'latitude 191.2 est hors de −90…90'],
			['4', 'notes, "quoted"', '', 'notes, "quoted" est vide'],
			['5', 'ligne entière', '3', 'la ligne a 3 champs, l’en-tête 31']
		]);
	});
	it('keeps a value a spreadsheet would run as a formula inert, and negative numbers as they are', () => {
		const line = (value: string) => errorsCsvLine(problem(1, 'x', 'notANumber', value), 'en').split(',')[2];
		expect(line('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
		expect(line('@SUM(1)')).toBe(`'@SUM(1)`);
		expect(line('-14.5')).toBe('-14.5');
	});
});
