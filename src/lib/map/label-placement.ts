// One placement routine for every label on the map: greedy by priority, each label tried at the
// positions around its anchor that cartographers prefer, then further out on a leader line, and
// dropped when nothing fits. A placed label never overlaps another label, a leader, a symbol or
// the map's edge. Screen pixels throughout; boxes are given by their top-left corner.
import { boxHitsObstacle, boxesOverlap, grow, inflate, obstacleBox, segmentBox, segmentCrossesBox, segmentCrossesCircle, segmentsCross, type Box, type Obstacle } from './label-geometry';
import { choose, type Candidate, type LabelRequest } from './label-candidates';
import { nearLeaderEnd, neighbours, readingReach, readsAsOwn, sightLine, splitNeighbours, type NamedSymbol } from './label-reading';
import { crossesLines, type LineSegment } from './label-lines';
import { lineChanges, obstacleChanges } from './map-changes';

// The placement's vocabulary, so that its callers import one module.
export type { Box, Circle, Obstacle } from './label-geometry';
export type { LabelRequest } from './label-candidates';
export type { LineSegment } from './label-lines';

export interface PlacedLabel {
	id: string;
	box: Box;
	/** From the symbol's edge to the label, when the label had to move away: [x1, y1, x2, y2]. */
	leader: [number, number, number, number] | null;
	/** Which candidate was taken: pass it back as `previous` to keep a moving label on its side. */
	slot: string;
	/** Set across one of the map's lines, no spot clear of them fitting: drawn on a plate, as its halo alone leaves the line between its letters. */
	overLines: boolean;
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
	/** Lines a label keeps off when a spot clear of them fits (borders, routes): the same array while they stand still. */
	lines?: readonly LineSegment[];
}

export interface Placement {
	placed: PlacedLabel[];
	/** Ids of the labels nothing could fit, in the order they were tried. */
	dropped: string[];
}

const KEEP_OFF = 1;
/** More line segments than this came or went (the camera moved): placing every label afresh is quicker than testing each against them. */
const MANY_LINE_CHANGES = 200;

/** Whether two placements put a label's box, and its leader if any, in the same spot, on a plate or not (compared as numbers, not as text: this runs for every label at every clock step). */
export const sameSpot = (a: PlacedLabel, b: PlacedLabel) =>
	a.box.x === b.box.x &&
	a.box.y === b.box.y &&
	a.box.width === b.box.width &&
	a.box.height === b.box.height &&
	a.overLines === b.overLines &&
	(a.leader === b.leader || (!!a.leader && !!b.leader && a.leader.every((v, i) => v === b.leader![i])));
const samePlaced = (a: PlacedLabel | null, b: PlacedLabel | null) => a === b || (!!a && !!b && a.slot === b.slot && sameSpot(a, b));
const sameRequest = (a: LabelRequest, b: LabelRequest) =>
	a.anchor[0] === b.anchor[0] &&
	a.anchor[1] === b.anchor[1] &&
	a.radius === b.radius &&
	a.width === b.width &&
	a.height === b.height &&
	a.priority === b.priority &&
	a.mode === b.mode &&
	!a.yields === !b.yields &&
	sameSpots(a.spots, b.spots);
const sameSpots = (a: LabelRequest['spots'], b: LabelRequest['spots']) =>
	a === b || ((a?.length ?? 0) === (b?.length ?? 0) && (a ?? []).every(([x, y], i) => x === b![i]![0] && y === b![i]![1]));

/** The geometry a placed label puts in others' way: its box, its leader and the sight line from its symbol. */
const footprint = (placed: PlacedLabel, anchor: readonly [number, number]): Box[] =>
	placed.leader ? [placed.box, segmentBox(placed.leader), segmentBox(sightLine(anchor, placed.box))] : [placed.box];
/** What a request names: a point symbol's disc. */
const symbolOf = ({ id, anchor, radius, mode, priority, yields = false }: LabelRequest): NamedSymbol | null =>
	mode === 'around' ? { id, x: anchor[0], y: anchor[1], r: radius, priority, yields } : null;
const sameSymbol = (a: NamedSymbol | null, b: NamedSymbol | null) =>
	a === b || (!!a && !!b && a.x === b.x && a.y === b.y && a.r === b.r && a.priority === b.priority && a.yields === b.yields);

const symbolBox = ({ anchor: [x, y], radius: r }: LabelRequest): Box => ({ x: x - r, y: y - r, width: 2 * r, height: 2 * r });
/** Where a request's symbol is now and was (`before`), as boxes. */
const symbolBoxes = (now: LabelRequest, before: LabelRequest | undefined): Box[] => [now, before].flatMap((r) => (r && symbolOf(r) ? [symbolBox(r)] : []));

interface Remembered {
	request: LabelRequest;
	before: string | undefined;
	placed: PlacedLabel | null;
	region: Box;
}

/**
 * Places labels greedily, highest priority first. Each takes the first candidate (its previous
 * slot, then beside its symbol, then on a leader) that stays inside the map and clear of every
 * obstacle, label and leader already placed, and that reads as its own symbol's (label-reading);
 * one clear of the map's lines is preferred (label-candidates' choose). A leader may not cross a
 * placed label, another leader nor a symbol, except those its start lies on (its own, and
 * any its own overlaps); no label lies across the line from a symbol to its label out on a leader.
 * A label with no such candidate is dropped.
 *
 * Frame after frame, most labels stay where they were: given the last frame's placement
 * (`last`), a label whose request and previous slot are unchanged, and near which nothing changed
 * (no obstacle or named symbol, and no label or leader placed before it, came, went or moved
 * inside the box round every candidate it tried), keeps its choice without trying anything: the
 * result is the same as placing everything again. The returned `memory` is the next frame's `last`.
 */
export function placeLabelsAfter(
	last: PlacementMemory | null,
	requests: readonly LabelRequest[],
	options: PlacementOptions
): Placement & { memory: PlacementMemory } {
	const { width, height, obstacles = [], margin = 2, gap = 4, spacing = 2, previous, maxLeader = Infinity, leaderPriority = -Infinity, lines = [] } = options;
	const leaderLimits = { max: maxLeader, priority: leaderPriority };
	const order = requests.map((request, index) => ({ request, index })).sort((a, b) => b.request.priority - a.request.priority || a.index - b.index);
	const placed: PlacedLabel[] = [];
	const dropped: string[] = [];
	const leaders: [number, number, number, number][] = [];
	/** From each symbol to its label out on a leader: the eye's path, which no other label may block. */
	const sights: [number, number, number, number][] = [];
	let symbols: NamedSymbol[] | null = null;

	const inside = (box: Box) => box.x >= margin && box.y >= margin && box.x + box.width <= width - margin && box.y + box.height <= height - margin;
	const testsFor = (request: LabelRequest) => {
		const own = symbolOf(request);
		symbols ??= requests.map(symbolOf).filter((s): s is NamedSymbol => s !== null);
		const { blocking, yielding } = own ? splitNeighbours(own, neighbours(own, symbols)) : { blocking: [], yielding: [] };
		// Clear of the map's lines, and not so near a less important town that it would have to go.
		const clear = ({ box, leader }: Candidate) => !crossesLines(box, lines) && (!yielding.length || readsAsOwn(box, leader !== null, gap, yielding));
		const fits = ({ box, leader }: Candidate) => {
			if (!inside(box)) return false;
			if (obstacles.some((o) => boxHitsObstacle(box, o))) return false;
			if (placed.some((p) => boxesOverlap(box, p.box, spacing))) return false;
			if (leaders.some((l) => segmentCrossesBox(l, box) || nearLeaderEnd(box, l))) return false;
			// A name laid over an area (a country's, a ring's) is read as the area's, not as a symbol's:
			// it may lie across the eye's path to a leadered label, as it lies across borders.
			if (request.mode !== 'centred' && sights.some((l) => segmentCrossesBox(l, box))) return false;
			if (own && !readsAsOwn(box, leader !== null, gap, blocking)) return false;
			if (!leader) return true;
			const sight = sightLine(request.anchor, box);
			if (placed.some((p) => segmentCrossesBox(leader, p.box) || segmentCrossesBox(sight, p.box) || nearLeaderEnd(p.box, leader))) return false;
			if (leaders.some((l) => segmentsCross(l, leader))) return false;
			// Symbols under the leader's start (its own, and any it overlaps) cannot be avoided.
			const [x1, y1] = leader;
			const under = (o: Obstacle) =>
				o.shape === 'circle' ? (o.x - x1) ** 2 + (o.y - y1) ** 2 <= o.r * o.r + 1e-6 : x1 >= o.x && x1 <= o.x + o.width && y1 >= o.y && y1 <= o.y + o.height;
			return !obstacles.some((o) => !under(o) && (o.shape === 'circle' ? segmentCrossesCircle(leader, o) : segmentCrossesBox(leader, o)));
		};
		return { fits, clear, reach };
	};
	const reach = readingReach(gap);
	/** Whether a more important label placed already sits so near the request's symbol that it would seem to name it. */
	const overshadowed = (request: LabelRequest) => {
		const own = request.yields ? symbolOf(request) : null;
		return !!own && placed.some((p) => !readsAsOwn(p.box, p.leader !== null, gap, [own]));
	};

	const settings = `${width}|${height}|${margin}|${gap}|${spacing}|${maxLeader}|${leaderPriority}`;
	const lineMoves = last?.settings === settings ? lineChanges(last.lines, lines) : null;
	const usable = lineMoves && lineMoves.length <= MANY_LINE_CHANGES ? last : null;
	// What changed since the last frame, as boxes: obstacles and lines (a route came) that came or
	// went, named symbols that came, went or moved, then labels that came, went or moved.
	const changes: Box[] = usable ? [...obstacleChanges(usable.obstacles, obstacles).map(obstacleBox), ...lineMoves!.map((s) => segmentBox(s.at))] : [];
	if (usable) {
		const now = new Set<string>();
		for (const r of requests) {
			now.add(r.id);
			const before = usable.labels.get(r.id)?.request;
			if (r !== before && !sameSymbol(symbolOf(r), before ? symbolOf(before) : null)) changes.push(...symbolBoxes(r, before));
		}
		for (const { request: r } of usable.labels.values()) if (!now.has(r.id)) changes.push(...symbolBoxes(r, undefined));
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
				if (!done.has(lastOrder[cursor]!) && passed.placed) changes.push(...footprint(passed.placed, passed.request.anchor));
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
			const choice = overshadowed(request) ? { chosen: undefined, region: null } : choose(request, before, testsFor(request), gap, leaderLimits);
			result = choice.chosen
				? { id: request.id, box: choice.chosen.box, leader: choice.chosen.leader, slot: choice.chosen.slot, overLines: crossesLines(choice.chosen.box, lines) }
				: null;
			// A yielding symbol's label also depends on the labels near the symbol.
			region = request.yields ? grow(choice.region, inflate(symbolBox(request), reach.leadered)) : choice.region!;
			if (!samePlaced(old?.placed ?? null, result)) {
				if (old?.placed) changes.push(...footprint(old.placed, old.request.anchor));
				if (result) changes.push(...footprint(result, request.anchor));
			}
		}
		remembered.set(request.id, { request, before, placed: result, region });
		nextOrder.push(request.id);
		if (!result) {
			dropped.push(request.id);
			continue;
		}
		placed.push(result);
		if (result.leader) {
			leaders.push(result.leader);
			sights.push(sightLine(request.anchor, result.box));
		}
	}
	return { placed, dropped, memory: { settings, obstacles, lines, labels: remembered, order: nextOrder } };
}

/** What placeLabelsAfter keeps of a frame for the next. */
export interface PlacementMemory {
	readonly settings: string;
	readonly obstacles: readonly Obstacle[];
	readonly lines: readonly LineSegment[];
	readonly labels: ReadonlyMap<string, Remembered>;
	/** Ids in the order they were placed. */
	readonly order: readonly string[];
}

/** Every label placed from scratch: see placeLabelsAfter. */
export function placeLabels(requests: readonly LabelRequest[], options: PlacementOptions): Placement {
	const { placed, dropped } = placeLabelsAfter(null, requests, options);
	return { placed, dropped };
}
