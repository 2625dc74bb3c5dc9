// A new table's way onto the page, a task at a time. What the first draw would otherwise build in
// one go (the index, the table's extent that frames the map, its running deaths for the totals,
// the side panel's summary checkpoints) is built here one piece a task, yielding between, before
// the table is shown; the flush that shows it then only reads them (issue 12: no main-thread task
// over 50 ms when a table arrives).
import { eventDeathsOf } from '../casualties/event-deaths';
import { EventIndex } from '../dataset/event-index';
import type { EventTable } from '../dataset/event-table';
import { summaryIndexOf } from '../scene/event-summary';
import type { EventLayer } from '../state/event-layer.svelte';

/** Lets the page run what is waiting (input, a frame) before the next piece. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

/** Builds the table's index and per-table views over several tasks and resolves with the index. */
export async function preparedIndex(table: EventTable): Promise<EventIndex> {
	const index = new EventIndex(table);
	for (const build of [() => index.extent(), () => eventDeathsOf(table), () => summaryIndexOf(table)]) {
		await nextTask();
		build();
	}
	await nextTask();
	return index;
}

/**
 * Shows `table` (already named as it is to be shown) once prepared, unless the event layer went on
 * to load another table meanwhile. `prepared` runs as the index is ready, before the table is shown
 * (a load's measure ends there). Returns whether it was shown.
 */
export async function showPrepared(events: EventLayer, url: string, table: EventTable, prepared?: () => void): Promise<boolean> {
	const index = await preparedIndex(table);
	prepared?.();
	const { status } = events;
	if (status.phase === 'loading' && status.url !== url) return false;
	events.loaded(url, table, index);
	return true;
}
