// Which obstacles came or went between two frames, compared by value: most are the same objects
// frame after frame (checked by identity first), and the few that moved are matched by their numbers,
// without writing any as a string.
import type { Obstacle } from './label-geometry';

const sameObstacle = (a: Obstacle, b: Obstacle) =>
	a.x === b.x &&
	a.y === b.y &&
	(a.shape === 'circle' ? b.shape === 'circle' && a.r === b.r : b.shape === 'box' && a.width === b.width && a.height === b.height);

/** Equal obstacles hash alike; unequal ones rarely do (a bucket is checked in full). */
const hashOf = (o: Obstacle) => (o.shape === 'circle' ? o.x * 3 + o.y * 7 + o.r * 11 : o.x * 5 + o.y * 13 + o.width * 17 + o.height * 19 + 0.5);

/** The obstacles of `from` that have no equal in `against`. */
function missing(from: readonly Obstacle[], against: readonly Obstacle[]): Obstacle[] {
	const same = new Set(against);
	let buckets: Map<number, Obstacle[]> | null = null;
	const out: Obstacle[] = [];
	for (const o of from) {
		if (same.has(o)) continue;
		if (!buckets) {
			buckets = new Map();
			for (const p of against) {
				const key = hashOf(p);
				const bucket = buckets.get(key);
				if (bucket) bucket.push(p);
				else buckets.set(key, [p]);
			}
		}
		if (!buckets.get(hashOf(o))?.some((p) => sameObstacle(o, p))) out.push(o);
	}
	return out;
}

/** The obstacles that went (in `before`, with no equal in `now`), then those that came. */
export const obstacleChanges = (before: readonly Obstacle[], now: readonly Obstacle[]): Obstacle[] => [...missing(before, now), ...missing(now, before)];
