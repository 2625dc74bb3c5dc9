import { describe, expect, it } from 'vitest';
import { incident, opponent, own, toll, value } from '../../../tests/unit/toll-fixtures';
import { seed } from '../../../tests/unit/seed';
import { createRunningTotals } from './running-totals';
import { killedBySide } from './killed-by-side';
import { formatBand } from './format-band';

const attack = incident('2021-03-01T10:00:00+01:00', [
	toll('security', 'killed', own('x', value(10)), opponent('x', value(40))),
	toll('attackers', 'killed', opponent('x', value(20)))
]);

describe('killedBySide', () => {
	const totals = createRunningTotals([attack]);

	it('gives every side its own count and, apart, its opponents’ claim', () => {
		const cells = killedBySide(totals, Date.parse('2021-04-01T00:00:00Z'), 'range');
		expect(cells.map((cell) => [cell.side, formatBand(cell.counted, 'en'), cell.claimed && formatBand(cell.claimed, 'en')])).toEqual([
			['security', '10', '40'],
			['attackers', 'none reported', '20'],
			['civilians', 'none reported', null]
		]);
	});

	it('shows no claim before one is made', () => {
		const cells = killedBySide(totals, Date.parse('2021-01-01T00:00:00Z'), 'range');
		expect(cells.every((cell) => !cell.counted.reported && cell.claimed === null)).toBe(true);
	});

	// Chapter 11 of the seed: the Chinagodrar toll rising from 25 to 89 as the reports came out.
	it('follows Chinagodrar’s toll as the reports came out', () => {
		const chinagodrar = createRunningTotals(seed.incidents.filter((i) => i.id === 'chinagodrar-2020-01-09'));
		const security = (iso: string) => formatBand(killedBySide(chinagodrar, Date.parse(iso), 'range')[0]!.counted, 'en');
		expect(security('2020-01-09T18:00:00+01:00')).toBe('25');
		expect(security('2020-01-14T12:00:00+01:00')).toBe('89');
	});
});
