// What the synthetic generator draws from: real towns of the Sahel (approximate coordinates, for
// realistic clustering only), their countries' codes, and actor names in ACLED's style. Nothing
// here is an event: the events themselves are invented.

export interface SyntheticCountry {
	name: string;
	iso3: string;
	/** ISO 3166 numeric (ACLED `iso`). */
	iso: number;
	/** Gleditsch & Ward code (UCDP `country_id`). */
	gwno: number;
	/** ACLED's region. */
	region: string;
	/** Where an event known only to the country is placed (inside the map's frame). */
	point: [lon: number, lat: number];
}

export const COUNTRIES: readonly SyntheticCountry[] = [
	{ name: 'Mali', iso3: 'MLI', iso: 466, gwno: 432, region: 'Western Africa', point: [-2.5, 16.5] },
	{ name: 'Burkina Faso', iso3: 'BFA', iso: 854, gwno: 439, region: 'Western Africa', point: [-1.6, 12.4] },
	{ name: 'Niger', iso3: 'NER', iso: 562, gwno: 436, region: 'Western Africa', point: [8.1, 16.5] },
	{ name: 'Chad', iso3: 'TCD', iso: 148, gwno: 483, region: 'Middle Africa', point: [15.0, 13.5] },
	{ name: 'Nigeria', iso3: 'NGA', iso: 566, gwno: 475, region: 'Western Africa', point: [8.7, 10.5] },
	{ name: 'Mauritania', iso3: 'MRT', iso: 478, gwno: 435, region: 'Western Africa', point: [-7.3, 17.5] },
	{ name: 'Benin', iso3: 'BEN', iso: 204, gwno: 434, region: 'Western Africa', point: [2.3, 10.5] },
	{ name: 'Togo', iso3: 'TGO', iso: 768, gwno: 461, region: 'Western Africa', point: [0.9, 9.8] }
];

export interface SyntheticTown {
	name: string;
	lon: number;
	lat: number;
	/** Index into COUNTRIES. */
	country: number;
	admin1: string;
	/** How many events cluster here, relative to the others: the border zones weigh most. */
	weight: number;
}

const town = (name: string, lon: number, lat: number, country: number, admin1: string, weight: number): SyntheticTown => ({
	name, lon, lat, country, admin1, weight
});

export const TOWNS: readonly SyntheticTown[] = [
	town('Gao', -0.04, 16.27, 0, 'Gao', 6), town('Ansongo', 0.5, 15.66, 0, 'Gao', 7), town('Ménaka', 2.4, 15.92, 0, 'Ménaka', 9),
	town('Mopti', -4.2, 14.49, 0, 'Mopti', 6), town('Bandiagara', -3.61, 14.35, 0, 'Mopti', 8), town('Douentza', -2.95, 15.0, 0, 'Mopti', 7),
	town('Djenné', -4.55, 13.91, 0, 'Mopti', 3), town('Tombouctou', -3.0, 16.77, 0, 'Tombouctou', 4), town('Léré', -4.91, 15.72, 0, 'Tombouctou', 3),
	town('Kidal', 1.41, 18.44, 0, 'Kidal', 3), town('Tessalit', 1.01, 20.2, 0, 'Kidal', 1), town('Ségou', -6.27, 13.43, 0, 'Ségou', 3),
	town('Niono', -5.99, 14.25, 0, 'Ségou', 4), town('Bamako', -8.0, 12.64, 0, 'Bamako', 2),
	town('Djibo', -1.63, 14.1, 1, 'Sahel', 9), town('Dori', -0.03, 14.03, 1, 'Sahel', 6), town('Arbinda', -0.87, 14.23, 1, 'Sahel', 7),
	town('Gorom-Gorom', -0.23, 14.44, 1, 'Sahel', 5), town('Kaya', -1.08, 13.09, 1, 'Centre-Nord', 5), town('Ouahigouya', -2.42, 13.58, 1, 'Nord', 4),
	town('Fada N\'Gourma', 0.35, 12.06, 1, 'Est', 5), town('Kantchari', 1.51, 12.48, 1, 'Est', 5), town('Solenzo', -4.08, 12.18, 1, 'Boucle du Mouhoun', 3),
	town('Ouagadougou', -1.53, 12.37, 1, 'Centre', 2), town('Bobo-Dioulasso', -4.3, 11.18, 1, 'Hauts-Bassins', 2),
	town('Niamey', 2.11, 13.51, 2, 'Niamey', 2), town('Tillabéri', 1.45, 14.21, 2, 'Tillabéri', 6), town('Ayorou', 0.92, 14.73, 2, 'Tillabéri', 8),
	town('Ouallam', 2.09, 14.32, 2, 'Tillabéri', 6), town('Téra', 0.75, 14.01, 2, 'Tillabéri', 6), town('Torodi', 1.8, 13.12, 2, 'Tillabéri', 5),
	town('Abala', 3.43, 14.93, 2, 'Tillabéri', 4), town('Banibangou', 2.7, 15.04, 2, 'Tillabéri', 5), town('Tillia', 4.62, 16.13, 2, 'Tahoua', 4),
	town('Tahoua', 5.27, 14.89, 2, 'Tahoua', 2), town('Agadez', 7.99, 16.97, 2, 'Agadez', 1), town('Diffa', 12.61, 13.32, 2, 'Diffa', 5),
	town('Bosso', 13.31, 13.7, 2, 'Diffa', 4),
	town('Bol', 14.71, 13.46, 3, 'Lac', 4), town('N\'Djamena', 15.04, 12.11, 3, 'N\'Djamena', 1),
	town('Maiduguri', 13.16, 11.85, 4, 'Borno', 6), town('Monguno', 13.61, 12.67, 4, 'Borno', 4),
	town('Bassikounou', -5.9, 15.87, 5, 'Hodh Ech Chargui', 1),
	town('Kandi', 2.94, 11.13, 6, 'Alibori', 2), town('Dapaong', 0.21, 10.87, 7, 'Savanes', 2)
];

/** ACLED's actor types ("inter" codes), in code order 1–8: the interaction lists the lower first. */
export const INTER = [
	'State forces', 'Rebel group', 'Political militia', 'Identity militia', 'Rioters', 'Protesters', 'Civilians', 'External/Other forces'
] as const;
export type Inter = (typeof INTER)[number];

export interface SyntheticActor {
	name: string;
	inter: Inter;
	/** Indices into COUNTRIES where it acts. */
	countries: readonly number[];
	/** Fights beside the state (never drawn as the state's opponent). */
	allied?: true;
}

/** Non-state armed actors; each country's own forces, civilians, protesters and rioters are named from the country. */
export const ARMED_GROUPS: readonly SyntheticActor[] = [
	{ name: 'JNIM: Group for Support of Islam and Muslims', inter: 'Rebel group', countries: [0, 1, 2, 6, 7] },
	{ name: 'Islamic State (Sahel)', inter: 'Rebel group', countries: [0, 1, 2] },
	{ name: 'Islamic State (West Africa)', inter: 'Rebel group', countries: [2, 3, 4] },
	{ name: 'Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad', inter: 'Rebel group', countries: [2, 3, 4] },
	{ name: 'CSP-PSD: Permanent Strategic Framework for Peace, Security and Development', inter: 'Rebel group', countries: [0] },
	{ name: 'Dan Na Ambassagou', inter: 'Identity militia', countries: [0] },
	{ name: 'Dozo Communal Militia (Mali)', inter: 'Identity militia', countries: [0], allied: true },
	{ name: 'Fulani Ethnic Militia (Burkina Faso)', inter: 'Identity militia', countries: [1] },
	{ name: 'VDP: Volunteers for the Defense of the Homeland', inter: 'Political militia', countries: [1], allied: true },
	{ name: 'Wagner Group', inter: 'External/Other forces', countries: [0], allied: true },
	...[0, 1, 2, 3, 4, 5, 6, 7].map((c) => ({
		name: `Unidentified Armed Group (${COUNTRIES[c]!.name})`,
		inter: 'Political militia' as const,
		countries: [c]
	}))
];
