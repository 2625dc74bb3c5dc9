// What /embed is sent of the scenario. The embed shows the map, the timeline and the totals,
// never the explorer's panels, so it is sent none of the sources and notes only panels show:
// over a third of the seed's weight in the page (7.5 of 19.8 KB gzipped).
import type { Scenario } from '../scenario/schema';

/** Texts only panels show, wherever they occur; each is optional in the schema, so what is left is still a scenario. */
const PANEL_TEXTS = new Set(['note', 'timeNote', 'attribution', 'casualtiesNote']);

export function embedScenario(scenario: Scenario): Scenario {
	const trimmed = JSON.parse(JSON.stringify(scenario, (key: string, value: unknown) => (PANEL_TEXTS.has(key) ? undefined : value))) as Scenario;
	return { ...trimmed, sources: [] };
}
