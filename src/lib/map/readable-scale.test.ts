import { describe, expect, it } from 'vitest';
import type { LonLat } from '../geo/lonlat';
import { haversineKm } from '../../../tests/unit/reference-geodesy';
import { readableExtent, separatingKmPerPx, type PlacedSymbol } from './readable-scale';

const inates: LonLat = [1.317, 15.233];
const tongoTongo: LonLat = [1.8355, 15.0532];
const chinagodrar: LonLat = [3.0019, 15.2258];

/** Pixels between two symbols' edges on a map `kmPerPx` coarse (negative: they overlap). */
const gapPx = (a: PlacedSymbol, b: PlacedSymbol, kmPerPx: number) => haversineKm(a.at, b.at) / kmPerPx - a.r - b.r;

describe('separatingKmPerPx', () => {
	const symbols: PlacedSymbol[] = [
		{ at: inates, r: 23 },
		{ at: tongoTongo, r: 8 },
		{ at: chinagodrar, r: 26 }
	];

	it('is the coarsest scale at which no two symbols touch: a little coarser, the closest pair does', () => {
		const kmPerPx = separatingKmPerPx(symbols);
		const gaps = symbols.flatMap((a, i) => symbols.slice(i + 1).map((b) => gapPx(a, b, kmPerPx)));
		expect(Math.min(...gaps)).toBeGreaterThan(0);
		// Inates and Tongo Tongo, about 60 km apart with 31 px of radius between them, decide it.
		expect(gapPx(symbols[0]!, symbols[1]!, kmPerPx * 1.1)).toBeLessThan(0);
	});

	it('leaves the scale free when nothing can merge: one symbol, or two attacks in one town', () => {
		expect(separatingKmPerPx([symbols[0]!])).toBe(Infinity);
		expect(separatingKmPerPx([symbols[0]!, { at: [inates[0] + 0.01, inates[1]], r: 10 }])).toBe(Infinity);
	});
});

describe('readableExtent', () => {
	const border = { center: [1.9, 14.9] as LonLat, widthKm: 900 };

	it('narrows an extent about its centre to the kilometres the map has pixels for', () => {
		expect(readableExtent(border, 320, 2)).toEqual({ center: border.center, widthKm: 640 });
	});

	it('leaves an extent that reads on the map as it is', () => {
		expect(readableExtent(border, 1280, 2)).toBe(border);
	});
});
