import { describe, expect, it } from 'vitest';
import { FatalityCheckpoints } from './fatality-checkpoints';
import { mulberry32 } from './prng';

describe('FatalityCheckpoints', () => {
	it('gives the sums a scan of rows [0, r) gives, on block edges and between them, NaN rows apart', () => {
		const random = mulberry32(21);
		const n = 5000;
		const fatalities = new Float32Array(n);
		for (let i = 0; i < n; i++) fatalities[i] = random() < 0.25 ? NaN : random() < 0.5 ? 0 : Math.floor(random() ** 4 * 300);
		const sums = new FatalityCheckpoints(fatalities);
		const rows = [0, 1, 1023, 1024, 1025, 2048, 4999, 5000, ...Array.from({ length: 40 }, () => Math.floor(random() * n))];
		for (const row of rows) {
			let killed = 0;
			let reported = 0;
			for (let r = 0; r < row; r++) {
				if (Number.isNaN(fatalities[r])) continue;
				killed += fatalities[r]!;
				reported++;
			}
			expect(sums.upTo(row), `row ${row}`).toEqual({ killed, reported });
		}
	});

	it('clamps rows outside the table', () => {
		const sums = new FatalityCheckpoints(new Float32Array([2, NaN, 3]));
		expect(sums.upTo(-4)).toEqual({ killed: 0, reported: 0 });
		expect(sums.upTo(99)).toEqual({ killed: 5, reported: 2 });
	});
});
