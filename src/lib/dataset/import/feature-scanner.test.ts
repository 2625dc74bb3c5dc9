import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FeatureScanner } from './feature-scanner';

/** The elements the scanner finds in `pieces`, parsed. */
function scan(pieces: string[]): unknown[] {
	const found: unknown[] = [];
	const scanner = new FeatureScanner((json, index) => {
		expect(index).toBe(found.length);
		found.push(JSON.parse(json));
	});
	for (const piece of pieces) scanner.feed(piece);
	scanner.end();
	return found;
}

/** `text` cut at the given places. */
function cut(text: string, at: number[]): string[] {
	const points = [...new Set(at.map((n) => n % (text.length + 1)))].sort((a, b) => a - b);
	return [0, ...points].map((from, i) => text.slice(from, points[i] ?? text.length));
}

describe('FeatureScanner', () => {
	const features = [
		{ type: 'Feature', geometry: { type: 'Point', coordinates: [1.5, 14] }, properties: { note: 'a "quoted" ] } , [ text\\', n: [1, { x: 2 }] } },
		null,
		'a string, with a comma',
		[1, [2]],
		{ type: 'Feature', geometry: null, properties: { features: [{ fake: true }] } }
	];
	// Keys before and after the list, one of them also named "features" deeper down.
	const doc = JSON.stringify({ bbox: [0, 0, 1, 1], meta: { features: ['not these'] }, type: 'FeatureCollection', features, after: { type: 'x' } }, null, 1);

	it('finds every element of the top-level features list, whatever it holds', () => {
		expect(scan([doc])).toEqual(features);
	});

	it('finds the same elements however the text is cut into pieces', () => {
		fc.assert(
			fc.property(fc.array(fc.nat(), { maxLength: 12 }), (at) => {
				expect(scan(cut(doc, at))).toEqual(features);
			}),
			{ numRuns: 300, seed: 12 }
		);
	});

	it('finds nothing in an empty list, and insists on a FeatureCollection', () => {
		expect(scan(['{"features":[],"type":"FeatureCollection"}'])).toEqual([]);
		expect(() => scan(['{"type":"GeometryCollection","features":[]}'])).toThrow(/notCollection GeometryCollection/);
		expect(() => scan(['{"type":"FeatureCollection"}'])).toThrow(/notCollection/);
	});
});
