// The event table file's first bytes, and telling a file by them rather than by its name: a table
// renamed, or a CSV named .bin, is read as what it is. On its own so the page can ask without
// loading the table's decoder.
export const MAGIC = 'SAHELEVT';

/** Whether a file begins with the event table's magic. */
export async function hasTableMagic(file: Blob): Promise<boolean> {
	const head = new Uint8Array(await file.slice(0, MAGIC.length).arrayBuffer());
	return head.length === MAGIC.length && head.every((byte, i) => byte === MAGIC.charCodeAt(i));
}
