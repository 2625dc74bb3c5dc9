import { describe, expect, it } from 'vitest';
import { markTargets } from './timeline-targets';

const ids = (targets: ReturnType<typeof markTargets>) => targets.map((t) => t.marks.map((m) => m.id));
/** Each target's left edge and width. */
const boxes = (targets: ReturnType<typeof markTargets>) => targets.map((t) => [t.left, t.width]);

describe('markTargets', () => {
	it('widens a short mark to the minimum, centred on it', () => {
		expect(markTargets([{ id: 'a', left: 100, right: 106 }], 44, 400)).toEqual([{ marks: [{ id: 'a', left: 100, right: 106 }], left: 81, width: 44 }]);
	});

	it('keeps a long mark as it is', () => {
		expect(boxes(markTargets([{ id: 'a', left: 50, right: 250 }], 44, 400))).toEqual([[50, 200]]);
	});

	it('keeps a target on the track at both ends', () => {
		const targets = markTargets(
			[
				{ id: 'a', left: 0, right: 4 },
				{ id: 'b', left: 396, right: 400 }
			],
			44,
			400
		);
		expect(boxes(targets)).toEqual([
			[0, 44],
			[356, 44]
		]);
	});

	it('keeps a target `margin` px inside the track at both ends', () => {
		const targets = markTargets(
			[
				{ id: 'a', left: 0, right: 4 },
				{ id: 'b', left: 394, right: 398 }
			],
			12,
			400,
			6
		);
		expect(boxes(targets)).toEqual([
			[6, 12],
			[382, 12]
		]);
	});

	it('merges marks whose targets would overlap, and no others', () => {
		// 6 px apart (two attacks 17 days apart on a phone), then one 50 px further on.
		const targets = markTargets(
			[
				{ id: 'c', left: 200, right: 204 },
				{ id: 'a', left: 10, right: 14 },
				{ id: 'b', left: 16, right: 20 }
			],
			44,
			400
		);
		expect(ids(targets)).toEqual([['a', 'b'], ['c']]);
		// a's 44 px from 0 (kept on the track), b's from 0 to 40: one target over both, clear of c's from 180.
		expect(boxes(targets)).toEqual([
			[0, 44],
			[180, 44]
		]);
	});

	it('merges back when a widened mark reaches past its neighbour', () => {
		// b's 44 px target starts at 80, before a long mark a's target ends (150); c is clear of both.
		const targets = markTargets(
			[
				{ id: 'a', left: 100, right: 150 },
				{ id: 'b', left: 101, right: 103 },
				{ id: 'c', left: 300, right: 302 }
			],
			44,
			400
		);
		expect(ids(targets)).toEqual([['a', 'b'], ['c']]);
		expect(boxes(targets)).toEqual([
			[80, 70],
			[279, 44]
		]);
	});

	it('never lets two targets overlap, whatever the marks', () => {
		const spans = Array.from({ length: 40 }, (_, i) => ({ id: String(i), left: (i * 37) % 390, right: ((i * 37) % 390) + (i % 5) }));
		const targets = markTargets(spans, 44, 400);
		targets.reduce((previous, target) => {
			expect(target.left).toBeGreaterThanOrEqual(previous.left + previous.width);
			return target;
		});
		for (const t of targets) expect(t.width).toBeGreaterThanOrEqual(44);
		expect(targets.flatMap((t) => t.marks.map((m) => m.id)).sort()).toEqual(spans.map((s) => s.id).sort());
	});
});
