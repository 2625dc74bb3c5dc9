import type { Chapter, Scenario } from '../scenario/schema';

type ContextEvent = Scenario['context'][number];

/** The context events a chapter names, in date order (they have no place on the map, so it lists them). */
export function chapterContext(scenario: Pick<Scenario, 'context'>, chapter: Pick<Chapter, 'context'>): ContextEvent[] {
	const named = new Set(chapter.context ?? []);
	// Dates are "YYYY-MM" or "YYYY-MM-DD": their text sorts as their time does.
	return scenario.context.filter((event) => named.has(event.id)).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
