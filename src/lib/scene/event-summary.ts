// What the events' canvas shows at the cursor, as numbers a text alternative can say: how many
// events began in the window up to the time (eventsBegunInWindow), deaths among them (and how many
// report none), and the commonest types and countries.
import type { EventTable } from '../dataset/event-table';
import type { RowRange } from './events-in-window';

export interface EventSummary {
	count: number;
	deaths: number;
	/** Events in the range whose source gives no death count (not counted as 0). */
	unreported: number;
	/** [label, count], most frequent first, at most `top`. */
	types: [string, number][];
	countries: [string, number][];
}

/** The events in rows first … end − 1, summarised; O(events in range). */
export function summariseEvents(table: EventTable, { first: from, end: to }: RowRange, top = 3): EventSummary {
	const types = new Map<number, number>();
	const countries = new Map<number, number>();
	let deaths = 0;
	let unreported = 0;
	for (let i = from; i < to; i++) {
		const d = table.fatalities[i]!;
		if (Number.isNaN(d)) unreported++;
		else deaths += d;
		types.set(table.eventType[i]!, (types.get(table.eventType[i]!) ?? 0) + 1);
		countries.set(table.country[i]!, (countries.get(table.country[i]!) ?? 0) + 1);
	}
	const ranked = (counts: Map<number, number>, names: readonly string[]) =>
		[...counts]
			.sort((a, b) => b[1] - a[1] || a[0] - b[0])
			.slice(0, top)
			.map(([code, n]): [string, number] => [names[code] ?? '', n]);
	return {
		count: to - from,
		deaths,
		unreported,
		types: ranked(types, table.dictionaries.eventTypes),
		countries: ranked(countries, table.dictionaries.countries)
	};
}
