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
