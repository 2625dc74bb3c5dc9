// Country names come from Intl.DisplayNames, which needs ISO 3166-1 alpha-2 codes; the map's
// features and the scenario's places carry numeric ids (as world-atlas does).
import { regionName } from './format';
import type { Lang } from './messages';

/** ISO 3166-1 numeric → alpha-2, for every country on the map (scripts/build-geo.mjs, COUNTRY_IDS). */
const ALPHA2: Readonly<Record<string, string>> = {
	'012': 'DZ', '120': 'CM', '140': 'CF', '148': 'TD', '204': 'BJ', '270': 'GM', '288': 'GH',
	'324': 'GN', '384': 'CI', '430': 'LR', '434': 'LY', '466': 'ML', '478': 'MR', '504': 'MA',
	'562': 'NE', '566': 'NG', '624': 'GW', '686': 'SN', '694': 'SL', '729': 'SD', '732': 'EH',
	'768': 'TG', '788': 'TN', '818': 'EG', '854': 'BF'
};

/** '384' → "Côte d’Ivoire"; an id the table lacks is shown as is rather than hidden. */
export function countryName(numericId: string, lang: Lang): string {
	const alpha2 = ALPHA2[numericId];
	return alpha2 ? regionName(alpha2, lang) : numericId;
}
