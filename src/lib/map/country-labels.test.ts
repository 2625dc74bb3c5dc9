import { describe, expect, it } from 'vitest';
import { zoomIdentity } from 'd3';
import { createCountryIndex } from '../geo/country-index';
import { countryLabels, placeCountryLabels } from './country-labels';
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
		// Each label sits inside its own country.
		for (const { label, at } of placed) expect(index.countryAt(viewport.toLonLat(at)!)).toBe(label.id);
	});

	it('keeps the anchors when the whole region is in view', () => {
		const viewport = viewportAround([2, 15], 1);
		const mali = placeCountryLabels(labels, viewport).find((p) => p.label.id === '466')!;
		const anchor = viewport.toScreen(labels.find((l) => l.id === '466')!.lonLat)!;
		expect(mali.at).toEqual(anchor);
	});
});
