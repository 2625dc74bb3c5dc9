import { PRESENTER_ASPECT } from '../map/camera';
import { MapView } from './map-view.svelte';
import { incidentSymbols } from '../map/incident-symbol';
import { separatingKmPerPx } from '../map/readable-scale';
import { INCIDENT_LARGEST_RADIUS } from '../map/symbols';
import type { Scenario } from '../scenario/schema';
import { incidentExtent } from '../story/incident-extent';
import { attackPlaces, storyFrame } from '../story/map-frame';
import { unionBox } from '../geo/geo-box';
import { Session, setSession } from './session.svelte';
import { EventLayer, setEventLayer } from './event-layer.svelte';
import { MapLayers, setMapLayers } from './map-layers.svelte';
import { Simulation, setSimulation } from './simulation.svelte';

export interface Engine {
	session: Session;
	simulation: Simulation;
	layers: MapLayers;
	events: EventLayer;
	view: MapView;
}

/**
 * The shared engine of every view (explorer, presenter, embed): state in context for the
 * components, one camera, playback paused in hidden tabs. `onfocus` runs after the camera has
 * followed a focus or unfocus; with `followFocus: false` the camera is left to the page (the
 * explorer frames more than the attack, for its own map's aspect, so its targets are shown as
 * given rather than as on the presenter's map). Call during a component's initialisation.
 */
export function createEngine(scenario: Scenario, { onfocus = () => {}, followFocus = true } = {}): Engine {
	const frame = storyFrame(scenario);
	// No coarser than the story's attacks part at, on any map: a small one frames less.
	const readable = separatingKmPerPx(incidentSymbols(scenario, INCIDENT_LARGEST_RADIUS));
	const view = new MapView(frame, followFocus ? PRESENTER_ASPECT : null, attackPlaces(scenario), readable);
	// In to the incident and its movements, out to the region.
	const session = setSession(
		new Session(scenario, (id) => {
			if (followFocus) view.target = id ? incidentExtent(scenario, id) : null;
			onfocus();
		})
	);
	const simulation = setSimulation(new Simulation(session));
	const layers = setMapLayers(new MapLayers());
	const events = setEventLayer(new EventLayer());

	// A dataset reaching beyond the story's region widens the map to show all of it.
	$effect(() => {
		const bounds = events.index?.extent();
		view.frame = bounds ? unionBox(frame, bounds) : frame;
	});

	// And beyond the story's period, the clock's: every event can be reached (the whole table's,
	// so a filter does not move the timeline under the reader).
	const storyPeriod = session.clock.bounds;
	$effect(() => {
		const extent = events.source?.index.extent();
		session.clock.setBounds(extent ? { from: Math.min(storyPeriod.from, extent.from), to: Math.max(storyPeriod.to, extent.to) } : storyPeriod);
	});

	$effect(() => {
		const pauseWhenHidden = () => {
			if (document.hidden) session.clock.pause();
		};
		document.addEventListener('visibilitychange', pauseWhenHidden);
		return () => document.removeEventListener('visibilitychange', pauseWhenHidden);
	});

	return { session, simulation, layers, events, view };
}
