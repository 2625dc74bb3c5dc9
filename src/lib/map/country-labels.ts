import { geoCentroid } from 'd3';
import type { CountryFeature } from './sahel-topology';
import type { ToScreen } from './to-screen';

/** Where a centroid falls outside the usual frame (Algeria, Libya) the label sits inside it instead. */
const LABEL_ANCHORS: Record<string, [number, number]> = {
	'012': [1.5, 21.4],
	'434': [14.5, 22.2],
	'566': [7.5, 10.2],
	'478': [-10.5, 19.5],
	'854': [-2.0, 11.3]
};

export interface CountryLabel {
	id: string;
	lonLat: [number, number];
	major: boolean;
}

export function countryLabels(countries: CountryFeature[], major: readonly string[]): CountryLabel[] {
	return countries.map((country) => ({
		id: country.id,
		lonLat: LABEL_ANCHORS[country.id] ?? (geoCentroid(country) as [number, number]),
		major: major.includes(country.id)
	}));
}

export interface Viewport {
	width: number;
	height: number;
	toScreen: ToScreen;
	toLonLat: (screen: [number, number]) => [number, number] | null;
	countryAt: (lonLat: [number, number]) => string | null;
}

/** Candidate spots, inset from the edges; the middle last, since a camera centres on the subject there. */
const GRID = [0.3, 0.7, 0.15, 0.85, 0.08, 0.92, 0.5];
/**
 * How far round a spot its country must reach, px: the placement may nudge an area's label's
 * centre by up to 1.6 times its height (about 19 px) up or down and 0.3 times its width sideways
 * (`label-candidates`). A spot 25 px from the border let "NIGER" be nudged into Mali at 1280×720
 * (the Inates chapter).
 */
export const SPOT_REACH = { x: 30, y: 32 };

const countryOf = (at: [number, number], viewport: Viewport): string | null => {
	const lonLat = viewport.toLonLat(at);
	return lonLat ? viewport.countryAt(lonLat) : null;
};

/** Whether every point SPOT_REACH round a spot lies in `country` (asked only of spots in it: a country lookup is dear, and this runs at every frame of a flight). */
function reaches([x, y]: [number, number], country: string, viewport: Viewport): boolean {
	const { x: dx, y: dy } = SPOT_REACH;
	const round: [number, number][] = [[x - dx, y], [x + dx, y], [x, y - dy], [x, y + dy]];
	return round.every((at) => countryOf(at, viewport) === country);
}

/** How many spots an off-screen country's name gets: the first is its label's anchor, the others are tried when labels already placed leave it no room. */
const SPOTS_A_COUNTRY = 4;

export interface CountrySpot {
	label: CountryLabel;
	at: [number, number];
	/** Further spots inside the country, in the grid's order. */
	others: [number, number][];
}

/**
 * Keeps every country named when zoomed in: a label whose anchor is off screen moves to the first
 * spots of a coarse screen grid that lie inside its country, so which side of a border is Mali
 * stays readable at the scale of one attack. Several spots, as the first may be taken by the
 * story's labels (the label placement tries them in turn).
 */
export function placeCountryLabels(labels: CountryLabel[], viewport: Viewport): CountrySpot[] {
	const { width, height } = viewport;
	const inside = ([x, y]: [number, number]) => x >= 40 && x <= width - 40 && y >= 20 && y <= height - 20;
	const spots: { at: [number, number]; country: string | null; reaches?: boolean }[] = [];
	for (const fy of GRID)
		for (const fx of GRID) {
			const at: [number, number] = [fx * width, fy * height];
			spots.push({ at, country: countryOf(at, viewport) });
		}
	const fits = (spot: (typeof spots)[number], country: string) =>
		spot.country === country && (spot.reaches ??= reaches(spot.at, country, viewport));
	const placed: CountrySpot[] = [];
	for (const label of labels) {
		const anchor = viewport.toScreen(label.lonLat);
		if (anchor && inside(anchor)) {
			placed.push({ label, at: anchor, others: [] });
			continue;
		}
		const found: [number, number][] = [];
		for (const spot of spots) {
			if (found.length === SPOTS_A_COUNTRY) break;
			if (!placed.some((p) => Math.hypot(p.at[0] - spot.at[0], p.at[1] - spot.at[1]) < 60) && fits(spot, label.id)) found.push(spot.at);
		}
		const [at, ...others] = found;
		if (at) placed.push({ label, at, others });
	}
	return placed;
}
