import { scaleLinear } from 'd3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trackScale } from './track-scale';

describe('trackScale', () => {
	it('maps a window across the track and back', () => {
		const x = trackScale({ from: 1000, to: 3000 }, 400);
		expect([x(1000), x(2000), x(3000), x(4000)]).toEqual([0, 200, 400, 600]);
		expect([x.invert(0), x.invert(100), x.invert(400)]).toEqual([1000, 1500, 3000]);
	});

	it('agrees with d3’s scaleLinear, empty windows and tracks of no width included', () => {
		const ms = fc.integer({ min: 0, max: 2e12 });
		fc.assert(
			fc.property(ms, ms, ms, fc.integer({ min: 0, max: 4000 }), fc.integer({ min: -100, max: 4100 }), (a, b, t, width, px) => {
				const window = { from: Math.min(a, b), to: Math.max(a, b) };
				const d3 = scaleLinear().domain([window.from, window.to]).range([0, width]);
				const x = trackScale(window, width);
				expect(x(t)).toBeCloseTo(d3(t), 6);
				expect(x.invert(px) / 1e6).toBeCloseTo(d3.invert(px) / 1e6, 6);
			})
		);
	});
});
