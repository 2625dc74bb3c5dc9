import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelRequest, type Obstacle, type PlacedLabel } from './label-placement';
import { screenSegments } from './label-lines';

// Checks written apart from the module's own: distances from a box, and lines sampled point by point.
const distanceToBox = ([x, y]: readonly number[], b: PlacedLabel['box']) => Math.hypot(Math.max(b.x - x!, 0, x! - b.x - b.width), Math.max(b.y - y!, 0, y! - b.y - b.height));
const inside = ([x, y]: readonly number[], b: PlacedLabel['box']) => x! > b.x && x! < b.x + b.width && y! > b.y && y! < b.y + b.height;
const along = ([x1, y1, x2, y2]: readonly number[], n = 200) =>
	Array.from({ length: n - 1 }, (_, i) => [x1! + ((x2! - x1!) * (i + 1)) / n, y1! + ((y2! - y1!) * (i + 1)) / n]);
const lineThrough = (line: readonly number[], box: PlacedLabel['box']) => along(line).some((p) => inside(p, box));
/** Whether two segments share a point away from their ends: some sample of one lies within 0.3 px of the other's samples. */
const leadersCross = (a: readonly number[], b: readonly number[]) => {
	const pb = along(b, 400);
	return along(a, 400).some(([x, y]) => pb.some(([u, v]) => Math.hypot(x! - u!, y! - v!) < 0.3));
};
const symbolOf = (r: LabelRequest) => ({ x: r.anchor[0], y: r.anchor[1], r: r.radius });
const asObstacles = (requests: readonly LabelRequest[]): Obstacle[] => requests.filter((r) => r.radius > 0).map((r) => ({ shape: 'circle', ...symbolOf(r), r: r.radius + (r.yields ? 1 : 0) }));

const label = (id: string, anchor: [number, number], radius: number, width: number, height: number, priority: number, yields = false): LabelRequest => ({
	id,
	anchor,
	radius,
	width,
	height,
	priority,
	mode: 'around',
	...(yields ? { yields } : {})
});

/**
 * What a reader would misread: a label moved off its symbol without a leader; a label nearer
 * another shown symbol than its own (or, out on a leader, within 10 px of one); a label across the
 * line from another symbol to its label. A town's dot is shown only when its name is.
 */
function misreadings(requests: readonly LabelRequest[], placed: readonly PlacedLabel[], gap: number): string[] {
	const found: string[] = [];
	const byId = new Map(requests.map((r) => [r.id, r]));
	const shown = requests.filter((r) => !r.yields || placed.some((p) => p.id === r.id));
	for (const p of placed) {
		const own = byId.get(p.id)!;
		const ownEdge = distanceToBox(own.anchor, p.box) - own.radius;
		if (!p.leader && ownEdge > gap + 0.5) found.push(`${p.id} sits ${ownEdge.toFixed(1)} px off its symbol with no leader`);
		for (const other of shown) {
			// Symbols that touch are named from the same spot.
			if (other === own || Math.hypot(other.anchor[0] - own.anchor[0], other.anchor[1] - own.anchor[1]) <= other.radius + own.radius + 4) continue;
			const edge = distanceToBox(other.anchor, p.box) - other.radius;
			if (p.leader ? edge < 10 : edge <= ownEdge) found.push(`${p.id} is ${edge.toFixed(1)} px from ${other.id}'s symbol`);
		}
		for (const q of placed)
			if (q !== p && q.leader) {
				const anchor = byId.get(q.id)!.anchor;
				if (lineThrough([anchor[0], anchor[1], q.box.x + q.box.width / 2, q.box.y + q.box.height / 2], p.box)) found.push(`${p.id} lies between ${q.id}'s symbol and its label`);
			}
	}
	return found;
}

describe('labels read as their own symbol', () => {
	// The presenter's chapter 6 at 1280×720, as placed: Tongo Tongo's label ended on a leader beside
	// Inates' dot, and Inates' name sat between Tongo Tongo's disc and its label.
	const requests = [
		label('incident:ayorou', [295.8, 280.5], 9.94, 200, 24, 100),
		label('incident:tongo-tongo', [366.1, 255.3], 8.27, 241, 24, 100),
		label('town:inates', [326.4, 240.8], 3, 54, 23, 42.5, true),
		label('town:ansongo', [264.3, 206.4], 3, 74, 23, 40, true)
	];
	// The chapter's panel of events with no place, the locator and the key.
	const panels: Obstacle[] = [
		{ shape: 'box', x: 387, y: 12, width: 343, height: 334 },
		{ shape: 'box', x: 12, y: 12, width: 150, height: 150 }
	];
	const options = { width: 742, height: 535, obstacles: [...asObstacles(requests), ...panels], gap: 4 };

	it('gives Tongo Tongo a label that reads as its own, beside Inates and Ayorou', () => {
		const { placed } = placeLabels(requests, options);
		expect(placed.map((p) => p.id)).toEqual(expect.arrayContaining(['incident:ayorou', 'incident:tongo-tongo']));
		expect(misreadings(requests, placed, 4)).toEqual([]);
	});

	it('lets an attack take the room beside a town, whose name and dot then go', () => {
		// Only one spot fits the attack's label (right of it, the rest off the map, under the wall or on the
		// town's dot), 4 px from the town's dot: the town cannot stay.
		const crowded = [label('incident:a', [100, 50], 8, 120, 20, 100), label('town:b', [140, 33], 3, 40, 16, 40, true)];
		const walls: Obstacle[] = [{ shape: 'box', x: 0, y: 62, width: 400, height: 300 }];
		const { placed, dropped } = placeLabels(crowded, { width: 400, height: 300, obstacles: [...asObstacles(crowded), ...walls], maxLeader: 0 });
		expect(placed.map((p) => p.id)).toEqual(['incident:a']);
		expect(dropped).toEqual(['town:b']);
		// But with room elsewhere, the attack's label leaves the town its place.
		const open = placeLabels(crowded, { width: 400, height: 300, obstacles: asObstacles(crowded) });
		expect(open.dropped).toEqual([]);
		expect(misreadings(crowded, open.placed, 4)).toEqual([]);
	});
});

describe('labels among lines', () => {
	// Chinagodrar at 13:45 on the 1920×1080 presenter, its border and routes as drawn: the
	// withdrawal's label lay along the border, the disputed strike's under a route.
	const border: [number, number][] = [
		[1126, 386], [1014, 368], [814, 336], [687, 314], [645, 316], [630, 320], [622, 326], [618, 337], [614, 357], [614, 397], [611, 412], [557, 414], [453, 418], [350, 423], [249, 426], [146, 431], [42, 435]
	];
	const routes: [number, number][][] = [
		[[236, 290], [482, 524], [613, 539]],
		[[825, 567], [613, 539]],
		[[613, 539], [557, 457], [449, 234]]
	];
	const lines = screenSegments([border, ...routes], (p) => p, 1110, 914);
	const requests = [
		label('incident:chinagodrar', [612.8, 539.1], 26, 323, 30, 100),
		label('dispute', [526.2, 392.9], 17.5, 341, 52, 90),
		label('movement:withdrawal', [526.2, 392.9], 5, 285, 52, 80),
		label('crossing:west', [374.4, 421.4], 6, 157, 28, 75),
		label('crossing:withdrawal', [536.9, 415], 6, 157, 28, 75),
		label('aircraft', [612.8, 539.1], 15, 200, 28, 70)
	];
	const key: Obstacle = { shape: 'box', x: 830, y: 411, width: 271, height: 489 };
	const options = { width: 1110, height: 914, obstacles: [...asObstacles(requests), key], lines };
	const { placed } = placeLabels(requests, options);

	it('keeps the attack and the disputed strike off the border and the routes', () => {
		for (const id of ['incident:chinagodrar', 'dispute']) {
			const p = placed.find((l) => l.id === id)!;
			expect(lines.filter((s) => lineThrough(s.at, p.box)).length, id).toBe(0);
		}
	});

	it('places every label, none across another, no leaders crossing, each reading as its own', () => {
		expect(placed.map((p) => p.id).sort()).toEqual(requests.map((r) => r.id).sort());
		const leaders = placed.filter((p) => p.leader);
		for (const [i, a] of leaders.entries()) for (const b of leaders.slice(i + 1)) expect(leadersCross(a.leader!, b.leader!), `${a.id} × ${b.id}`).toBe(false);
		expect(misreadings(requests, placed, 4)).toEqual([]);
	});

	it('keeps a label clear of a line when a spot beside its symbol is clear', () => {
		// A line straight through the symbol, along its first choices (right and left).
		const flat = screenSegments([[[0, 100], [400, 100]]], (p) => p, 400, 300);
		const [one] = placeLabels([label('a', [200, 100], 4, 60, 14, 1)], { width: 400, height: 300, lines: flat }).placed;
		expect(one!.leader).toBeNull();
		expect(lineThrough([0, 100, 400, 100], one!.box)).toBe(false);
		expect(one!.overLines).toBe(false);
	});

	it('sets a label on a plate when every spot it may take is crossed by a line', () => {
		// Lines every 6 px down the whole map: no box 14 px tall fits between two.
		const rows = Array.from({ length: 50 }, (_, i): [[number, number], [number, number]] => [[0, 3 + 6 * i], [400, 3 + 6 * i]]);
		const [one] = placeLabels([label('a', [200, 100], 4, 60, 14, 1)], { width: 400, height: 300, lines: screenSegments(rows, (p) => p, 400, 300) }).placed;
		expect(rows.some(([[x1, y1], [x2, y2]]) => lineThrough([x1, y1, x2, y2], one!.box))).toBe(true);
		expect(one!.overLines).toBe(true);
	});
});
