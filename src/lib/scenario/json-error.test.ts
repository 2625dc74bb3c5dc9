import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineAndColumn, syntaxErrorOffset } from './json-error';

function parses(text: string): boolean {
	try {
		JSON.parse(text);
		return true;
	} catch {
		return false;
	}
}

describe('syntaxErrorOffset', () => {
	it.each([
		['{"a": 1}', undefined],
		['{"a": tru}', 9],
		['[1, 2,, 3]', 6],
		['{"a": 1,}', 8],
		['{"a": -}', 7],
		['{"a": "x\\q"}', 9],
		['{"a": 01}', 7],
		['{"a": 1} x', 9],
		['{"a": [1, 2}', 11],
		['', 0],
		['  ', 2]
	])('%j fails at %s', (text, offset) => {
		expect(syntaxErrorOffset(text)).toBe(offset);
	});

	it('agrees with JSON.parse on which texts are JSON', () => {
		// Valid JSON, and valid JSON with one character dropped or inserted.
		const damaged = fc
			.tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', '-', '\\', '\n', 'x'))
			.map(([json, at, insert]) => {
				const i = json.length === 0 ? 0 : at % json.length;
				return insert === '' ? json.slice(0, i) + json.slice(i + 1) : json.slice(0, i) + insert + json.slice(i);
			});
		fc.assert(
			fc.property(fc.oneof(fc.json(), damaged), (text) => {
				expect(syntaxErrorOffset(text) === undefined).toBe(parses(text));
			}),
			{ seed: 20171021, numRuns: 1000 }
		);
	});

	it('survives deep nesting', () => {
		expect(syntaxErrorOffset('['.repeat(200_000))).toBe(200_000);
	});
});

describe('lineAndColumn', () => {
	it('counts from 1', () => {
		expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
		expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
	});
});
