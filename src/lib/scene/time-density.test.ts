import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../dataset/prng';
import { densityColumns, densityPath } from './time-density';

describe('densityColumns', () => {
	it('counts the starts in each column as a scan does, the window end included', () => {
		const random = mulberry32(3);
		const starts = Float64Array.from({ length: 5000 }, () => Math.floor(random() * 10_000)).sort();
		const window = { from: 1_000, to: 9_000 };
		const columns = 37;
		const step = (window.to - window.from) / columns;
		const naive = new Uint32Array(columns);
		for (const t of starts) {
			if (t < window.from || t > window.to) continue;
			naive[Math.min(columns - 1, Math.floor((t - window.from) / step))]! += 1;
		}
		expect([...densityColumns(starts, window, columns)]).toEqual([...naive]);
	});

	it('is empty for no columns or an empty window', () => {
		expect(densityColumns(new Float64Array([1, 2]), { from: 0, to: 10 }, 0).length).toBe(0);
		expect([...densityColumns(new Float64Array([1, 2]), { from: 5, to: 5 }, 3)]).toEqual([0, 0, 0]);
	});
});

describe('densityPath', () => {
	it('draws one bar per non-empty column, the fullest at full height, a lone event at least 1 px', () => {
		expect(densityPath(new Uint32Array([0, 10, 1]), 30, 20)).toBe('M10.0,20.0h10.0v-20.0h-10.0ZM20.0,20.0h10.0v-2.0h-10.0Z');
		expect(densityPath(new Uint32Array([0, 100, 1]), 30, 20)).toContain('v-1.0');
		expect(densityPath(new Uint32Array([0, 0]), 30, 20)).toBe('');
	});
});
