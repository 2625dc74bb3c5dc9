import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../scenario/load';
import { highestKilled, symbolRadius } from './incident-symbol';

describe('highestKilled', () => {
	const loaded = loadScenario(readFileSync(new URL('../../../seeds/sahel-2017-2020.json', import.meta.url), 'utf8'));
	if (!loaded.ok) throw new Error('the seed does not load');
	const killed = (id: string) => highestKilled(loaded.scenario.incidents.find((inc) => inc.id === id)!);

	it('adds the highest report of each killed toll', () => {
		// Security 4 + 4 + 1, attackers ≥ 21; security 89, attackers 77.
		expect(killed('tongo-tongo-2017-10-04')).toBe(9 + 21);
		expect(killed('chinagodrar-2020-01-09')).toBe(89 + 77);
	});

	it('never sizes a symbol by a perpetrator’s claim', () => {
		// The ministry's 71, not the Islamic State's "more than 100".
		expect(killed('inates-2019-12-10')).toBe(71);
		const [inates] = loaded.scenario.incidents.filter((inc) => inc.id === 'inates-2019-12-10');
		const claimsOnly = {
			...inates!,
			tolls: [{ side: 'civilians' as const, measure: 'killed' as const, reports: [{ value: 50, sourceId: 'x', perpetratorClaim: true }] }]
		};
		expect(highestKilled(claimsOnly)).toBe(0);
	});
});

describe('symbolRadius', () => {
	it('makes area, not radius, proportional to the toll', () => {
		const big = symbolRadius(100, 100, 20);
		const quarter = symbolRadius(25, 100, 20);
		expect((Math.PI * quarter ** 2) / (Math.PI * big ** 2)).toBeCloseTo(0.25);
	});

	it('keeps a minimum size so a small toll stays visible', () => {
		expect(symbolRadius(0, 100, 20)).toBe(4);
		expect(symbolRadius(1, 0, 20)).toBe(4);
	});
});
