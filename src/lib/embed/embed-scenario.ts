// What /embed is sent of the scenario. The embed shows the map, the timeline and the totals,
// never the explorer's panels nor the presenter's narration, so it is sent none of the texts only
// those show: over half of the seed's weight in the page.
import type { Scenario } from '../scenario/schema';

/** Texts only panels show, wherever they occur; each is optional in the schema, so they are left out. */
const PANEL_TEXTS = new Set(['note', 'timeNote', 'attribution', 'casualtiesNote']);
/**
 * Required texts only the explorer's panels (incident and context summaries) and the presenter
 * (narration, speaker notes) show: sent empty, so the embed's scenario keeps the scenario's type.
 */
const BLANKED_TEXTS = new Set(['summary', 'narration', 'notes']);
const BLANK = { en: '', fr: '' };

export function embedScenario(scenario: Scenario): Scenario {
	const trimmed = JSON.parse(
		JSON.stringify(scenario, (key: string, value: unknown) => (PANEL_TEXTS.has(key) ? undefined : BLANKED_TEXTS.has(key) ? BLANK : value))
	) as Scenario;
	return { ...trimmed, sources: [] };
}
