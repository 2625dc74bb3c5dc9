// What a scenario file may hold at most, so a damaged or hostile file ends in a clear message
// instead of a hang, an exhausted heap or a page that throws. Documented in the README
// ("Scenario files: limits"); the seed uses a small part of each.
export const SCENARIO_LIMITS = {
	/** Characters of JSON text (the seed: 86 thousand). */
	fileChars: 20 * 2 ** 20,
	/** Nesting of objects and arrays (the seed: 8). A deeper file is refused before it is parsed. */
	depth: 32,
	/** Characters in one text (the seed's longest: 1,037). */
	textChars: 20_000,
	urlChars: 2_000,
	/** Items in each of the scenario's lists: sources, places, incidents, chapters… */
	items: 10_000,
	/** Aircraft speeds, km/h: above about 20,000 an hour's range ring would wrap the globe. */
	speedKmh: 20_000,
	/** A reported delay after an earlier event, in minutes: a week. */
	delayMinutes: 7 * 24 * 60,
	/** How far before its incident's start or after its end a movement may run, in days. */
	movementMarginDays: 7
} as const;
