import { describe, expect, it } from 'vitest';
import { highestKilled, incidentSymbols, symbolRadius } from './incident-symbol';
import { seed, seedIncident, seedPlace } from '../../../tests/unit/seed';

describe('highestKilled', () => {
	const killed = (id: string) => highestKilled(seedIncident(id));

	it('adds each side’s own and independent figures, each body’s latest', () => {
		// Security forces 4 (US) + 4 + 1 (Nigerien); the US's "at least 21" attackers is an opponent's claim.
		expect(killed('tongo-tongo-2017-10-04')).toBe(9);
		// The government's 89 replaced its 25; the security sources said at least 89. The 77 attackers are the government's claim.
		expect(killed('chinagodrar-2020-01-09')).toBe(89);
		expect(killed('ayorou-2017-10-21')).toBe(13);
	});

	it('never sizes a symbol by what the opposing side claims', () => {
		// The ministry's 71, not the Islamic State's "more than 100".
		expect(killed('inates-2019-12-10')).toBe(71);
		const claimsOnly = {
			...seedIncident('inates-2019-12-10'),
			tolls: [
				{
					side: 'civilians' as const,
					measure: 'killed' as const,
					reports: [{ value: 50, sourceId: 'x', claimBy: 'opponent' as const, claimant: { en: 'x', fr: 'x' }, authority: 'x' }]
				}
			]
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

describe('incidentSymbols', () => {
	it('puts each attack at its place, the most killed at the largest radius and the others by area', () => {
		const symbols = incidentSymbols(seed, 26);
		expect(symbols).toHaveLength(seed.incidents.length);
		const at = (id: string) => symbols.find((s) => s.at[0] === seedPlace(id).lon && s.at[1] === seedPlace(id).lat)!;
		// Chinagodrar's 89 killed, the most; Inates' 71 (see highestKilled above).
		expect(at('chinagodrar').r).toBe(26);
		expect((at('inates').r / 26) ** 2).toBeCloseTo(71 / 89, 9);
	});
});
