import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cardPosition, type CardPlacement } from './card-position';

const EDGE = 4;

const placement = fc
	.record({
		mapWidth: fc.integer({ min: 120, max: 1920 }),
		mapHeight: fc.integer({ min: 120, max: 1080 }),
		width: fc.integer({ min: 40, max: 360 }),
		height: fc.integer({ min: 20, max: 260 }),
		clear: fc.integer({ min: 6, max: 60 }),
		fx: fc.double({ min: 0, max: 1, noNaN: true }),
		fy: fc.double({ min: 0, max: 1, noNaN: true })
	})
	.map(({ fx, fy, ...rest }): CardPlacement => ({ ...rest, at: [fx * rest.mapWidth, fy * rest.mapHeight] }));

/** Whether the map has room for the whole card on one side of the mark, reckoned side by side. */
function roomBeside({ at: [x, y], clear, width, height, mapWidth, mapHeight }: CardPlacement): boolean {
	const across = width <= mapWidth - 2 * EDGE;
	const along = height <= mapHeight - 2 * EDGE;
	return (
		(along && mapWidth - EDGE - (x + clear) >= width) ||
		(along && x - clear - EDGE >= width) ||
		(across && mapHeight - EDGE - (y + clear) >= height) ||
		(across && y - clear - EDGE >= height)
	);
}

describe('cardPosition', () => {
	it('keeps a card that fits the map whole inside it, and off the mark whenever a side has room', () => {
		fc.assert(
			fc.property(placement, (p) => {
				const [left, top] = cardPosition(p);
				if (p.width <= p.mapWidth - 2 * EDGE && p.height <= p.mapHeight - 2 * EDGE) {
					expect(left).toBeGreaterThanOrEqual(EDGE - 1e-9);
					expect(top).toBeGreaterThanOrEqual(EDGE - 1e-9);
					expect(left + p.width).toBeLessThanOrEqual(p.mapWidth - EDGE + 1e-9);
					expect(top + p.height).toBeLessThanOrEqual(p.mapHeight - EDGE + 1e-9);
				}
				if (roomBeside(p)) {
					const [x, y] = p.at;
					const apart = left >= x + p.clear - 1e-9 || left + p.width <= x - p.clear + 1e-9 || top >= y + p.clear - 1e-9 || top + p.height <= y - p.clear + 1e-9;
					expect(apart).toBe(true);
				}
			}),
			{ numRuns: 2000 }
		);
	});

	it('puts the card right of the mark, centred on it, when there is room', () => {
		expect(cardPosition({ at: [100, 300], clear: 12, width: 200, height: 80, mapWidth: 1280, mapHeight: 700 })).toEqual([112, 260]);
	});

	it('moves a card near the right edge to the mark’s left, whole, instead of squeezing it', () => {
		expect(cardPosition({ at: [1200, 300], clear: 12, width: 200, height: 80, mapWidth: 1280, mapHeight: 700 })).toEqual([988, 260]);
	});

	it('slides a card along the top edge rather than past it', () => {
		expect(cardPosition({ at: [100, 10], clear: 12, width: 200, height: 80, mapWidth: 1280, mapHeight: 700 })).toEqual([112, EDGE]);
	});
});
