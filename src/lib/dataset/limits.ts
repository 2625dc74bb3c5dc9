// What an event table file may hold at most, so a damaged or hostile file (or a header that
// claims gigabytes) ends in a clear EventTableFormatError before anything large is allocated.
// Documented in the README ("Event tables (binary format)"); a million synthetic events take
// about 130 MB.
export const EVENT_TABLE_LIMITS = {
	/** Bytes in the whole file: reading holds the file and the decoded table at once, in one browser tab. */
	fileBytes: 512 * 2 ** 20,
	rows: 4_000_000,
	/** UTF-16 code units in one string: a row's id, place, notes or source, a dictionary entry, the name. */
	stringChars: 2 ** 20,
	/** Bytes of the JSON header (4 × 65,536 dictionary entries fit easily). */
	headerBytes: 64 * 2 ** 20,
	/** Nesting of the JSON header, whose own shape is 3 deep. */
	headerDepth: 8
} as const;

/** What a GeoJSON file to import may hold at most: checked before (size) and while (depth, feature size, count) it is read. */
export const GEOJSON_LIMITS = {
	/** Bytes in the file: a million ACLED-like features take about 800 MB. */
	fileBytes: 2 ** 30,
	/** Nesting of the whole document: a Point feature sits 5 deep (collection, features, feature, geometry, coordinates), its properties' values may nest a little. */
	depth: 16,
	/** UTF-16 code units in one feature's JSON text. */
	featureChars: 2 ** 22,
	features: EVENT_TABLE_LIMITS.rows
} as const;
