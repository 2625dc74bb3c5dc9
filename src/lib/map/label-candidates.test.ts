import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { choose, type Candidate, type LabelRequest } from './label-candidates';

/** A test of fit alone: every candidate clear of lines, so the choice is the first that fits. */
const fitsOnly = (fits: (candidate: Candidate) => boolean) => ({ fits, clear: () => true, reach: { beside: 0, leadered: 0 } });

// The naive choice, as it was made before the leader positions were made lazily: every leader
// position written out (five rings of sixteen), the previous slot looked up among them and the
// eight beside the symbol, then the first that fits. The eight beside it are read from `choose`
// itself, with every leader ring out of reach: only how the leaders are made changed.
const STEPS = [14, 28, 44, 62, 84];
function everyCandidate(request: LabelRequest, gap: number, max: number): { near: Candidate[]; far: Candidate[] } {
	const near: Candidate[] = [];
	choose(request, undefined, fitsOnly((c) => (near.push(c), false)), gap, { max: -Infinity, priority: 0 });
	const { anchor: [x, y], radius, width: w, height: h } = request;
	const far: Candidate[] = [];
	STEPS.forEach((step, ring) => {
		if (step > max) return;
		for (let i = 0; i < 16; i++) {
			const turn = Math.ceil(i / 2) * (i % 2 ? -1 : 1);
			const dx = Math.cos((turn * 2 * Math.PI) / 16);
			const dy = Math.sin((turn * 2 * Math.PI) / 16);
			const px = x + (radius + gap + step) * dx;
			const py = y + (radius + gap + step) * dy;
			far.push({
				slot: `L${ring}.${i}`,
				box: { x: dx > 0.38 ? px : dx < -0.38 ? px - w : px - w / 2, y: dy > 0.38 ? py : dy < -0.38 ? py - h : py - h / 2, width: w, height: h },
				leader: [x + radius * dx, y + radius * dy, px, py]
			});
		}
	});
	return { near, far };
}

describe('choose', () => {
	const request = fc.record({
		id: fc.constant('a'),
		anchor: fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 300 })),
		radius: fc.integer({ min: 0, max: 8 }),
		width: fc.integer({ min: 10, max: 120 }),
		height: fc.integer({ min: 8, max: 30 }),
		priority: fc.integer({ min: 0, max: 5 }),
		mode: fc.constant<'around'>('around')
	});
	const slot = fc.oneof(fc.constantFrom('E', 'SW', 'S', 'C', 'L9.0', 'L0.16', 'Lx'), fc.tuple(fc.nat(4), fc.nat(15)).map(([r, i]) => `L${r}.${i}`));

	it('takes the same position as trying every one written out, and the same ones on the way', () => {
		fc.assert(
			fc.property(
				request,
				fc.option(slot, { nil: undefined }),
				fc.constantFrom(0, 30, 62, Infinity),
				fc.integer({ min: 0, max: 6 }),
				fc.func(fc.boolean()),
				(req, before, max, leaderPriority, fitsBySlot) => {
					const fits = (c: Candidate) => fitsBySlot(c.slot);
					const seen: string[] = [];
					const choice = choose(req, before, fitsOnly((c) => (seen.push(c.slot), fits(c))), 4, { max, priority: leaderPriority });
					const { near, far: rings } = everyCandidate(req, 4, max);
					const far = req.priority < leaderPriority ? [] : rings;
					const expectedSeen: string[] = [];
					const tried = (c: Candidate) => (expectedSeen.push(c.slot), fits(c));
					const preferred = before === undefined ? undefined : (near.find((c) => c.slot === before) ?? far.find((c) => c.slot === before));
					const expected = (preferred && tried(preferred) ? preferred : undefined) ?? near.find(tried) ?? far.find(tried);
					expect(choice.chosen).toEqual(expected);
					expect(seen).toEqual(expectedSeen);
				}
			)
		);
	});

	it('keeps a label on its leader from the last frame when that leader still fits', () => {
		const req: LabelRequest = { id: 'a', anchor: [100, 100], radius: 5, width: 40, height: 12, priority: 1, mode: 'around' };
		const choice = choose(req, 'L2.3', fitsOnly((c) => c.slot === 'L2.3' || c.slot === 'L0.0'), 4, { max: Infinity, priority: 0 });
		expect(choice.chosen?.slot).toBe('L2.3');
		// On the third ring, up and to the right (direction 3 turns −2 sixteenths): the leader starts at the symbol's edge.
		const [x1, y1] = choice.chosen!.leader!;
		expect(Math.hypot(x1 - 100, y1 - 100)).toBeCloseTo(5);
	});
});
