// Re-importing a file updates the events it already gave rather than adding them twice: a row
// whose id the stored table has replaces that row, a new id is added, and the stored rows the new
// file lacks are kept (a later export of the same query may drop nothing on purpose).
import { EventTableBuilder, type EventTableMeta } from './build-table';
import { stringAt, type EventTable } from './event-table';
import { tableRow } from './table-row';

export interface Upserted {
	table: EventTable;
	/** Rows of `incoming` whose id `stored` did not have. */
	added: number;
	/** Rows of `incoming` whose id `stored` had: they replace the stored rows of that id. */
	updated: number;
}

export function upsertTable(stored: EventTable, incoming: EventTable, meta: EventTableMeta): Upserted {
	const ids = (table: EventTable) => {
		const set = new Set<string>();
		for (let r = 0; r < table.length; r++) set.add(stringAt(table.id, r));
		return set;
	};
	const storedIds = ids(stored);
	const incomingIds = ids(incoming);
	const builder = new EventTableBuilder();
	for (let r = 0; r < stored.length; r++) if (!incomingIds.has(stringAt(stored.id, r))) builder.add(tableRow(stored, r));
	let updated = 0;
	for (let r = 0; r < incoming.length; r++) {
		const row = tableRow(incoming, r);
		if (storedIds.has(row.id)) updated++;
		builder.add(row);
	}
	return { table: builder.build(meta), added: incoming.length - updated, updated };
}
