import { describe, expect, it } from 'vitest';
import { coveredInsets, NO_INSETS } from './camera-insets';

describe('coveredInsets', () => {
	it('covers nothing without boxes, or with an empty one (a panel not laid out)', () => {
		expect(coveredInsets([], 800, 600, 8)).toEqual(NO_INSETS);
		expect(coveredInsets([{ x: 10, y: 10, width: 0, height: 0 }], 800, 600, 8)).toEqual(NO_INSETS);
	});

	it('cuts a wide box in the top corner (a clock) from the top, then a tall one in the lower corner (a key) from the right', () => {
		// Clock 300 × 100 at the top right of 1100 × 900: from the top costs 118 × 1100 px², from the right 320 × 900.
		const clock = { x: 788, y: 10, width: 300, height: 100 };
		// Key 270 × 330 at the bottom right: from the right 288 × 782 px² (the band under the clock), from the bottom 348 × 1100.
		const key = { x: 820, y: 560, width: 270, height: 330 };
		expect(coveredInsets([clock, key], 1100, 900, 8)).toEqual({ top: 118, right: 288, bottom: 0, left: 0 });
	});

	it('keeps the larger cut of two boxes on one edge', () => {
		const buttons = { x: 740, y: 12, width: 48, height: 250 };
		const key = { x: 600, y: 400, width: 188, height: 188 };
		expect(coveredInsets([buttons, key], 800, 600, 0).right).toBe(200);
	});

	it('cuts a second box where the first cut has made the map shorter: a small key under a tall note goes to the right', () => {
		// The note 340 × 200 in the top corner of 680 × 468 is cut from the top (220 × 680 px² against 360 × 468).
		const note = { x: 340, y: 12, width: 328, height: 200 };
		// The key 104 × 42 in the lower corner: from the bottom 62 × 680 px², from the right 113 × (468 − 220).
		const key = { x: 567, y: 414, width: 101, height: 42 };
		expect(coveredInsets([note, key], 680, 468, 8)).toEqual({ top: 220, right: 121, bottom: 0, left: 0 });
	});

	it('leaves half of each axis however much is covered, the cuts in proportion', () => {
		const left = { x: 0, y: 0, width: 300, height: 600 };
		const right = { x: 500, y: 0, width: 300, height: 600 };
		const insets = coveredInsets([left, right], 900, 600, 0);
		expect(insets.left + insets.right).toBeCloseTo(450, 6);
		expect(insets.left).toBeCloseTo((insets.right * 300) / 400, 6);
	});
});
