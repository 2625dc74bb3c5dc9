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

/** Whether the segment crosses the box's interior (Liang–Barsky clipping); allocates nothing, as it runs for every candidate. */
export function segmentCrossesBox(segment: readonly number[], box: Box): boolean {
	const x1 = segment[0]!;
	const y1 = segment[1]!;
	const dx = segment[2]! - x1;
	const dy = segment[3]! - y1;
	const right = box.x + box.width;
	const bottom = box.y + box.height;
	// Apart at a glance: both ends on the same outer side of the box.
	if ((x1 <= box.x && x1 + dx <= box.x) || (x1 >= right && x1 + dx >= right) || (y1 <= box.y && y1 + dy <= box.y) || (y1 >= bottom && y1 + dy >= bottom)) return false;
	let t0 = 0;
	let t1 = 1;
	const clip = (p: number, q: number) => {
		if (p === 0) return q > 0;
		const t = q / p;
		if (p < 0) t0 = Math.max(t0, t);
		else t1 = Math.min(t1, t);
		return true;
	};
	if (!clip(-dx, x1 - box.x) || !clip(dx, right - x1) || !clip(-dy, y1 - box.y) || !clip(dy, bottom - y1)) return false;
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

/** How far a point lies from a box (0 inside it). */
export function boxDistance(box: Box, x: number, y: number): number {
	const dx = Math.max(box.x - x, 0, x - box.x - box.width);
	const dy = Math.max(box.y - y, 0, y - box.y - box.height);
	return Math.hypot(dx, dy);
}

export const inflate = ({ x, y, width, height }: Box, by: number): Box => ({ x: x - by, y: y - by, width: width + 2 * by, height: height + 2 * by });

/** Whether two segments cross at a point inside both (touching ends and collinear overlaps do not count). */
export function segmentsCross([ax, ay, bx, by]: readonly number[], [cx, cy, dx, dy]: readonly number[]): boolean {
	const side = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) => (qx - px) * (ry - py) - (qy - py) * (rx - px);
	const d1 = side(cx!, cy!, dx!, dy!, ax!, ay!);
	const d2 = side(cx!, cy!, dx!, dy!, bx!, by!);
	const d3 = side(ax!, ay!, bx!, by!, cx!, cy!);
	const d4 = side(ax!, ay!, bx!, by!, dx!, dy!);
	return d1 * d2 < 0 && d3 * d4 < 0;
}
