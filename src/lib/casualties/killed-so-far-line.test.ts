import { describe, expect, it } from 'vitest';
import { incident, own, toll, value } from '../../../tests/unit/toll-fixtures';
import { createRunningTotals } from './running-totals';
import { totalsRows } from './totals-rows';
import { killedSoFarLine } from './killed-so-far-line';

const attack = incident('2021-03-01T10:00:00+01:00', [toll('security', 'killed', own('army', value(10))), toll('civilians', 'killed', value(3)), toll('attackers', 'killed', value(25))]);
const killedAt = (date: string) => totalsRows(createRunningTotals([attack]), Date.parse(date), 'range', ['killed']);

describe('killedSoFarLine', () => {
	it('joins the sides with a figure as each language joins a list', () => {
		const rows = killedAt('2021-04-01T00:00:00Z');
		expect(killedSoFarLine(rows, 'en')).toBe('Security forces 10, Attackers 25 and Civilians 3');
		expect(killedSoFarLine(rows, 'fr')).toBe('Forces de sécurité 10, Assaillants 25 et Civils 3');
	});

	it('says "none reported" alone before any report', () => {
		const rows = killedAt('2021-01-01T00:00:00Z');
		expect(killedSoFarLine(rows, 'en')).toBe('none reported');
		expect(killedSoFarLine(rows, 'fr')).toBe('aucun rapporté');
	});
});
