import { getContext, setContext } from 'svelte';
import { sahelMap } from '../map/sahel-topology';
import type { Layer } from '../scenario/schema';
import { scenarioTracks } from '../simulation/scenario-tracks';
import { computeSortie, reportedAssumptions, sortieFacts, type SortieAssumptions } from '../simulation/sortie-model';
import type { Explorer } from './explorer.svelte';

/** Map layers a reader can switch; incidents are always drawn. */
export type OptionalLayer = Extract<Layer, 'tracks' | 'sorties' | 'range-rings' | 'response-surface'>;

/** Tracks, sorties and the reader's what-if assumptions for the focused incident's sortie. */
export class Simulation {
	#explorer: Explorer;
	layers = $state<Record<OptionalLayer, boolean>>({
		tracks: true,
		sorties: true,
		'range-rings': false,
		'response-surface': false
	});
	/** The reader's changes, for one sortie; any other sortie shows its reported case. */
	#override = $state<{ sortieId: string; assumptions: SortieAssumptions } | null>(null);

	tracks = $derived.by(() => scenarioTracks(this.#explorer.scenario, sahelMap.countries));
	sorties = $derived.by(() => this.#explorer.scenario.sorties.map((s) => sortieFacts(this.#explorer.scenario, s)));
	focusedSortie = $derived(this.sorties.find((s) => s.sortie.incidentId === this.#explorer.focusId) ?? null);
	reported = $derived(this.focusedSortie ? reportedAssumptions(this.focusedSortie) : null);
	#ownOverride = $derived(
		this.#override && this.#override.sortieId === this.focusedSortie?.sortie.id ? this.#override.assumptions : null
	);
	assumptions = $derived(this.#ownOverride ?? this.reported);
	computed = $derived.by(() =>
		this.focusedSortie && this.assumptions
			? computeSortie(this.#explorer.scenario, this.focusedSortie, this.assumptions)
			: null
	);
	isReportedCase = $derived(this.#ownOverride === null);

	constructor(explorer: Explorer) {
		this.#explorer = explorer;
	}

	assume(change: Partial<SortieAssumptions>): void {
		if (!this.assumptions || !this.focusedSortie) return;
		this.#override = { sortieId: this.focusedSortie.sortie.id, assumptions: { ...this.assumptions, ...change } };
	}

	resetToReported(): void {
		this.#override = null;
	}

	toggle(layer: OptionalLayer): void {
		this.layers[layer] = !this.layers[layer];
	}
}

const key = Symbol('simulation');

export function setSimulation(simulation: Simulation): Simulation {
	return setContext(key, simulation);
}

export function getSimulation(): Simulation {
	return getContext<Simulation>(key);
}
