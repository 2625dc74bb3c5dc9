// Synthetic events whose every text carries a payload (markup, event handlers, script URLs, bidi
// overrides, very long strings): the fixture of the test that text from a file is shown as text
// in every view and runs nothing. Still synthetic, and saying so: ids start with SYN-, notes with
// "Synthetic, not real", the name and counting rule say it, and the table is flagged.
import { buildEventTable, type EventRow } from './build-table';
import type { EventTable } from './event-table';
import { syntheticEvents, syntheticMeta, type SyntheticOptions } from './synthetic';

const TEXT_FIELDS = ['id', 'location', 'notes', 'source', 'eventType', 'actor1', 'actor2', 'country', 'admin1'] as const;

/** `syntheticEventTable` with payloads appended to every text: row r's k-th field gets payloads[(r + k) mod n]; the name gets payloads[0], the counting rule payloads[1]. */
export function hostileEventTable(options: SyntheticOptions, payloads: readonly string[]): EventTable {
	if (payloads.length === 0) throw new Error('invalid payloads: none given');
	const payload = (i: number) => payloads[i % payloads.length]!;
	function* rows(): Generator<EventRow> {
		let r = 0;
		for (const event of syntheticEvents(options)) {
			const row: EventRow = { ...event };
			TEXT_FIELDS.forEach((field, k) => (row[field] = `${event[field] ?? ''} ${payload(r + k)}`));
			yield row;
			r++;
		}
	}
	const meta = syntheticMeta(options.seed);
	return buildEventTable(rows(), { ...meta, name: `${meta.name} ${payload(0)}`, countingRule: `${meta.countingRule} ${payload(1)}` });
}
