// One placement routine for every label on the map: greedy by priority, each label tried at the
// positions around its anchor that cartographers prefer, then further out on a leader line, and
// dropped when nothing fits. A placed label never overlaps another label, a leader, a symbol or
// the map's edge. Screen pixels throughout; boxes are given by their top-left corner.

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

export interface LabelRequest {
	id: string;
	anchor: readonly [number, number];
	/** How far the label keeps from its anchor: the radius of the symbol it names (0 for none). */
	radius: number;
	width: number;
	height: number;
	/** Higher first; among equals, the order given. */
	priority: number;
	/**
	 * `around` a point symbol: eight positions beside it, then further out with a leader line.
	 * `centred` on a spot that stands for an area (a country, a ring): small shifts only, no leader.
	 */
	mode: 'around' | 'centred';
}

export interface PlacedLabel {
	id: string;
	box: Box;
	/** From the symbol's edge to the label, when the label had to move away: [x1, y1, x2, y2]. */
	leader: [number, number, number, number] | null;
	/** Which candidate was taken: pass it back as `previous` to keep a moving label on its side. */
	slot: string;
}

export interface PlacementOptions {
	width: number;
	height: number;
	obstacles?: readonly Obstacle[];
	/** Kept clear along every edge of the map. */
	margin?: number;
	/** From a symbol's edge to its label. */
	gap?: number;
	/** Between two labels. */
	spacing?: number;
	/** Each label's slot in the previous frame: tried first, so labels do not hop as their anchors move. */
	previous?: ReadonlyMap<string, string>;
	/** The longest leader, px beyond the symbol's gap: rings further out are not tried (a small map's leaders stay short). */
	maxLeader?: number;
	/** Labels of a lower priority are dropped rather than put on a leader (a small map's towns give way). */
	leaderPriority?: number;
}

export interface Placement {
	placed: PlacedLabel[];
	/** Ids of the labels nothing could fit, in the order they were tried. */
	dropped: string[];
}

interface Candidate {
	slot: string;
	box: Box;
	leader: [number, number, number, number] | null;
}

const DIAGONAL = Math.SQRT1_2;
/** How much further out each ring of leader positions lies, px. */
const LEADER_STEPS = [14, 28, 44, 62, 84];
const LEADER_DIRECTIONS = 16;

/** Right, upper right, lower right, left, upper left, lower left, above, below (Imhof's order). */
function besideCandidates({ anchor: [x, y], radius, width: w, height: h }: LabelRequest, gap: number): Candidate[] {
	const d = radius + gap;
	const k = d * DIAGONAL;
	const at = (slot: string, bx: number, by: number): Candidate => ({ slot, box: { x: bx, y: by, width: w, height: h }, leader: null });
	return [
		at('E', x + d, y - h / 2),
		at('NE', x + k, y - k - h),
		at('SE', x + k, y + k),
		at('W', x - d - w, y - h / 2),
		at('NW', x - k - w, y - k - h),
		at('SW', x - k - w, y + k),
		at('N', x - w / 2, y - d - h),
		at('S', x - w / 2, y + d)
	];
}

/** Rings further out, each label's nearest edge at the ring, joined to the symbol by a leader. */
function leaderCandidates({ anchor: [x, y], radius, width: w, height: h }: LabelRequest, gap: number, max: number): Candidate[] {
	const out: Candidate[] = [];
	LEADER_STEPS.forEach((step, ring) => {
		if (step > max) return;
		for (let i = 0; i < LEADER_DIRECTIONS; i++) {
			// E, then alternately above and below it, round to W: the nearest sides first.
			const turn = Math.ceil(i / 2) * (i % 2 ? -1 : 1);
			const angle = (turn * 2 * Math.PI) / LEADER_DIRECTIONS;
			const dx = Math.cos(angle);
			const dy = Math.sin(angle);
			const px = x + (radius + gap + step) * dx;
			const py = y + (radius + gap + step) * dy;
			const bx = dx > 0.38 ? px : dx < -0.38 ? px - w : px - w / 2;
			const by = dy > 0.38 ? py : dy < -0.38 ? py - h : py - h / 2;
			out.push({
				slot: `L${ring}.${i}`,
				box: { x: bx, y: by, width: w, height: h },
				leader: [x + radius * dx, y + radius * dy, px, py]
			});
		}
	});
	return out;
}

/** The spot itself, then nudged up, down and sideways by part of the label's size. */
function centredCandidates({ anchor: [x, y], width: w, height: h }: LabelRequest): Candidate[] {
	const shifts: [string, number, number][] = [
		['C', 0, 0],
		['Cn', 0, -0.8],
		['Cs', 0, 0.8],
		['Ce', 0.3, 0],
		['Cw', -0.3, 0],
		['Cnn', 0, -1.6],
		['Css', 0, 1.6]
	];
	return shifts.map(([slot, fx, fy]) => ({ slot, box: { x: x - w / 2 + fx * w, y: y - h / 2 + fy * h, width: w, height: h }, leader: null }));
}

function boxesOverlap(a: Box, b: Box, spacing = 0): boolean {
	return a.x < b.x + b.width + spacing && b.x < a.x + a.width + spacing && a.y < b.y + b.height + spacing && b.y < a.y + a.height + spacing;
}

function boxTouchesCircle(box: Box, { x, y, r }: Circle): boolean {
	const nx = Math.max(box.x, Math.min(x, box.x + box.width));
	const ny = Math.max(box.y, Math.min(y, box.y + box.height));
	return (nx - x) ** 2 + (ny - y) ** 2 < r * r;
}

function boxHitsObstacle(box: Box, obstacle: Obstacle): boolean {
	return obstacle.shape === 'circle' ? boxTouchesCircle(box, obstacle) : boxesOverlap(box, obstacle);
}

/** Whether the segment crosses the box's interior (Liang–Barsky clipping). */
function segmentCrossesBox([x1, y1, x2, y2]: readonly number[], box: Box): boolean {
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

function segmentCrossesCircle([x1, y1, x2, y2]: readonly number[], { x, y, r }: Circle): boolean {
	const dx = x2! - x1!;
	const dy = y2! - y1!;
	const length2 = dx * dx + dy * dy;
	const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - x1!) * dx + (y - y1!) * dy) / length2));
	return (x1! + t * dx - x) ** 2 + (y1! + t * dy - y) ** 2 < r * r;
}

/** What one label's choice looked at: the box round every candidate it tried, and what it chose. */
interface Choice {
	chosen: Candidate | undefined;
	/** Nothing outside this box (grown by the spacing) could have changed the choice. */
	region: Box;
}

const KEEP_OFF = 1;

function grow(region: Box | null, { x, y, width, height }: Box): Box {
	if (!region) return { x, y, width, height };
	const x1 = Math.min(region.x, x);
	const y1 = Math.min(region.y, y);
	return { x: x1, y: y1, width: Math.max(region.x + region.width, x + width) - x1, height: Math.max(region.y + region.height, y + height) - y1 };
}

const segmentBox = ([x1, y1, x2, y2]: readonly number[]): Box => ({ x: Math.min(x1!, x2!), y: Math.min(y1!, y2!), width: Math.abs(x2! - x1!), height: Math.abs(y2! - y1!) });
const obstacleBox = (o: Obstacle): Box => (o.shape === 'circle' ? { x: o.x - o.r, y: o.y - o.r, width: 2 * o.r, height: 2 * o.r } : o);
const obstacleKey = (o: Obstacle) => (o.shape === 'circle' ? `c${o.x},${o.y},${o.r}` : `b${o.x},${o.y},${o.width},${o.height}`);
const samePlaced = (a: PlacedLabel | null, b: PlacedLabel | null) =>
	a === b ||
	(!!a && !!b && a.slot === b.slot && a.box.x === b.box.x && a.box.y === b.box.y && a.box.width === b.box.width && a.box.height === b.box.height && String(a.leader) === String(b.leader));
const sameRequest = (a: LabelRequest, b: LabelRequest) =>
	a.anchor[0] === b.anchor[0] &&
	a.anchor[1] === b.anchor[1] &&
	a.radius === b.radius &&
	a.width === b.width &&
	a.height === b.height &&
	a.priority === b.priority &&
	a.mode === b.mode;

/** The geometry a placed label puts in others' way: its box and its leader. */
const footprint = (placed: PlacedLabel): Box[] => (placed.leader ? [placed.box, segmentBox(placed.leader)] : [placed.box]);

/** One label's greedy choice, given what is already placed. */
function choose(request: LabelRequest, before: string | undefined, fits: (candidate: Candidate) => boolean, gap: number, leaders: { max: number; priority: number }): Choice {
	let region: Box | null = null;
	const tried = (candidate: Candidate) => {
		region = grow(region, candidate.box);
		if (candidate.leader) region = grow(region, segmentBox(candidate.leader));
		return fits(candidate);
	};
	// The leader rings (80 candidates) are made only for a label nothing beside its symbol fits,
	// or that had a leader in the previous frame: most labels never need them.
	const near = request.mode === 'centred' ? centredCandidates(request) : besideCandidates(request, gap);
	const far = () => (request.mode === 'centred' || request.priority < leaders.priority ? [] : leaderCandidates(request, gap, leaders.max));
	const preferred = before === undefined ? undefined : (near.find((c) => c.slot === before) ?? (before.startsWith('L') ? far().find((c) => c.slot === before) : undefined));
	const chosen = (preferred && tried(preferred) ? preferred : undefined) ?? near.find(tried) ?? far().find(tried);
	return { chosen, region: region ?? { x: request.anchor[0], y: request.anchor[1], width: 0, height: 0 } };
}

interface Remembered {
	request: LabelRequest;
	before: string | undefined;
	placed: PlacedLabel | null;
	region: Box;
}

/**
 * Places labels greedily, highest priority first. Each takes the first candidate (its previous
 * slot, then beside its symbol, then on a leader) that stays inside the map and clear of every
 * obstacle, label and leader already placed; a leader may not cross a placed label nor a round
 * symbol, except those its start lies on (its own, and any its own overlaps). A label with no such
 * candidate is dropped.
 *
 * Frame after frame, most labels stay where they were: given the last frame's placement
 * (`last`), a label whose request and previous slot are unchanged, and near which nothing changed
 * (no obstacle, and no label or leader placed before it, came, went or moved inside the box round
 * every candidate it tried), keeps its choice without trying anything: the result is the same as
 * placing everything again. The returned `memory` is the next frame's `last`.
 */
export function placeLabelsAfter(
	last: PlacementMemory | null,
	requests: readonly LabelRequest[],
	options: PlacementOptions
): Placement & { memory: PlacementMemory } {
	const { width, height, obstacles = [], margin = 2, gap = 4, spacing = 2, previous, maxLeader = Infinity, leaderPriority = -Infinity } = options;
	const leaderLimits = { max: maxLeader, priority: leaderPriority };
	const order = requests.map((request, index) => ({ request, index })).sort((a, b) => b.request.priority - a.request.priority || a.index - b.index);
	const placed: PlacedLabel[] = [];
	const dropped: string[] = [];
	const leaders: [number, number, number, number][] = [];

	const inside = (box: Box) => box.x >= margin && box.y >= margin && box.x + box.width <= width - margin && box.y + box.height <= height - margin;
	const fits = ({ box, leader }: Candidate) => {
		if (!inside(box)) return false;
		if (obstacles.some((o) => boxHitsObstacle(box, o))) return false;
		if (placed.some((p) => boxesOverlap(box, p.box, spacing))) return false;
		if (leaders.some((l) => segmentCrossesBox(l, box))) return false;
		if (!leader) return true;
		if (placed.some((p) => segmentCrossesBox(leader, p.box))) return false;
		// Symbols under the leader's start (its own, and any it overlaps) cannot be avoided.
		const [x1, y1] = leader;
		const under = (o: Circle) => (o.x - x1) ** 2 + (o.y - y1) ** 2 <= o.r * o.r + 1e-6;
		return !obstacles.some((o) => o.shape === 'circle' && !under(o) && segmentCrossesCircle(leader, o));
	};

	const settings = `${width}|${height}|${margin}|${gap}|${spacing}|${maxLeader}|${leaderPriority}`;
	const usable = last?.settings === settings ? last : null;
	// What changed since the last frame, as boxes: obstacles that came or went, then labels that came, went or moved.
	const changes: Box[] = [];
	const obstacleKeys = new Set(obstacles.map(obstacleKey));
	if (usable) {
		for (const o of usable.obstacles) if (!obstacleKeys.has(obstacleKey(o))) changes.push(obstacleBox(o));
		for (const o of obstacles) if (!usable.obstacleKeys.has(obstacleKey(o))) changes.push(obstacleBox(o));
	}
	const touched = (region: Box) => changes.some((c) => boxesOverlap(region, c, spacing + KEEP_OFF));
	// The last frame's labels in its order. Those the walk passes without placing them (gone, or now
	// later) were in the way of what follows and are not now: changes.
	const lastOrder = usable?.order ?? [];
	const lastIndex = new Map(lastOrder.map((id, i) => [id, i]));
	const done = new Set<string>();
	let cursor = 0;
	// Off once the order of the labels differs from the last frame's: from there each is placed afresh.
	let reuse = usable !== null;
	const remembered = new Map<string, Remembered>();
	const nextOrder: string[] = [];

	for (const { request } of order) {
		const before = previous?.get(request.id);
		const old = usable?.labels.get(request.id);
		if (old) {
			const at = lastIndex.get(request.id)!;
			if (at < cursor) reuse = false;
			for (; cursor < at; cursor++) {
				const passed = usable!.labels.get(lastOrder[cursor]!)!;
				if (!done.has(lastOrder[cursor]!) && passed.placed) changes.push(...footprint(passed.placed));
			}
			cursor = Math.max(cursor, at + 1);
		}
		done.add(request.id);
		let result: PlacedLabel | null;
		let region: Box;
		if (reuse && old && old.before === before && sameRequest(old.request, request) && !touched(old.region)) {
			result = old.placed;
			region = old.region;
		} else {
			const choice = choose(request, before, fits, gap, leaderLimits);
			result = choice.chosen ? { id: request.id, box: choice.chosen.box, leader: choice.chosen.leader, slot: choice.chosen.slot } : null;
			region = choice.region;
			if (!samePlaced(old?.placed ?? null, result)) {
				if (old?.placed) changes.push(...footprint(old.placed));
				if (result) changes.push(...footprint(result));
			}
		}
		remembered.set(request.id, { request, before, placed: result, region });
		nextOrder.push(request.id);
		if (!result) {
			dropped.push(request.id);
			continue;
		}
		placed.push(result);
		if (result.leader) leaders.push(result.leader);
	}
	return { placed, dropped, memory: { settings, obstacles, obstacleKeys, labels: remembered, order: nextOrder } };
}

/** What placeLabelsAfter keeps of a frame for the next. */
export interface PlacementMemory {
	readonly settings: string;
	readonly obstacles: readonly Obstacle[];
	readonly obstacleKeys: ReadonlySet<string>;
	readonly labels: ReadonlyMap<string, Remembered>;
	/** Ids in the order they were placed. */
	readonly order: readonly string[];
}

/** Every label placed from scratch: see placeLabelsAfter. */
export function placeLabels(requests: readonly LabelRequest[], options: PlacementOptions): Placement {
	const { placed, dropped } = placeLabelsAfter(null, requests, options);
	return { placed, dropped };
}
