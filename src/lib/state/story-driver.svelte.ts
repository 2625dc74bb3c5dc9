import type { Scenario } from '../scenario/schema';
import { createEngine, type Engine } from './engine.svelte';
import type { HostMessage } from '../embed/protocol';
import { planView, type ViewPlan } from '../story/view-plan';
import { warnEmbed } from '../embed/warn';
import type { Session } from './session.svelte';
import type { MapLayers } from './map-layers.svelte';

/** A plan's focus, window, time and layers, in that order (its camera is the caller's: a page's or a video's). */
export function applyPlan({ session, layers }: { session: Session; layers: MapLayers }, plan: ViewPlan): void {
	const clock = session.clock;
	if (plan.focus) session.focus(plan.focus);
	else if (session.focusId !== null) session.unfocus();
	if (plan.window) clock.setWindow(plan.window);
	if (plan.t !== undefined) clock.seek(plan.t);
	if (plan.layers) layers.showOnly(plan.layers);
}

/**
 * The engine of the views driven by chapters (/embed, /present): the explorer's, which a plan (a
 * chapter, or a host's command) sets at once. Call during a component's initialisation.
 */
export class StoryDriver {
	readonly engine: Engine;
	/** The chapter the view was last set to; null once the focus is set again (which replaces its window and camera). */
	chapter = $state<string | null>(null);
	/** Simulated ms per second the URL asked for; kept when a chapter or incident resets the window's speed. */
	preferredSpeed: number | undefined;

	#scenario: Scenario;

	constructor(scenario: Scenario) {
		this.#scenario = scenario;
		// A focus set by a click, a key or a host's `focus` leaves the chapter; the camera follows the focus.
		this.engine = createEngine(scenario, {
			onfocus: () => {
				this.chapter = null;
				this.#keepSpeed();
			}
		});
	}

	/** Sets the view a plan describes; its camera replaces the one its focus gave (a chapter may frame more than its incident). */
	apply(plan: ViewPlan): void {
		applyPlan(this.engine, plan);
		this.chapter = plan.chapter;
		this.engine.view.target = plan.camera;
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
