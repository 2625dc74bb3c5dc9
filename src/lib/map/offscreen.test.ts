import { describe, expect, it } from 'vitest';
import { edgePoint } from './offscreen';

describe('edgePoint', () => {
	it('meets the bottom edge, inset, on the way to a point below the map', () => {
		const edge = edgePoint([100, 100], [100, 500], 200, 200, 10)!;
		expect(edge.at).toEqual([100, 190]);
		expect(edge.angleDeg).toBe(90);
	});

	it('meets whichever edge the line reaches first', () => {
		// Towards the lower left: the left edge (x = 10) comes at a fifth of the way, the bottom later.
		const edge = edgePoint([60, 100], [-190, 300], 200, 200, 10)!;
		expect(edge.at[0]).toBeCloseTo(10);
		expect(edge.at[1]).toBeCloseTo(140);
	});

	it('is null when the far point is on the map, or the near one is not', () => {
		expect(edgePoint([100, 100], [150, 150], 200, 200, 10)).toBeNull();
		expect(edgePoint([-5, 100], [500, 100], 200, 200, 10)).toBeNull();
	});
});
