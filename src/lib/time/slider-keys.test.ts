import { describe, expect, it } from 'vitest';
import { sliderKeyAction } from './slider-keys';

describe('sliderKeyAction', () => {
	const window = { from: 1_000, to: 11_000 }; // 10 s wide
	it.each([
		['ArrowRight', { seek: 5_100 }],
		['ArrowUp', { seek: 5_100 }],
		['ArrowLeft', { seek: 4_900 }],
		['ArrowDown', { seek: 4_900 }],
		['PageUp', { seek: 6_000 }],
		['PageDown', { seek: 4_000 }],
		['Home', { seek: 1_000 }],
		['End', { seek: 11_000 }],
		['+', { zoomBy: 0.5 }],
		['=', { zoomBy: 0.5 }],
		['-', { zoomBy: 2 }]
	])('%s at 5 s', (key, action) => {
		expect(sliderKeyAction(key, 5_000, window)).toEqual(action);
	});

	it('leaves other keys to the page', () => {
		for (const key of ['Tab', 'Enter', ' ', 'a', 'Escape']) expect(sliderKeyAction(key, 5_000, window)).toBeNull();
	});
});
