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
		expect([...labelledContext(context, marks, 1000).keys()]).toEqual(['roomy']);
	});

	it('gives a label the room up to the next mark, less a clearance, or to the track end', () => {
		const context = [
			{ id: 'before-attack', at: 100 },
			{ id: 'last', at: 600 }
		];
		const marks = [...context, { id: 'attack', at: 300 }, { id: 'far', at: 2000 }];
		expect(labelledContext(context, marks, 1000)).toEqual(
			new Map([
				['before-attack', 300 - 12 - 100],
				['last', 1000 - 600]
			])
		);
	});

	it('ignores a mark well to the left of the label', () => {
		const context = [{ id: 'c', at: 300 }];
		expect([...labelledContext(context, [...context, { id: 'before', at: 200 }], 1000).keys()]).toEqual(['c']);
		expect(labelledContext(context, [...context, { id: 'touching', at: 295 }], 1000).size).toBe(0);
	});

	// Against a plain reading on random tracks: a label's room ends at the first mark to its right.
	it('agrees with the nearest mark found by sorting, on random tracks', () => {
		let seed = 7;
		const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
		for (let round = 0; round < 200; round++) {
			const marks = Array.from({ length: 1 + Math.floor(random() * 8) }, (_, i) => ({ id: `m${i}`, at: random() * 1000 }));
			const context = marks.filter((_, i) => i % 2 === 0);
			const got = labelledContext(context, marks, 1000);
			for (const c of context) {
				const right = marks.filter((m) => m.id !== c.id && m.at > c.at).sort((a, b) => a.at - b.at)[0];
				const onTop = marks.some((m) => m.id !== c.id && m.at <= c.at && c.at - m.at < 12);
				const room = (right ? right.at - 12 : 1000) - c.at;
				expect(got.get(c.id)).toBe(!onTop && room >= 150 ? room : undefined);
			}
		}
	});
});
