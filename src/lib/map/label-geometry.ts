// The shapes labels are placed among and the tests that keep them apart: boxes (given by their
// top-left corner), round symbols and leader lines, in screen pixels.

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Something labels keep off: a round symbol (an incident's disc) or a box (an icon, a control). */
export type Obstacle = ({ shape: 'circle' } & Circle) | ({ shape: 'box' } & Box);

export interface Circle {
	x: number;
	y: number;
	r: number;
}

export function boxesOverlap(a: Box, b: Box, spacing = 0): boolean {
	return a.x < b.x + b.width + spacing && b.x < a.x + a.width + spacing && a.y < b.y + b.height + spacing && b.y < a.y + a.height + spacing;
}

function boxTouchesCircle(box: Box, { x, y, r }: Circle): boolean {
	const nx = Math.max(box.x, Math.min(x, box.x + box.width));
	const ny = Math.max(box.y, Math.min(y, box.y + box.height));
	return (nx - x) ** 2 + (ny - y) ** 2 < r * r;
}

export function boxHitsObstacle(box: Box, obstacle: Obstacle): boolean {
	return obstacle.shape === 'circle' ? boxTouchesCircle(box, obstacle) : boxesOverlap(box, obstacle);
}

/** Whether the segment crosses the box's interior (Liang–Barsky clipping). */
export function segmentCrossesBox([x1, y1, x2, y2]: readonly number[], box: Box): boolean {
	let t0 = 0;
	let t1 = 1;
	const dx = x2! - x1!;
	const dy = y2! - y1!;
	const edges: [number, number][] = [
		[-dx, x1! - box.x],
		[dx, box.x + box.width - x1!],
		[-dy, y1! - box.y],
		[dy, box.y + box.height - y1!]
	];
	for (const [p, q] of edges) {
		if (p === 0) {
			if (q <= 0) return false;
		} else {
			const t = q / p;
			if (p < 0) t0 = Math.max(t0, t);
			else t1 = Math.min(t1, t);
		}
	}
	// A segment that only grazes a corner or an edge (t0 === t1) does not cross.
	return t1 - t0 > 1e-9;
}

export function segmentCrossesCircle([x1, y1, x2, y2]: readonly number[], { x, y, r }: Circle): boolean {
	const dx = x2! - x1!;
	const dy = y2! - y1!;
	const length2 = dx * dx + dy * dy;
	const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - x1!) * dx + (y - y1!) * dy) / length2));
	return (x1! + t * dx - x) ** 2 + (y1! + t * dy - y) ** 2 < r * r;
}

export function grow(region: Box | null, { x, y, width, height }: Box): Box {
	if (!region) return { x, y, width, height };
	const x1 = Math.min(region.x, x);
	const y1 = Math.min(region.y, y);
	return { x: x1, y: y1, width: Math.max(region.x + region.width, x + width) - x1, height: Math.max(region.y + region.height, y + height) - y1 };
}

export const segmentBox = ([x1, y1, x2, y2]: readonly number[]): Box => ({ x: Math.min(x1!, x2!), y: Math.min(y1!, y2!), width: Math.abs(x2! - x1!), height: Math.abs(y2! - y1!) });
export const obstacleBox = (o: Obstacle): Box => (o.shape === 'circle' ? { x: o.x - o.r, y: o.y - o.r, width: 2 * o.r, height: 2 * o.r } : o);
