import { describe, expect, it } from 'vitest';
import { h, incident, opponent, own, toll, value } from '../../../tests/unit/toll-fixtures';
import { createRunningTotals } from '../casualties/running-totals';
import { creditLines, totalsLines } from './frame-texts';
import type { Source } from '../scenario/schema';

const attack = incident('2020-01-09T13:00:00+01:00', [
	toll('security', 'killed', own('government', value(25)), opponent('attackers', value(100))),
	toll('attackers', 'killed', opponent('government', value(63)))
]);
const totals = createRunningTotals([attack]);
const t = h('2020-01-10T00:00:00Z');

describe('totalsLines', () => {
	it('counts own and independent reports, says "none reported", and puts each opponent’s claim on its own line', () => {
		expect(totalsLines({ totals, focus: null, time: t, policy: 'range' }, 'en')).toEqual([
			'The one attack so far — Security forces killed: 25 · Attackers killed: none reported · Civilians killed: none reported',
			'The one attack so far — Security forces killed, as claimed by the attackers: 100',
			'The one attack so far — Attackers killed, as claimed by the forces that fought them: 63'
		]);
	});

	it('puts the attack in focus first, and sets French typography', () => {
		const lines = totalsLines({ totals, focus: { title: 'Chinégodar', totals }, time: t, policy: 'range' }, 'fr');
		expect(lines).toHaveLength(6);
		expect(lines[0]).toMatch(/^Chinégodar — /);
		expect(lines[0]).toContain('\u00a0: 25');
		expect(lines[0]).not.toMatch(/\b0\b/);
	});
});

describe('creditLines', () => {
	const sources = new Map<string, Source>([['afp', { id: 'afp', publisher: 'AFP', title: 'Dispatch', published: '2020-01-10', kind: 'news' } as Source]]);

	it('names the map data, the base map when drawn, and each source cited', () => {
		expect(creditLines(['afp', 'unknown'], sources, false, 'en')).toEqual(['Map data: Natural Earth.', 'Figures: AFP, “Dispatch” (2020-01-10).']);
		expect(creditLines([], sources, true, 'fr')).toEqual(['Fond de carte\u00a0: Natural Earth. Fleuves et lacs\u00a0: GSHHG (WDBII)\u00a0; villes\u00a0: GeoNames, CC BY 4.0.']);
	});
});
