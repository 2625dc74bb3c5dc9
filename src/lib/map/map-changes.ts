// What came or went between two frames of the map (obstacles, the lines labels keep off), compared
// by value: most are the same objects frame after frame (checked by identity first), and the few
// that were made again are matched by their numbers, without writing any as a string.
import type { Obstacle } from './label-geometry';
import type { LineSegment } from './label-lines';

interface Equality<T> {
	same: (a: T, b: T) => boolean;
	/** Equal items hash alike; unequal ones rarely do (a bucket is checked in full). */
	hash: (item: T) => number;
}

/** The items of `from` that have no equal in `against`. */
function missing<T>(from: readonly T[], against: readonly T[], { same, hash }: Equality<T>): T[] {
	const identical = new Set(against);
	let buckets: Map<number, T[]> | null = null;
	const out: T[] = [];
	for (const item of from) {
		if (identical.has(item)) continue;
		if (!buckets) {
			buckets = new Map();
			for (const other of against) {
				const key = hash(other);
				const bucket = buckets.get(key);
				if (bucket) bucket.push(other);
				else buckets.set(key, [other]);
			}
		}
		if (!buckets.get(hash(item))?.some((other) => same(item, other))) out.push(item);
	}
	return out;
}

/** The items that went (in `before`, with no equal in `now`), then those that came. */
const changes = <T>(before: readonly T[], now: readonly T[], equality: Equality<T>): T[] =>
	before === now ? [] : [...missing(before, now, equality), ...missing(now, before, equality)];

const OBSTACLES: Equality<Obstacle> = {
	same: (a, b) =>
		a.x === b.x &&
		a.y === b.y &&
		(a.shape === 'circle' ? b.shape === 'circle' && a.r === b.r : b.shape === 'box' && a.width === b.width && a.height === b.height),
	hash: (o) => (o.shape === 'circle' ? o.x * 3 + o.y * 7 + o.r * 11 : o.x * 5 + o.y * 13 + o.width * 17 + o.height * 19 + 0.5)
};

const LINES: Equality<LineSegment> = {
	same: (a, b) => a.at[0] === b.at[0] && a.at[1] === b.at[1] && a.at[2] === b.at[2] && a.at[3] === b.at[3],
	hash: ({ at: [x1, y1, x2, y2] }) => x1 * 3 + y1 * 7 + x2 * 11 + y2 * 13
};

/** The obstacles that went, then those that came. */
export const obstacleChanges = (before: readonly Obstacle[], now: readonly Obstacle[]): Obstacle[] => changes(before, now, OBSTACLES);

/** The line segments that went, then those that came (a route came or went, the camera moved). */
export const lineChanges = (before: readonly LineSegment[], now: readonly LineSegment[]): LineSegment[] => changes(before, now, LINES);
