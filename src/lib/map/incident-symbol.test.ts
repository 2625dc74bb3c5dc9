import { describe, expect, it } from 'vitest';
import { symbolRadius } from './incident-symbol';

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
