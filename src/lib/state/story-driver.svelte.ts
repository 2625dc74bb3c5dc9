import { untrack } from 'svelte';
import { zoomIdentity } from 'd3';
import type { Scenario } from '../scenario/schema';
import { incidentExtent } from '../story/incident-extent';
import { createEngine, type Engine } from './engine.svelte';
import type { OptionalLayer } from './simulation.svelte';
import type { HostMessage } from '../embed/protocol';
import { planView, type CameraTarget, type ViewPlan } from '../story/view-plan';
import { warnEmbed } from '../embed/warn';

const OPTIONAL_LAYERS: readonly OptionalLayer[] = ['tracks', 'sorties', 'range-rings', 'response-surface'];

/**
 * The engine of the views driven by chapters (/embed, /present): the explorer's, with a camera that
 * keeps its target (a chapter's extent, the focused incident's, or the region) when the map is
 * resized, as a host page resizes its frame. Call during a component's initialisation.
 */
export class StoryDriver {
	readonly engine: Engine;
	/** The chapter the view was last set to; null once the focus moves to another incident. */
	chapter = $state<string | null>(null);
	/** Simulated ms per second the URL asked for; kept when a chapter or incident resets the window's speed. */
	preferredSpeed: number | undefined;

	#scenario: Scenario;
	#camera = $state.raw<CameraTarget | null>(null);
	/** The focus the camera already suits, so only other changes of focus move it. */
	#framedFocus: string | null | undefined;

	constructor(scenario: Scenario) {
		this.#scenario = scenario;
		this.engine = createEngine(scenario, { cameraFollowsFocus: false });
		const { session, view } = this.engine;

		// A focus set by a click, a key or a host's `focus` moves the camera to the incident.
		$effect(() => {
			const id = session.focusId;
			untrack(() => {
				if (id === this.#framedFocus) return;
				this.#framedFocus = id;
				this.chapter = null;
				this.#camera = id ? incidentExtent(this.#scenario, id) : null;
				this.#keepSpeed();
			});
		});

		// The camera flies (d3.interpolateZoom, timed by the path) when its target changes, and jumps
		// to fit it when the map is resized.
		let lastSize = '';
		$effect(() => {
			const target = this.#camera;
			const size = `${view.width}×${view.height}`;
			const animate = size === lastSize;
			lastSize = size;
			untrack(() => {
				if (target && animate) view.flyTo(target.center, target.widthKm);
				else if (target) view.frame(target.center, target.widthKm, false);
				else view.setTransform(zoomIdentity, animate);
			});
		});
	}

	apply(plan: ViewPlan): void {
		const { session, simulation } = this.engine;
		const clock = session.clock;
		this.#framedFocus = plan.focus;
		if (plan.focus) session.focus(plan.focus);
		else if (session.focusId !== null) session.unfocus();
		if (plan.window) clock.setWindow(plan.window);
		if (plan.t !== undefined) clock.seek(plan.t);
		if (plan.layers) for (const layer of OPTIONAL_LAYERS) simulation.layers[layer] = plan.layers.includes(layer);
		this.chapter = plan.chapter;
		this.#camera = plan.camera;
		this.#keepSpeed();
	}

	/** Obeys a host's command (already checked by the protocol); an id the scenario lacks is warned about and ignored. */
	command(message: HostMessage): void {
		const { session } = this.engine;
		switch (message.type) {
			case 'sahel-timeline:play':
				session.clock.play();
				return;
			case 'sahel-timeline:pause':
				session.clock.pause();
				return;
			case 'sahel-timeline:seek':
				session.clock.seek(message.t);
				return;
			case 'sahel-timeline:chapter':
				if (this.#scenario.chapters.some((c) => c.id === message.id)) this.apply(planView(this.#scenario, { chapter: message.id }));
				else warnEmbed(`no chapter has the id "${message.id}"; ignored`);
				return;
			case 'sahel-timeline:focus':
				if (message.id === null) session.unfocus();
				else if (session.incidents.some((i) => i.incident.id === message.id)) session.focus(message.id);
				else warnEmbed(`no incident has the id "${message.id}"; ignored`);
				return;
		}
	}

	#keepSpeed(): void {
		if (this.preferredSpeed !== undefined) this.engine.session.clock.chooseSpeed(this.preferredSpeed);
	}
}
