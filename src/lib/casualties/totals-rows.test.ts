import { describe, expect, it } from 'vitest';
import { incident, opponent, own, toll, value } from '../../../tests/unit/toll-fixtures';
import { createRunningTotals } from './running-totals';
import { headlineRows, totalsRows } from './totals-rows';

const attack = incident('2021-03-01T10:00:00+01:00', [
	toll('security', 'killed', own('x', value(10)), opponent('x', value(40))),
	toll('security', 'wounded', value(3)),
	toll('attackers', 'killed', opponent('x', value(20)))
]);

describe('totalsRows', () => {
	const totals = createRunningTotals([attack]);
	const rows = totalsRows(totals, Date.parse('2021-04-01T00:00:00Z'), 'range');

	it('shows killed for every side, other measures only where reported, then the opponents’ claims', () => {
		expect(rows.map((row) => row.key)).toEqual([
			'counted-security-killed',
			'counted-attackers-killed',
			'counted-civilians-killed',
			'counted-security-wounded',
			'opponent-security-killed',
			'opponent-attackers-killed'
		]);
	});

	it('reads "none reported" where only the opponent spoke, and the claim on its own line', () => {
		const byKey = new Map(rows.map((row) => [row.key, row.band]));
		expect(byKey.get('counted-attackers-killed')!.reported).toBe(false);
		expect(byKey.get('counted-civilians-killed')!.reported).toBe(false);
		expect(byKey.get('counted-security-killed')!.high).toBe(10);
		expect(byKey.get('opponent-security-killed')!.high).toBe(40);
		expect(byKey.get('opponent-attackers-killed')!.high).toBe(20);
	});

	it('keeps the same lines before the attack, all unreported', () => {
		const before = totalsRows(totals, Date.parse('2021-01-01T00:00:00Z'), 'range');
		expect(before.map((row) => row.key)).toEqual(rows.map((row) => row.key));
		expect(before.every((row) => !row.band.reported)).toBe(true);
	});
});

describe('headlineRows', () => {
	const totals = createRunningTotals([attack]);

	it('leads with the counts that have a figure, never an opponent’s claim', () => {
		const rows = totalsRows(totals, Date.parse('2021-04-01T00:00:00Z'), 'range');
		expect(headlineRows(rows).map((row) => row.key)).toEqual(['counted-security-killed', 'counted-security-wounded']);
	});

	it('says the first side’s "none reported" before anything is known', () => {
		const rows = totalsRows(totals, Date.parse('2021-01-01T00:00:00Z'), 'range');
		expect(headlineRows(rows).map((row) => [row.key, row.band.reported])).toEqual([['counted-security-killed', false]]);
	});
});
