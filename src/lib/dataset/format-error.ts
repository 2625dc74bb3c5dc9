/**
 * Why an event table file could not be read, in words a user can act on ("truncated: expected
 * 400 bytes of column lat, got 120"). Every decoding failure is one of these, so a caller can tell
 * a bad file from a bug.
 */
export class EventTableFormatError extends Error {
	override name = 'EventTableFormatError';
}
