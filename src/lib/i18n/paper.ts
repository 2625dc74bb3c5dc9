// The paper a reader prints on: US Letter where it is the standard (the US, Canada, Mexico, the
// Philippines, much of Central and South America), A4 everywhere else, the Sahel included.
export const PAPERS = ['a4', 'letter'] as const;
export type Paper = (typeof PAPERS)[number];

const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'PR', 'GT', 'SV', 'HN', 'NI', 'CR', 'PA', 'DO', 'CO', 'VE', 'CL']);

/** From the browser's first language tag that names a region (`en-US`, `fr-CA`); A4 when none does. */
export function paperFromNavigator(preferred: readonly string[]): Paper {
	for (const tag of preferred) {
		let region: string | undefined;
		try {
			region = new Intl.Locale(tag).region;
		} catch {
			continue;
		}
		if (region) return LETTER_REGIONS.has(region) ? 'letter' : 'a4';
	}
	return 'a4';
}
