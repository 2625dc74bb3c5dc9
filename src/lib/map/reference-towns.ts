import type { Localized } from '../scenario/schema';

export interface MapTown {
	id: string;
	name: Localized;
	lon: number;
	lat: number;
	capital: boolean;
	/** One of the story's own places (Tongo Tongo), not a town of the base map. */
	story?: boolean;
}

/** National capitals drawn for orientation; coordinates from each city's Wikipedia article. */
export const CAPITALS: MapTown[] = [
	{ id: 'bamako', name: { en: 'Bamako', fr: 'Bamako' }, lon: -8.0029, lat: 12.6392, capital: true },
	{ id: 'niamey', name: { en: 'Niamey', fr: 'Niamey' }, lon: 2.1175, lat: 13.515, capital: true },
	{ id: 'ouagadougou', name: { en: 'Ouagadougou', fr: 'Ouagadougou' }, lon: -1.5275, lat: 12.3686, capital: true }
];
