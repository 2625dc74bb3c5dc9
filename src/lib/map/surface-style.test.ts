import { describe, expect, it } from 'vitest';
import { seed } from '../../../tests/unit/seed';
import { surfaceBands } from '../story/surface-bands';
import { SURFACE_COLOURS, SURFACE_MINUTES, surfaceSwatchStack } from './surface-style';

describe('surfaceSwatchStack', () => {
	it('stacks a band’s swatch as the map stacks the bands over a place in that band: the wider ones under, its own on top', () => {
		// The map's drawing order, bottom to top, read from what it draws for the seed.
		const drawn = surfaceBands(seed, { scrambleMinutes: 10, cruiseKmh: 850 }).map((b) => b.colour);
		expect(drawn).toHaveLength(SURFACE_MINUTES.length);
		SURFACE_MINUTES.forEach((_, i) => {
			// A place reached within band i's minutes lies inside band i and every wider band.
			const over = drawn.filter((colour) => SURFACE_COLOURS.indexOf(colour) >= i);
			expect(surfaceSwatchStack(i)).toEqual(over);
			// The edge seen on top is the band's own colour, so each swatch names its band.
			expect(surfaceSwatchStack(i).at(-1)).toBe(SURFACE_COLOURS[i]);
		});
	});
});
