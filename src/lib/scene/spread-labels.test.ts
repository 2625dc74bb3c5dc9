import { describe, expect, it } from 'vitest';
import { spreadLabels, type AxisLabel } from './spread-labels';

/** Each placed label's [top, bottom], in anchor order. */
function extents(labels: AxisLabel[], centres: Map<string, number>): [number, number][] {
	return [...labels].sort((a, b) => a.anchor - b.anchor).map((label) => [centres.get(label.id)! - label.size / 2, centres.get(label.id)! + label.size / 2]);
}

describe('spreadLabels', () => {
	it('leaves labels with room where their anchors are', () => {
		const labels = [
			{ id: 'a', anchor: 20, size: 10 },
			{ id: 'b', anchor: 60, size: 10 }
		];
		expect(spreadLabels(labels, 0, 100, 2)).toEqual(new Map([['a', 20], ['b', 60]]));
	});

	it('moves two overlapping labels apart about the mean of their anchors, by the gap', () => {
		const centres = spreadLabels([{ id: 'b', anchor: 52, size: 10 }, { id: 'a', anchor: 50, size: 10 }], 0, 100, 2);
		// Together they span 22 px centred on 51: 40…50, a gap, 52…62.
		expect(centres.get('a')).toBeCloseTo(45);
		expect(centres.get('b')).toBeCloseTo(57);
	});

	it('keeps a crowd inside the range and in its anchors’ order, never overlapping', () => {
		const labels = [
			{ id: 'top', anchor: 1, size: 12 },
			{ id: 'second', anchor: 2, size: 12 },
			{ id: 'third', anchor: 3, size: 12 },
			{ id: 'low', anchor: 118, size: 12 }
		];
		const placed = extents(labels, spreadLabels(labels, 0, 120, 3));
		expect(placed[0]![0]).toBe(0);
		expect(placed.at(-1)![1]).toBe(120);
		for (let i = 1; i < placed.length; i++) expect(placed[i]![0] - placed[i - 1]![1]).toBeGreaterThanOrEqual(3 - 1e-9);
	});

	it('merges a block pushed against the range’s end into the one before it', () => {
		// b and c are pushed up from the bottom into a, which then moves up too.
		const labels = [
			{ id: 'a', anchor: 80, size: 10 },
			{ id: 'b', anchor: 95, size: 10 },
			{ id: 'c', anchor: 99, size: 10 }
		];
		const placed = extents(labels, spreadLabels(labels, 0, 100));
		expect(placed).toEqual([
			[70, 80],
			[80, 90],
			[90, 100]
		]);
	});

	it('refuses a range that ends before it starts', () => {
		expect(() => spreadLabels([], 10, 0)).toThrow('invalid range: 10…0');
	});
});
