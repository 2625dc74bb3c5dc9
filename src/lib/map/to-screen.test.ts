import { describe, expect, it } from 'vitest';
import { screenPath } from './to-screen';

describe('screenPath', () => {
	it('moves to the first drawn point, lines to the rest, skips points off the projection and continues a path begun', () => {
		const toScreen = ([lon, lat]: [number, number]): [number, number] | null => (lon < 0 ? null : [lon * 10, 100 - lat * 10]);
		expect(screenPath([[-1, 0], [1, 2], [2.25, 3], [-5, 5], [3, 4]], toScreen)).toBe('M10.0,80.0L22.5,70.0L30.0,60.0');
		expect(screenPath([], toScreen)).toBe('');
		expect(screenPath([[3, 4]], toScreen, 'M10.0,80.0')).toBe('M10.0,80.0L30.0,60.0');
	});
});
