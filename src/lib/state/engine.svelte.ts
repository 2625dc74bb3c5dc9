import { untrack } from 'svelte';
import { MapView } from './map-view.svelte';
import type { Scenario } from '../scenario/schema';
import { incidentExtent } from '../story/incident-extent';
import { Session, setSession } from './session.svelte';
import { Simulation, setSimulation } from './simulation.svelte';

export interface Engine {
	session: Session;
	simulation: Simulation;
	view: MapView;
}

/**
 * The shared engine of every view (explorer, presenter, embed): state in context for the
 * components, playback paused in hidden tabs. Call during a component's initialisation.
 */
export function createEngine(scenario: Scenario, { cameraFollowsFocus = true } = {}): Engine {
	const session = setSession(new Session(scenario));
	const simulation = setSimulation(new Simulation(session));
	const view = new MapView();

	if (cameraFollowsFocus) {
		// In to the incident and its movements, out to the region; only a change of focus moves it.
		$effect(() => {
			const id = session.focusId;
			const extent = id ? incidentExtent(session.scenario, id) : null;
			untrack(() => {
				if (extent) view.frame(extent.center, extent.widthKm);
				else view.reset();
			});
		});
	}

	$effect(() => {
		const pauseWhenHidden = () => {
			if (document.hidden) session.clock.pause();
		};
		document.addEventListener('visibilitychange', pauseWhenHidden);
		return () => document.removeEventListener('visibilitychange', pauseWhenHidden);
	});

	return { session, simulation, view };
}
