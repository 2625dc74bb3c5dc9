/**
 * A list of marks recomputed from scratch (an attack began, the key gained an entry) keeps the
 * objects of the marks that did not change, so the keyed lists drawing them leave their markup
 * alone and only the new or changed marks are drawn again. `key` must say everything a mark shows.
 */
export function keepUnchanged<T>(previous: readonly T[], next: readonly T[], key: (mark: T) => string): T[] {
	const before = new Map(previous.map((mark) => [key(mark), mark]));
	return next.map((mark) => before.get(key(mark)) ?? mark);
}
