import { getContext, setContext } from 'svelte';
import { sahelMap } from '../map/sahel-topology';
import { scenarioTracks } from '../story/scenario-tracks';
import { computeSortie, reportedAssumptions, sortieFacts, type SortieAssumptions } from '../response/sortie-model';
import type { Session } from './session.svelte';
import type { LonLat } from '../geo/lonlat';

/** Tracks, sorties and the reader's what-if assumptions for the focused incident's sortie. */
export class Simulation {
	#session: Session;
	/** The reader's changes, for one sortie; any other sortie shows its reported case. */
	#override = $state<{ sortieId: string; assumptions: SortieAssumptions } | null>(null);

	tracks = $derived.by(() => scenarioTracks(this.#session.scenario, sahelMap.countries));
	sorties = $derived.by(() => this.#session.scenario.sorties.map((s) => sortieFacts(this.#session.scenario, s)));
	focusedSortie = $derived(this.sorties.find((s) => s.sortie.incidentId === this.#session.focusId) ?? null);
	reported = $derived(this.focusedSortie ? reportedAssumptions(this.focusedSortie) : null);
	#ownOverride = $derived(
		this.#override && this.#override.sortieId === this.focusedSortie?.sortie.id ? this.#override.assumptions : null
	);
	/**
	 * With no sortie in focus, the rings and the surface still answer "how far in N minutes": from the
	 * first base, with the first aircraft stationed there, flight time only.
	 */
	#regional = $derived.by((): SortieAssumptions | null => {
		const scenario = this.#session.scenario;
		const base = scenario.bases[0];
		const aircraft = scenario.aircraftTypes.find((a) => a.id === base?.aircraft[0]?.aircraftTypeId) ?? scenario.aircraftTypes[0];
		if (!base || !aircraft) return null;
		return { baseId: base.id, aircraftTypeId: aircraft.id, scrambleMinutes: 0, cruiseKmh: aircraft.cruiseKmh.value };
	});
	assumptions = $derived(this.#ownOverride ?? this.reported ?? this.#regional);
	/** Where the rings are centred: the chosen base. */
	basePosition = $derived.by((): LonLat | null => {
		const scenario = this.#session.scenario;
		const base = scenario.bases.find((b) => b.id === this.assumptions?.baseId);
		const place = base && scenario.places.find((p) => p.id === base.placeId);
		return place ? [place.lon, place.lat] : null;
	});
	computed = $derived.by(() =>
		this.focusedSortie && this.assumptions
			? computeSortie(this.#session.scenario, this.focusedSortie, this.assumptions)
			: null
	);
	isReportedCase = $derived(this.#ownOverride === null);

	constructor(session: Session) {
		this.#session = session;
	}

	assume(change: Partial<SortieAssumptions>): void {
		if (!this.assumptions || !this.focusedSortie) return;
		this.#override = { sortieId: this.focusedSortie.sortie.id, assumptions: { ...this.assumptions, ...change } };
	}

	resetToReported(): void {
		this.#override = null;
	}

}

const key = Symbol('simulation');

export function setSimulation(simulation: Simulation): Simulation {
	return setContext(key, simulation);
}

export function getSimulation(): Simulation {
	return getContext<Simulation>(key);
}
