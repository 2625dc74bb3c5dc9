import { describe, expect, it } from 'vitest';
import { presenterKeyAction } from './presenter-keys';

describe('presenterKeyAction', () => {
	it.each([
		['ArrowRight', 'next'],
		[' ', 'next'],
		['PageDown', 'next'],
		['ArrowLeft', 'previous'],
		['PageUp', 'previous'],
		['Home', 'first'],
		['End', 'last'],
		['p', 'play-pause'],
		['P', 'play-pause'],
		['f', 'fullscreen'],
		['F', 'fullscreen'],
		['n', 'notes'],
		['N', 'notes'],
		['Escape', 'leave'],
		['ArrowUp', null],
		['Enter', null],
		['x', null],
		['Tab', null],
		['', null],
		['constructor', null],
		['escape', null]
	])('%o → %s', (key, action) => {
		expect(presenterKeyAction(key)).toBe(action);
	});

	it.each(['f', 'p', 'ArrowLeft', ' '])('leaves %o with a modifier to the browser', (key) => {
		expect(presenterKeyAction(key, true)).toBeNull();
	});
});
