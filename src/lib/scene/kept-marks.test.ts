import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { keepUnchanged } from './kept-marks';

const key = (m: { id: string; x: number }) => `${m.id}|${m.x}`;

describe('keepUnchanged', () => {
	it('returns the next list, equal item by item, reusing a previous object exactly where its key is the same', () => {
		const mark = fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd'), x: fc.integer({ min: 0, max: 3 }) });
		fc.assert(
			fc.property(fc.uniqueArray(mark, { selector: key }), fc.uniqueArray(mark, { selector: key }), (previous, fresh) => {
				const next = fresh.map((m) => ({ ...m }));
				const kept = keepUnchanged(previous, next, key);
				expect(kept).toEqual(next);
				kept.forEach((m, i) => {
					const old = previous.find((p) => key(p) === key(next[i]!));
					expect(m).toBe(old ?? next[i]);
				});
			})
		);
	});
});
