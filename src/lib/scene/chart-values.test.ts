import { describe, expect, it } from 'vitest';
import { createRunningTotals } from '../casualties/running-totals';
import { incident, opponent, range, toll } from '../../../tests/unit/toll-fixtures';
import { chartValues } from './chart-values';

const start = '2021-03-01T10:00:00Z';
const totals = createRunningTotals([incident(start, [toll('security', 'killed', range(25, 89)), toll('attackers', 'killed', opponent('b', range(40, 40, true)))])]);

describe('chartValues', () => {
	it('words each side, their total and the opposing claim apart, for the eye and for screen readers', () => {
		expect(chartValues(totals, 'range', Date.parse(start), 'en', 'short')).toEqual([
			{ key: 'security', label: 'Security forces', value: '25–89' },
			{ key: 'attackers', label: 'Attackers', value: 'none reported' },
			{ key: 'civilians', label: 'Civilians', value: 'none reported' },
			{ key: 'total', label: 'Total', value: '25–89' },
			{ key: 'claimed-attackers', label: 'Attackers, as claimed by their opponents', value: 'at least 40' }
		]);
		expect(chartValues(totals, 'range', Date.parse(start), 'fr', 'spoken').map((v) => v.value)).toEqual(['de 25 à 89', 'aucun rapporté', 'aucun rapporté', 'de 25 à 89', 'au moins 40']);
	});
});
