import { getContext, setContext } from 'svelte';
import type { TotalsPolicy } from '../casualties/claim-rule';
import { createRunningTotals } from '../casualties/running-totals';
import type { Scenario } from '../scenario/schema';
import { Clock } from '../time/clock.svelte';
import { eventTimes, scenarioBounds, timedContext, timedIncidents } from '../timeline/scenario-times';

/** The loaded scenario, the clock that drives every view, and which incident has focus. */
export class Explorer {
	scenario = $state.raw<Scenario>() as Scenario;
	clock: Clock;
	focusId = $state<string | null>(null);
	/** How differing reports combine into the running totals. */
	policy = $state<TotalsPolicy>('range');

	incidents = $derived(timedIncidents(this.scenario));
	context = $derived(timedContext(this.scenario));
	focused = $derived(this.incidents.find((i) => i.incident.id === this.focusId) ?? null);
	totals = $derived(createRunningTotals(this.scenario.incidents));
	/** The focused attack's own totals, so no view passes off everything so far as this attack's toll. */
	focusTotals = $derived(this.focused ? createRunningTotals([this.focused.incident]) : null);
	sources = $derived(new Map(this.scenario.sources.map((source) => [source.id, source])));

	constructor(scenario: Scenario) {
		this.scenario = scenario;
		this.clock = new Clock(scenarioBounds(scenario), eventTimes(scenario));
	}

	/** Focusing an incident zooms the clock's window to its hours. */
	focus(id: string): void {
		const target = this.incidents.find((i) => i.incident.id === id);
		if (!target) return;
		this.focusId = id;
		this.clock.zoomTo(target.start, target.end);
	}

	unfocus(): void {
		this.focusId = null;
		this.clock.zoomOut();
	}
}

const key = Symbol('explorer');

export function setExplorer(explorer: Explorer): Explorer {
	return setContext(key, explorer);
}

export function getExplorer(): Explorer {
	return getContext<Explorer>(key);
}
