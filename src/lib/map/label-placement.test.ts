import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { placeLabels, sameSpot, type LabelRequest, type Obstacle, type PlacedLabel } from './label-placement';

// Overlap checks written apart from the module's own, by sampling: a label and something else
// overlap when a point strictly inside the label's box is strictly inside the other.
const STEPS = 12;
function interiorPoints({ box }: Pick<PlacedLabel, 'box'>): [number, number][] {
	const points: [number, number][] = [];
	for (let i = 1; i < STEPS; i++)
		for (let j = 1; j < STEPS; j++) points.push([box.x + (box.width * i) / STEPS, box.y + (box.height * j) / STEPS]);
	return points;
}
const inBox = ([x, y]: [number, number], b: { x: number; y: number; width: number; height: number }) =>
	x > b.x && x < b.x + b.width && y > b.y && y < b.y + b.height;
const inObstacle = (point: [number, number], o: Obstacle) =>
	o.shape === 'circle' ? Math.hypot(point[0] - o.x, point[1] - o.y) < o.r : inBox(point, o);
/** Points along a leader, its two ends left out (they touch the symbol and the label). */
function leaderPoints([x1, y1, x2, y2]: [number, number, number, number]): [number, number][] {
	return Array.from({ length: 40 }, (_, i) => {
		const t = (i + 1) / 42;
		return [x1 + (x2 - x1) * t, y1 + (y2 - y1) * t];
	});
}

const turn = (a: readonly number[], b: readonly number[], c: readonly number[]) => Math.sign((b[0]! - a[0]!) * (c[1]! - a[1]!) - (b[1]! - a[1]!) * (c[0]! - a[0]!));
const crossing = ([a, b, c, d]: readonly number[], [e, f, g, h]: readonly number[]) =>
	turn([a!, b!], [c!, d!], [e!, f!]) * turn([a!, b!], [c!, d!], [g!, h!]) < 0 && turn([e!, f!], [g!, h!], [a!, b!]) * turn([e!, f!], [g!, h!], [c!, d!]) < 0;

const request = (id: string, anchor: [number, number], more: Partial<LabelRequest> = {}): LabelRequest => ({
	id,
	anchor,
	radius: 0,
	width: 60,
	height: 14,
	priority: 1,
	mode: 'around',
	...more
});

describe('placeLabels', () => {
	it('puts a lone label to the right of its symbol, clear of it by the gap', () => {
		const { placed } = placeLabels([request('a', [100, 100], { radius: 10 })], { width: 400, height: 300, gap: 4 });
		expect(placed[0]!.box).toEqual({ x: 114, y: 93, width: 60, height: 14 });
		expect(placed[0]!.leader).toBeNull();
	});

	it('flips to the left at the right edge of the map', () => {
		const { placed } = placeLabels([request('a', [370, 100], { radius: 5 })], { width: 400, height: 300 });
		expect(placed[0]!.slot).toBe('W');
		expect(placed[0]!.box.x + placed[0]!.box.width).toBeLessThanOrEqual(370 - 5);
	});

	it('draws a leader when every place beside the symbol is taken', () => {
		const obstacles: Obstacle[] = [{ shape: 'circle', x: 200, y: 150, r: 40 }];
		// A small symbol inside a crowd: its eight neighbours' spots are all under the big disc.
		const { placed } = placeLabels([request('a', [200, 150], { radius: 3 })], { width: 400, height: 300, obstacles });
		expect(placed[0]!.leader).not.toBeNull();
		const [x1, y1] = placed[0]!.leader!;
		expect(Math.hypot(x1 - 200, y1 - 150)).toBeCloseTo(3);
	});

	it('runs a leader out of a crowd of overlapping symbols, around the symbols further on', () => {
		// The label's symbol lies on a big disc; a third disc sits where the leader would go straight up.
		const obstacles: Obstacle[] = [
			{ shape: 'circle', x: 200, y: 150, r: 8 },
			{ shape: 'circle', x: 205, y: 160, r: 30 },
			{ shape: 'circle', x: 200, y: 80, r: 10 }
		];
		const { placed } = placeLabels([request('a', [200, 150], { radius: 8, width: 300 })], { width: 400, height: 300, obstacles });
		const leader = placed[0]!.leader!;
		expect(leader).not.toBeNull();
		const far = obstacles[2]! as { x: number; y: number; r: number };
		for (let t = 0; t <= 1; t += 0.01) {
			const x = leader[0] + (leader[2] - leader[0]) * t;
			const y = leader[1] + (leader[3] - leader[1]) * t;
			expect(Math.hypot(x - far.x, y - far.y)).toBeGreaterThanOrEqual(far.r);
		}
	});

	it('keeps the higher priority and drops the other when only one fits, whatever the order given', () => {
		// A map just big enough for one label beside a symbol at its centre.
		const options = { width: 100, height: 30, margin: 0, gap: 2 };
		for (const order of [
			['low', 'high'],
			['high', 'low']
		]) {
			const requests = order.map((id) => request(id, [20, 15], { width: 70, height: 12, priority: id === 'high' ? 2 : 1 }));
			const { placed, dropped } = placeLabels(requests, options);
			expect(placed.map((p) => p.id)).toEqual(['high']);
			expect(dropped).toEqual(['low']);
		}
	});

	it('keeps a label on its previous side while that still fits', () => {
		const options = { width: 400, height: 300, previous: new Map([['a', 'SW']]) };
		expect(placeLabels([request('a', [200, 100])], options).placed[0]!.slot).toBe('SW');
	});

	it('centres an area’s label on its spot, and shifts it off a symbol', () => {
		const label = request('mali', [200, 100], { mode: 'centred', width: 40 });
		expect(placeLabels([label], { width: 400, height: 300 }).placed[0]!.box).toEqual({ x: 180, y: 93, width: 40, height: 14 });
		const covered = placeLabels([label], { width: 400, height: 300, obstacles: [{ shape: 'circle', x: 200, y: 100, r: 5 }] });
		expect(covered.placed[0]!.slot).not.toBe('C');
		expect(covered.placed[0]!.leader).toBeNull();
	});

	it('moves an area’s label to its next spot when labels placed before it cover the first, and drops it only when every spot is covered', () => {
		const options = { width: 400, height: 300 };
		const area = request('niger', [100, 100], { mode: 'centred', width: 40, priority: 1, spots: [[300, 200]] });
		const town = (at: [number, number]) => request(`town ${at}`, at, { mode: 'centred', width: 120, height: 80, priority: 2 });
		const moved = placeLabels([area, town([100, 100])], options).placed.find((p) => p.id === 'niger')!;
		expect(moved.slot).toBe('C1');
		expect(moved.box).toEqual({ x: 280, y: 193, width: 40, height: 14 });
		expect(placeLabels([area, town([100, 100]), town([300, 200])], options).dropped).toEqual(['niger']);
	});

	const arbitraryScene = fc.record({
		width: fc.integer({ min: 120, max: 900 }),
		height: fc.integer({ min: 100, max: 700 }),
		labels: fc.array(
			fc.record({
				x: fc.double({ min: 0, max: 1, noNaN: true }),
				y: fc.double({ min: 0, max: 1, noNaN: true }),
				radius: fc.integer({ min: 0, max: 26 }),
				width: fc.integer({ min: 8, max: 220 }),
				height: fc.integer({ min: 8, max: 24 }),
				priority: fc.integer({ min: 0, max: 5 }),
				centred: fc.boolean()
			}),
			{ maxLength: 40 }
		),
		circles: fc.array(
			fc.record({ x: fc.double({ min: 0, max: 1, noNaN: true }), y: fc.double({ min: 0, max: 1, noNaN: true }), r: fc.integer({ min: 1, max: 30 }) }),
			{ maxLength: 15 }
		),
		boxes: fc.array(
			fc.record({
				x: fc.double({ min: 0, max: 1, noNaN: true }),
				y: fc.double({ min: 0, max: 1, noNaN: true }),
				width: fc.integer({ min: 4, max: 120 }),
				height: fc.integer({ min: 4, max: 120 })
			}),
			{ maxLength: 5 }
		)
	});

	it('never lets a placed label overlap another label, a leader, a symbol or the edge (random scenes)', () => {
		fc.assert(
			fc.property(arbitraryScene, ({ width, height, labels, circles, boxes }) => {
				const requests = labels.map((l, i) =>
					request(`l${i}`, [l.x * width, l.y * height], {
						radius: l.radius,
						width: l.width,
						height: l.height,
						priority: l.priority,
						mode: l.centred ? 'centred' : 'around'
					})
				);
				const obstacles: Obstacle[] = [
					// Every symbol a label names is an obstacle too, as on the map.
					...requests.filter((r) => r.radius > 0).map((r) => ({ shape: 'circle' as const, x: r.anchor[0], y: r.anchor[1], r: r.radius })),
					...circles.map((c) => ({ shape: 'circle' as const, x: c.x * width, y: c.y * height, r: c.r })),
					...boxes.map((b) => ({ shape: 'box' as const, x: b.x * width, y: b.y * height, width: b.width, height: b.height }))
				];
				const { placed, dropped } = placeLabels(requests, { width, height, obstacles, margin: 2 });

				// Every label is either placed or dropped, once.
				expect([...placed.map((p) => p.id), ...dropped].sort()).toEqual(requests.map((r) => r.id).sort());
				for (const label of placed) {
					const asked = requests.find((r) => r.id === label.id)!;
					expect(label.box.width).toBe(asked.width);
					expect(label.box.height).toBe(asked.height);
					// Inside the map, margin kept.
					expect(label.box.x).toBeGreaterThanOrEqual(2);
					expect(label.box.y).toBeGreaterThanOrEqual(2);
					expect(label.box.x + label.box.width).toBeLessThanOrEqual(width - 2 + 1e-9);
					expect(label.box.y + label.box.height).toBeLessThanOrEqual(height - 2 + 1e-9);
					const points = interiorPoints(label);
					for (const o of obstacles) expect(points.some((p) => inObstacle(p, o))).toBe(false);
					for (const other of placed) {
						if (other === label) continue;
						expect(points.some((p) => inBox(p, other.box))).toBe(false);
						if (other.leader) expect(leaderPoints(other.leader).some((p) => inBox(p, label.box))).toBe(false);
						// Nor within 6 px of another's leader end, which would seem to point at it.
						if (other.leader) expect(Math.hypot(Math.max(label.box.x - other.leader[2], 0, other.leader[2] - label.box.x - label.box.width), Math.max(label.box.y - other.leader[3], 0, other.leader[3] - label.box.y - label.box.height))).toBeGreaterThanOrEqual(6);
					}
					if (label.leader) {
						// No two leaders cross (each end strictly on the other's two sides).
						for (const other of placed) if (other !== label && other.leader) expect(crossing(label.leader, other.leader), `${label.id} × ${other.id}`).toBe(false);
						// The leader runs from the symbol's edge to the label's edge.
						const [x1, y1, x2, y2] = label.leader;
						expect(Math.hypot(x1 - asked.anchor[0], y1 - asked.anchor[1])).toBeCloseTo(asked.radius, 6);
						const b = label.box;
						const onEdge = Math.min(Math.abs(x2 - b.x), Math.abs(x2 - b.x - b.width), Math.abs(y2 - b.y), Math.abs(y2 - b.y - b.height));
						expect(onEdge).toBeLessThan(1e-6);
					}
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('drops a label only when no place at all was free for it (random scenes)', () => {
		fc.assert(
			fc.property(arbitraryScene, ({ width, height, labels }) => {
				const requests = labels.map((l, i) =>
					request(`l${i}`, [l.x * width, l.y * height], { width: l.width, height: l.height, priority: l.priority })
				);
				const { placed, dropped } = placeLabels(requests, { width, height });
				// Alone on the map (but for the other labels' symbols, which it must not seem to name), each
				// dropped label finds a place unless it cannot fit beside its anchor at all: so it was dropped
				// for the others, and every one of those placed before it had at least its priority.
				for (const id of dropped) {
					const asked = requests.find((r) => r.id === id)!;
					const others = requests.filter((r) => r !== asked).map((r) => ({ ...r, priority: -1 }));
					const alone = placeLabels([{ ...asked, priority: 2 }, ...others], { width, height });
					if (alone.dropped.includes(id)) continue;
					expect(placed.some((p) => requests.find((r) => r.id === p.id)!.priority >= asked.priority)).toBe(true);
				}
			}),
			{ numRuns: 200 }
		);
	});
});

describe('sameSpot', () => {
	// Few distinct values, so equal boxes and leaders come up often.
	const coordinate = fc.constantFrom(0, 1.5, 2, -3);
	const leader = fc.option(fc.tuple(coordinate, coordinate, coordinate, coordinate), { nil: null });
	const placed = fc.record({
		id: fc.constant('a'),
		slot: fc.constantFrom('NE', 'SW'),
		box: fc.record({ x: coordinate, y: coordinate, width: coordinate, height: coordinate }),
		overLines: fc.boolean(),
		leader
	});

	it('agrees with comparing the box, the plate and the leader written out as text', () => {
		const asText = (p: PlacedLabel) => JSON.stringify([p.box.x, p.box.y, p.box.width, p.box.height, p.overLines, p.leader]);
		fc.assert(fc.property(placed, placed, (a, b) => sameSpot(a, b) === (asText(a) === asText(b))));
	});

	it('tells a leader from none, and a moved leader from a kept one', () => {
		const box = { x: 1, y: 2, width: 30, height: 12 };
		expect(sameSpot({ id: 'a', slot: 'NE', box, overLines: false, leader: null }, { id: 'a', slot: 'SW', box: { ...box }, overLines: false, leader: null })).toBe(true);
		expect(sameSpot({ id: 'a', slot: 'NE', box, overLines: false, leader: null }, { id: 'a', slot: 'NE', box, overLines: false, leader: [0, 0, 1, 2] })).toBe(false);
		expect(sameSpot({ id: 'a', slot: 'NE', box, overLines: false, leader: [0, 0, 1, 2] }, { id: 'a', slot: 'NE', box, overLines: false, leader: [0, 0, 1, 3] })).toBe(false);
	});
});
