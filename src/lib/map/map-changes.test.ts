import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lineChanges, obstacleChanges } from './map-changes';
import type { LineSegment } from './label-lines';
import type { Obstacle } from './label-geometry';
import { mulberry32, randomInt } from '../dataset/prng';

/** Independently: each obstacle written out in full, then compared as text. */
const written = (o: Obstacle) => JSON.stringify(o.shape === 'circle' ? [o.shape, o.x, o.y, o.r] : [o.shape, o.x, o.y, o.width, o.height]);
const missing = (from: readonly Obstacle[], against: readonly Obstacle[]) => {
	const there = new Set(against.map(written));
	return from.filter((o) => !there.has(written(o)));
};

describe('obstacleChanges', () => {
	// Two frames of a map: most obstacles the same objects, some copied with the same numbers, some
	// moved, some gone, some new; a circle and a box may share their numbers.
	it('lists those that went, then those that came, compared by value', () => {
		fc.assert(
			fc.property(fc.integer(), (seed) => {
				const random = mulberry32(seed);
				const coordinate = () => (random() < 0.3 ? randomInt(random, 5) : random() * 400);
				const obstacle = (): Obstacle =>
					random() < 0.5
						? { shape: 'circle', x: coordinate(), y: coordinate(), r: randomInt(random, 3) }
						: { shape: 'box', x: coordinate(), y: coordinate(), width: randomInt(random, 3), height: randomInt(random, 3) };
				const before = Array.from({ length: randomInt(random, 30) }, obstacle);
				const now: Obstacle[] = [];
				for (const o of before) {
					const fate = random();
					if (fate < 0.4) now.push(o);
					else if (fate < 0.6) now.push({ ...o });
					else if (fate < 0.8) now.push({ ...o, x: o.x + 1 });
				}
				for (let i = randomInt(random, 6); i > 0; i--) now.splice(randomInt(random, now.length + 1), 0, obstacle());
				expect(obstacleChanges(before, now)).toEqual([...missing(before, now), ...missing(now, before)]);
			}),
			{ numRuns: 300, seed: 7 }
		);
	});

	it('finds nothing between a frame and itself, or its copy', () => {
		const frame: Obstacle[] = [
			{ shape: 'circle', x: 10, y: 20, r: 3 },
			{ shape: 'box', x: 10, y: 20, width: 3, height: 3 }
		];
		expect(obstacleChanges(frame, frame)).toEqual([]);
		expect(obstacleChanges(frame, frame.map((o) => ({ ...o })))).toEqual([]);
	});

	it('tells a circle from a box with the same numbers', () => {
		const circle: Obstacle = { shape: 'circle', x: 1, y: 2, r: 3 };
		const box: Obstacle = { shape: 'box', x: 1, y: 2, width: 3, height: 3 };
		expect(obstacleChanges([circle], [box])).toEqual([circle, box]);
	});
});

describe('lineChanges', () => {
	const segment = (x1: number, y1: number, x2: number, y2: number): LineSegment => ({
		at: [x1, y1, x2, y2],
		minX: Math.min(x1, x2),
		minY: Math.min(y1, y2),
		maxX: Math.max(x1, x2),
		maxY: Math.max(y1, y2)
	});
	const writtenLine = (s: LineSegment) => s.at.join(',');

	// A route came, went or grew between two frames: the borders' segments the same objects, the
	// routes' made again with the same numbers, some moved or reversed, some new.
	it('lists the segments that went, then those that came, compared by their ends', () => {
		fc.assert(
			fc.property(fc.integer(), (seed) => {
				const random = mulberry32(seed);
				const coordinate = () => (random() < 0.3 ? randomInt(random, 4) : random() * 400);
				const line = () => segment(coordinate(), coordinate(), coordinate(), coordinate());
				const before = Array.from({ length: randomInt(random, 40) }, line);
				const now: LineSegment[] = [];
				for (const s of before) {
					const fate = random();
					if (fate < 0.4) now.push(s);
					else if (fate < 0.6) now.push(segment(...s.at));
					else if (fate < 0.7) now.push(segment(s.at[2], s.at[3], s.at[0], s.at[1]));
					else if (fate < 0.85) now.push(segment(s.at[0], s.at[1], s.at[2] + 1, s.at[3]));
				}
				for (let i = randomInt(random, 6); i > 0; i--) now.splice(randomInt(random, now.length + 1), 0, line());
				const gone = (from: LineSegment[], against: LineSegment[]) => {
					const there = new Set(against.map(writtenLine));
					return from.filter((s) => !there.has(writtenLine(s)));
				};
				expect(lineChanges(before, now)).toEqual([...gone(before, now), ...gone(now, before)]);
			}),
			{ numRuns: 300, seed: 5 }
		);
	});

	it('finds nothing between a frame and itself, or its copy', () => {
		const frame = [segment(0, 0, 10, 10), segment(10, 10, 20, 5)];
		expect(lineChanges(frame, frame)).toEqual([]);
		expect(lineChanges(frame, frame.map((s) => segment(...s.at)))).toEqual([]);
	});
});
