import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { passedTimes } from './passed-times';

describe('passedTimes', () => {
	const passed = passedTimes([30, 10, 20, 20]);

	it('gives the latest time at or before t, and the latest strictly before t', () => {
		expect(passed.atOrBefore(9)).toBe(-Infinity);
		expect(passed.atOrBefore(10)).toBe(10);
		expect(passed.atOrBefore(25)).toBe(20);
		expect(passed.before(20)).toBe(10);
		expect(passed.before(31)).toBe(30);
		expect(passedTimes([]).before(0)).toBe(-Infinity);
	});

	it('answers every item as comparing with the clock would', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.integer({ min: -5, max: 55 }), (times, t) => {
				const { atOrBefore, before } = passedTimes(times);
				for (const x of times) {
					expect(x <= atOrBefore(t)).toBe(x <= t);
					expect(x <= before(t)).toBe(x < t);
				}
			})
		);
	});
});
