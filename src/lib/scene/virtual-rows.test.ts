import { describe, expect, it } from 'vitest';
import { mulberry32, randomInt } from '../dataset/prng';
import { MAX_LIST_HEIGHT, scrollTopToShow, virtualSlice, type VirtualLayout } from './virtual-rows';

const random = mulberry32(11);

function randomLayout(rowCount: number): VirtualLayout {
	return { rowCount, rowHeight: 20 + randomInt(random, 40), viewportHeight: 100 + randomInt(random, 700), overscan: randomInt(random, 6) };
}

/** Where row r's top is, px below the top of the view, by the slice's own placement. */
const placed = (r: number, scrollTop: number, layout: VirtualLayout) => {
	const slice = virtualSlice(scrollTop, layout);
	const scrolled = Math.min(Math.max(0, slice.height - layout.viewportHeight), Math.max(0, scrollTop));
	return r * layout.rowHeight - slice.shift - scrolled;
};

describe('virtualSlice', () => {
	it('renders every row in view, and at most the overscan beyond it (short lists, every row checked)', () => {
		for (let q = 0; q < 300; q++) {
			const layout = randomLayout(randomInt(random, 400));
			const { rowCount, rowHeight, viewportHeight, overscan } = layout;
			const scrollTop = randomInt(random, rowCount * rowHeight + 200) - 100;
			const slice = virtualSlice(scrollTop, layout);
			expect(slice.height).toBe(rowCount * rowHeight);
			expect(slice.shift).toBe(0);
			// The browser keeps the scroll inside the list.
			const scrolled = Math.min(Math.max(0, rowCount * rowHeight - viewportHeight), Math.max(0, scrollTop));
			const inView: number[] = [];
			for (let r = 0; r < rowCount; r++) if (r * rowHeight < scrolled + viewportHeight && (r + 1) * rowHeight > scrolled) inView.push(r);
			for (const r of inView) expect(r >= slice.first && r < slice.end).toBe(true);
			if (inView.length) {
				expect(inView[0]! - slice.first).toBeLessThanOrEqual(overscan);
				expect(slice.end - 1 - inView.at(-1)!).toBeLessThanOrEqual(overscan);
			} else expect(slice.end - slice.first).toBe(0);
		}
	});

	it('keeps a million rows under the height cap, reaches the first and the last, and renders a screenful', () => {
		for (let q = 0; q < 200; q++) {
			const layout = randomLayout(1_000_000 - randomInt(random, 10));
			const { rowCount, rowHeight, viewportHeight, overscan } = layout;
			const top = virtualSlice(0, layout);
			expect(top.height).toBe(MAX_LIST_HEIGHT);
			expect(top.first).toBe(0);
			expect(placed(0, 0, layout)).toBe(0);
			// Scrolled to the bottom (or past it), the last row's bottom is the view's bottom.
			const bottom = virtualSlice(MAX_LIST_HEIGHT + randomInt(random, 100), layout);
			expect(bottom.end).toBe(rowCount);
			expect(placed(rowCount - 1, MAX_LIST_HEIGHT, layout) + rowHeight).toBeCloseTo(viewportHeight, 3);
			// Anywhere between: the share of the scroll travelled is the share of the rows passed.
			const scrollTop = random() * (MAX_LIST_HEIGHT - viewportHeight);
			const offset = (scrollTop / (MAX_LIST_HEIGHT - viewportHeight)) * (rowCount * rowHeight - viewportHeight);
			const slice = virtualSlice(scrollTop, layout);
			const firstInView = Math.floor(offset / rowHeight);
			expect(placed(firstInView, scrollTop, layout)).toBeCloseTo(firstInView * rowHeight - offset, 3);
			expect(slice.first).toBe(Math.max(0, firstInView - overscan));
			expect(slice.end - slice.first).toBeLessThanOrEqual(Math.ceil(viewportHeight / rowHeight) + 1 + 2 * overscan);
		}
	});

	it('renders nothing for an empty list', () => {
		expect(virtualSlice(50, { rowCount: 0, rowHeight: 30, viewportHeight: 300, overscan: 4 })).toEqual({ first: 0, end: 0, height: 0, shift: 0 });
	});
});

describe('scrollTopToShow', () => {
	for (const [name, count] of [
		['a short list', () => 1 + randomInt(random, 300)],
		['a million rows', () => 1_000_000]
	] as const) {
		it(`brings the row wholly into view, moving only as far as needed (${name})`, () => {
			for (let q = 0; q < 400; q++) {
				const layout = randomLayout(count());
				const { rowCount, rowHeight, viewportHeight } = layout;
				const height = virtualSlice(0, layout).height;
				const scrollTop = randomInt(random, Math.max(1, height - viewportHeight));
				// Near the current view most of the time (arrow keys), anywhere sometimes (Home, End).
				const near = Math.floor(((scrollTop / Math.max(1, height - viewportHeight)) * rowCount) || 0);
				const position = random() < 0.7 ? Math.min(rowCount - 1, Math.max(0, near + randomInt(random, 40) - 20)) : randomInt(random, rowCount);
				const before = placed(position, scrollTop, layout);
				const next = scrollTopToShow(position, scrollTop, layout);
				const after = placed(position, next, layout);
				expect(after).toBeGreaterThanOrEqual(-1e-6);
				expect(after + rowHeight).toBeLessThanOrEqual(viewportHeight + 1e-6);
				if (before >= 0 && before + rowHeight <= viewportHeight) expect(next).toBe(scrollTop);
				else {
					// At the edge it came in by: its top at the top or its bottom at the bottom, to within a px of scrolling.
					const step = Math.max(1, (rowCount * rowHeight - viewportHeight) / Math.max(1, height - viewportHeight));
					const gap = before < 0 ? after : viewportHeight - (after + rowHeight);
					expect(gap).toBeLessThan(step + 1e-6);
					expect(Number.isInteger(next)).toBe(true);
				}
			}
		});
	}
});
