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
	// The leader rings (80 candidates) are made only for a label nothing beside its symbol suits
	// or that had a leader in the previous frame: most labels never need them.
	const near = request.mode === 'centred' ? centredCandidates(request) : besideCandidates(request, gap);
	let rings: Candidate[] | null = null;
	const far = () => (rings ??= request.mode === 'centred' || request.priority < leaders.priority ? [] : leaderCandidates(request, gap, leaders.max));
	const preferred = before === undefined ? undefined : (near.find((c) => c.slot === before) ?? (before.startsWith('L') ? far().find((c) => c.slot === before) : undefined));
	// A label stays where it was while it fits there, clear or not: it does not hop as its neighbours move.
	if (preferred && (take(preferred) || fallback === preferred)) return done(preferred);
	return done(near.find(take) ?? far().find(take) ?? fallback);
}
