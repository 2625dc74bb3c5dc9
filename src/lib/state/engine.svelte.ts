import { untrack } from 'svelte';
import { MapView } from '../map/map-view.svelte';
import type { Scenario } from '../scenario/schema';
import { incidentExtent } from '../simulation/incident-extent';
import { Explorer, setExplorer } from './explorer.svelte';
import { Simulation, setSimulation } from './simulation.svelte';

export interface Engine {
	explorer: Explorer;
	simulation: Simulation;
	view: MapView;
}

/**
 * The shared engine of every view (explorer, presenter, embed): state in context for the
 * components, playback paused in hidden tabs. Call during a component's initialisation.
 */
export function createEngine(scenario: Scenario, { cameraFollowsFocus = true } = {}): Engine {
	const explorer = setExplorer(new Explorer(scenario));
	const simulation = setSimulation(new Simulation(explorer));
	const view = new MapView();

	if (cameraFollowsFocus) {
		// In to the incident and its movements, out to the region; only a change of focus moves it.
		$effect(() => {
			const id = explorer.focusId;
			const extent = id ? incidentExtent(explorer.scenario, id) : null;
			untrack(() => {
				if (extent) view.frame(extent.center, extent.widthKm);
				else view.reset();
			});
		});
	}

	$effect(() => {
		const pauseWhenHidden = () => {
			if (document.hidden) explorer.clock.pause();
		};
		document.addEventListener('visibilitychange', pauseWhenHidden);
		return () => document.removeEventListener('visibilitychange', pauseWhenHidden);
	});

	return { explorer, simulation, view };
}
