import { describe, expect, it } from 'vitest';
import { projectPoints, rgbaWord } from './event-points';

const identity = ([lon, lat]: [number, number]): [number, number] | null => (lon < 0 ? null : [lon, lat]);

describe('projectPoints', () => {
	it('keeps NaN where the projection has no point', () => {
		const p = projectPoints(new Float32Array([1, -1]), new Float32Array([2, 3]), identity);
		expect([...p.x]).toEqual([1, NaN]);
		expect([...p.y]).toEqual([2, NaN]);
	});
});

describe('rgbaWord', () => {
	it('lays its bytes out as ImageData does: red, green, blue, alpha', () => {
		const words = new Uint32Array([rgbaWord(1, 2, 3, 4), rgbaWord(250, 0, 128)]);
		expect([...new Uint8ClampedArray(words.buffer)]).toEqual([1, 2, 3, 4, 250, 0, 128, 255]);
	});
});
