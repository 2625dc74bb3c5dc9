import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gathered, grown, permute } from './typed-columns';

/** A column and an order of its rows: a random permutation, as a sort gives. */
const columnAndOrder = fc
	.array(fc.integer({ min: -1e6, max: 1e6 }), { maxLength: 300 })
	.chain((values) =>
		fc.shuffledSubarray(Array.from(values, (_, i) => i), { minLength: values.length, maxLength: values.length }).map((order) => ({ values, order }))
	);

describe('typed columns', () => {
	it('puts a column in a given order where it is, as reading it in that order does', () => {
		fc.assert(
			fc.property(columnAndOrder, ({ values, order }) => {
				const column = Float64Array.from(values);
				const expected = order.map((r) => values[r]!);
				permute(column, Uint32Array.from(order), new Uint8Array(values.length).fill(1));
				expect(Array.from(column)).toEqual(expected);
				expect(Array.from(gathered(Float64Array.from(values), Uint32Array.from(order)))).toEqual(expected);
			})
		);
	});

	it('grows a column keeping its rows and type, the new room zeros', () => {
		const column = grown(Uint16Array.from([3, 1, 2]), 5);
		expect(column).toBeInstanceOf(Uint16Array);
		expect(Array.from(column)).toEqual([3, 1, 2, 0, 0]);
	});
});
