import { geoCentroid } from 'd3';
import type { CountryFeature } from './sahel-topology';

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
