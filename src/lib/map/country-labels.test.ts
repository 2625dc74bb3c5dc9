import { describe, expect, it } from 'vitest';
import { zoomIdentity } from 'd3';
import { createCountryIndex } from '../geo/country-index';
import { countryLabels, placeCountryLabels, SPOT_REACH } from './country-labels';
import { seedProjection } from '../../../tests/unit/seed';
import { sahelMap, TRI_BORDER_COUNTRIES } from './sahel-topology';

const labels = countryLabels(sahelMap.countries, TRI_BORDER_COUNTRIES);
const index = createCountryIndex(sahelMap.countries);

function viewportAround(center: [number, number], k: number, width = 1000, height = 700) {
	const projection = seedProjection(width, height);
	const [cx, cy] = projection(center)!;
	const transform = zoomIdentity.translate(width / 2 - k * cx, height / 2 - k * cy).scale(k);
	return {
		width,
		height,
		toScreen: (p: [number, number]) => {
			const xy = projection(p);
			return xy ? transform.apply(xy) : null;
		},
		toLonLat: (s: [number, number]) => (projection.invert?.(transform.invert(s)) as [number, number]) ?? null,
		countryAt: index.countryAt
	};
}

describe('placeCountryLabels', () => {
	it('names Mali and Niger on either side of the border when zoomed to one attack (Chinagodrar, ~50 km across)', () => {
		const viewport = viewportAround([3.0019, 15.2258], 60);
		const placed = placeCountryLabels(labels, viewport);
		const ids = placed.map((p) => p.label.id);
		expect(ids).toContain('466');
		expect(ids).toContain('562');
		// Each label sits inside its own country, and so does every further spot it may take.
		for (const { label, at, others } of placed) for (const spot of [at, ...others]) expect(index.countryAt(viewport.toLonLat(spot)!)).toBe(label.id);
		// Niger fills most of this view: its name has somewhere else to go when its first spot is taken.
		expect(placed.find((p) => p.label.id === '562')!.others.length).toBeGreaterThan(0);
	});

	it('keeps the anchors when the whole region is in view', () => {
		const viewport = viewportAround([2, 15], 1);
		const mali = placeCountryLabels(labels, viewport).find((p) => p.label.id === '466')!;
		const anchor = viewport.toScreen(labels.find((l) => l.id === '466')!.lonLat)!;
		expect(mali.at).toEqual(anchor);
	});

	// The presenter's map at 1280×720 is 742×512; its chapters frame 150 km round one attack.
	const ATTACKS: Record<string, [number, number]> = { Inates: [1.317, 15.233], Ayorou: [0.9147, 14.7307], 'Tongo Tongo': [1.93, 14.87], Chinagodrar: [3.0019, 15.2258] };
	for (const [name, center] of Object.entries(ATTACKS)) {
		it(`keeps each label's reach inside its own country, so a nudge never carries it over a border (${name}, 742×512)`, () => {
			for (const k of [40, 60, 90]) {
				const viewport = viewportAround(center, k, 742, 512);
				for (const { label, at: first, others } of placeCountryLabels(labels, viewport)) {
					if (first === viewport.toScreen(label.lonLat)) continue;
					for (const at of [first, ...others])
						for (const [dx, dy] of [[0, 0], [-SPOT_REACH.x, 0], [SPOT_REACH.x, 0], [0, -SPOT_REACH.y], [0, SPOT_REACH.y]]) {
							expect(index.countryAt(viewport.toLonLat([at[0] + dx!, at[1] + dy!])!), `${label.id} at ${at} + ${dx},${dy}, k ${k}`).toBe(label.id);
						}
				}
			}
		});
	}
});
