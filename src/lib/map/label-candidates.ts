// Where one label may go: the positions around its anchor that cartographers prefer, then further
// out on a leader line (or, for an area's label, small shifts off its spot), and the greedy choice
// of the first one that fits.
import { grow, inflate, segmentBox, type Box } from './label-geometry';
import { sightLine } from './label-reading';

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
	/** A `centred` label's further spots, tried in turn once the first (`anchor`) has no room: an area is named anywhere inside it. */
	spots?: readonly (readonly [number, number])[];
	/** Its symbol is drawn only with its label (a town's dot): see NamedSymbol. */
	yields?: boolean;
}

export interface Candidate {
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

/** The leader directions, E then alternately above and below it round to W (the nearest sides first), as unit vectors. */
const DIRECTIONS = Array.from({ length: LEADER_DIRECTIONS }, (_, i) => {
	const turn = Math.ceil(i / 2) * (i % 2 ? -1 : 1);
	const angle = (turn * 2 * Math.PI) / LEADER_DIRECTIONS;
	return [Math.cos(angle), Math.sin(angle)] as const;
});

/** The leader position `i` of ring `ring`: the label's nearest edge at the ring, joined to the symbol by a leader. */
function leaderCandidate({ anchor: [x, y], radius, width: w, height: h }: LabelRequest, gap: number, ring: number, i: number): Candidate {
	const [dx, dy] = DIRECTIONS[i]!;
	const px = x + (radius + gap + LEADER_STEPS[ring]!) * dx;
	const py = y + (radius + gap + LEADER_STEPS[ring]!) * dy;
	const bx = dx > 0.38 ? px : dx < -0.38 ? px - w : px - w / 2;
	const by = dy > 0.38 ? py : dy < -0.38 ? py - h : py - h / 2;
	return { slot: `L${ring}.${i}`, box: { x: bx, y: by, width: w, height: h }, leader: [x + radius * dx, y + radius * dy, px, py] };
}

/** The first leader position, ring by ring outwards (none beyond `max`), that `accept`s; made one at a time, as tried. */
function firstLeaderCandidate(request: LabelRequest, gap: number, max: number, accept: (candidate: Candidate) => boolean): Candidate | undefined {
	for (let ring = 0; ring < LEADER_STEPS.length; ring++) {
		if (LEADER_STEPS[ring]! > max) continue;
		for (let i = 0; i < LEADER_DIRECTIONS; i++) {
			const candidate = leaderCandidate(request, gap, ring, i);
			if (accept(candidate)) return candidate;
		}
	}
	return undefined;
}

/** The leader position named `slot` ("L<ring>.<direction>"), if it is one within `max`. */
function leaderSlot(request: LabelRequest, gap: number, max: number, slot: string): Candidate | undefined {
	const match = /^L(\d+)\.(\d+)$/.exec(slot);
	if (!match) return undefined;
	const ring = Number(match[1]);
	const i = Number(match[2]);
	return ring < LEADER_STEPS.length && i < LEADER_DIRECTIONS && LEADER_STEPS[ring]! <= max ? leaderCandidate(request, gap, ring, i) : undefined;
}

const SHIFTS: readonly (readonly [string, number, number])[] = [
	['C', 0, 0],
	['Cn', 0, -0.8],
	['Cs', 0, 0.8],
	['Ce', 0.3, 0],
	['Cw', -0.3, 0],
	['Cnn', 0, -1.6],
	['Css', 0, 1.6]
];

/** Each spot (the anchor, then the further ones, their slots numbered from 1), then nudged up, down and sideways by part of the label's size. */
function centredCandidates({ anchor, spots = [], width: w, height: h }: LabelRequest): Candidate[] {
	return [anchor, ...spots].flatMap(([x, y], spot) =>
		SHIFTS.map(([slot, fx, fy]) => ({ slot: spot ? `${slot}${spot}` : slot, box: { x: x - w / 2 + fx * w, y: y - h / 2 + fy * h, width: w, height: h }, leader: null }))
	);
}

/** What one label's choice looked at: the box round every candidate it tried, and what it chose. */
export interface Choice {
	chosen: Candidate | undefined;
	/** Nothing outside this box (grown by the spacing) could have changed the choice. */
	region: Box;
}

/**
 * One label's greedy choice, given what is already placed: its previous slot while that fits, else
 * the first candidate that `fits`, beside its symbol, then on a leader further and further out;
 * but one that is `clear` (of the map's lines, say) is taken before one that is not.
 */
export function choose(
	request: LabelRequest,
	before: string | undefined,
	test: { fits: (candidate: Candidate) => boolean; clear: (candidate: Candidate) => boolean; reach: { beside: number; leadered: number } },
	gap: number,
	leaders: { max: number; priority: number }
): Choice {
	let region: Box | null = null;
	let fallback: Candidate | undefined;
	// Whether the candidate fits and is clear of lines; the first that fits but crosses one is kept as the fallback.
	const take = (candidate: Candidate) => {
		region = grow(region, inflate(candidate.box, candidate.leader ? test.reach.leadered : test.reach.beside));
		if (candidate.leader) region = grow(grow(region, segmentBox(candidate.leader)), segmentBox(sightLine(request.anchor, candidate.box)));
		if (!test.fits(candidate)) return false;
		if (test.clear(candidate)) return true;
		fallback ??= candidate;
		return false;
	};
	const done = (chosen: Candidate | undefined): Choice => ({ chosen, region: region ?? { x: request.anchor[0], y: request.anchor[1], width: 0, height: 0 } });
	// The leader rings' candidates (up to 80) are made one at a time, only for a label nothing beside
	// its symbol suits; a label that had a leader in the previous frame tries that one first. Most
	// labels never need them, and a moving label on a leader makes one per clock step, not 80.
	const near = request.mode === 'centred' ? centredCandidates(request) : besideCandidates(request, gap);
	const onLeader = !(request.mode === 'centred' || request.priority < leaders.priority);
	const preferred =
		before === undefined ? undefined : (near.find((c) => c.slot === before) ?? (onLeader && before.startsWith('L') ? leaderSlot(request, gap, leaders.max, before) : undefined));
	// A label stays where it was while it fits there, clear or not: it does not hop as its neighbours move.
	if (preferred && (take(preferred) || fallback === preferred)) return done(preferred);
	return done(near.find(take) ?? (onLeader ? firstLeaderCandidate(request, gap, leaders.max, take) : undefined) ?? fallback);
}
