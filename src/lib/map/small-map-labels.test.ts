import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelRequest, type Obstacle } from './label-placement';
import { LABEL_PRIORITY } from './label-style';
import { datedIncidentLabels, leaderLimits, townLimit } from './small-map-labels';

const request = (id: string, anchor: [number, number], priority: number): LabelRequest => ({ id, anchor, radius: 3, width: 60, height: 14, priority, mode: 'around' });
const anchor: [number, number] = [200, 180];
const leaderLength = ([x1, y1, x2, y2]: [number, number, number, number]) => Math.hypot(x2 - x1, y2 - y1);
/** A box round the anchor that a label clears only this far out, every way (a crowd of symbols). */
const crowd = (reach: number): Obstacle[] => [{ shape: 'box', x: anchor[0] - reach, y: anchor[1] - reach, width: 2 * reach, height: 2 * reach }];

describe('a small map’s labels', () => {
	it('names every town on a large map, fewer on a phone’s (one per 15,000 px²)', () => {
		expect(townLimit(1000, 700)).toBe(Infinity);
		expect(townLimit(390, 472)).toBe(Math.floor((390 * 472) / 15_000));
		expect(townLimit(360, 358)).toBe(8);
	});

	it('dates the attacks’ labels on a large map only (a phone’s map shorter than 500 px either way)', () => {
		expect(datedIncidentLabels(1000, 700)).toBe(true);
		expect(datedIncidentLabels(500, 500)).toBe(true);
		expect(datedIncidentLabels(390, 472)).toBe(false);
		expect(datedIncidentLabels(1280, 499)).toBe(false);
	});

	it('sets no limits on a large map', () => {
		expect(leaderLimits(800, 600)).toEqual({});
	});

	it('drops a town’s name that needs a leader, where a large map draws one', () => {
		const town = [request('town', anchor, LABEL_PRIORITY.town)];
		const options = { width: 400, height: 400, obstacles: crowd(40) };
		expect(placeLabels(town, options).placed[0]?.leader).not.toBeNull();
		expect(placeLabels(town, { ...options, ...leaderLimits(400, 400) }).dropped).toEqual(['town']);
	});

	it('keeps an attack’s leader within a fifth of the map’s shorter side (past the 4 px gap), or drops the label', () => {
		const attack = [request('attack', anchor, LABEL_PRIORITY.incident)];
		const cap = 4 + 0.2 * 400;
		// Clear 40 px out: a leader shorter than the cap, on a small map too.
		const near = placeLabels(attack, { width: 400, height: 400, obstacles: crowd(40), ...leaderLimits(400, 400) }).placed[0];
		expect(near?.leader).not.toBeNull();
		expect(leaderLength(near!.leader!)).toBeLessThanOrEqual(cap);
		// Clear only 75 px out: a long leader on a large map, no label on a small one.
		const far = { width: 400, height: 400, obstacles: crowd(75) };
		expect(leaderLength(placeLabels(attack, far).placed[0]!.leader!)).toBeGreaterThan(cap);
		expect(placeLabels(attack, { ...far, ...leaderLimits(400, 400) }).dropped).toEqual(['attack']);
	});
});
