import { untrack } from 'svelte';
import { explorerCamera, sameTarget } from '../story/explorer-camera';
import type { Engine } from './engine.svelte';

/**
 * The explorer's camera follows its focus, the air sorties layer and the what-if base (review 7):
 * with the sorties drawn, a focus frames the base the help came from as well as the attack, and a
 * new base frames again. With no focus, a dataset shown is framed whole, with the story's attacks. A target equal to the one set is not set again, so changing the delay or
 * the speed never takes back the reader's own zoom. Call during a component's initialisation, on
 * an engine made with `followFocus: false`.
 */
export function followExplorerCamera({ session, simulation, layers, view, events }: Engine): void {
	$effect(() => {
		const base = layers.shown.sorties && simulation.focusedSortie ? simulation.basePosition : null;
		const next = explorerCamera(session.scenario, session.focusId, base, view.width / Math.max(1, view.height), events.source?.index.extent() ?? null);
		untrack(() => {
			if (!sameTarget(view.target, next)) view.target = next;
		});
	});
}
