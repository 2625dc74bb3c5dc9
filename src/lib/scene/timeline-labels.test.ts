import { describe, expect, it } from 'vitest';
import { labelledContext } from './timeline-labels';

describe('labelledContext', () => {
	it('labels a context mark only when the next mark and the track end leave room', () => {
		const context = [
			{ id: 'roomy', at: 10 },
			{ id: 'crowded', at: 400 },
			{ id: 'at-the-end', at: 900 }
		];
		const marks = [...context, { id: 'attack', at: 450 }];
		expect(labelledContext(context, marks, 1000)).toEqual(new Set(['roomy']));
	});

	it('ignores a mark well to the left of the label', () => {
		const context = [{ id: 'c', at: 300 }];
		expect(labelledContext(context, [...context, { id: 'before', at: 200 }], 1000)).toEqual(new Set(['c']));
		expect(labelledContext(context, [...context, { id: 'touching', at: 295 }], 1000)).toEqual(new Set());
	});
});
