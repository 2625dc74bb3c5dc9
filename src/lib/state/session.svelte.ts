import { getContext, setContext } from 'svelte';
import type { TotalsPolicy } from '../casualties/claim-rule';
import { createRunningTotals } from '../casualties/running-totals';
import type { Place, Scenario } from '../scenario/schema';
import { Clock, type FrameScheduler } from './clock.svelte';
import { eventTimes, scenarioBounds, timedContext, timedIncidents } from '../story/scenario-times';
import { activitySpans } from '../story/activity-spans';
import { passedTimes } from '../time/passed-times';
import { zoneNamed, type Zone } from '../time/local-time';

/** What every page shares (explorer, presenter, embed): the loaded scenario, the clock that drives every view, which incident has focus, and the casualty totals. */
export class Session {
	scenario = $state.raw<Scenario>() as Scenario;
	clock: Clock;
	focusId = $state<string | null>(null);
	/** The context event last chosen on the timeline: a new object at each choice, so choosing it again shows it again. */
	chosenContext = $state<{ id: string } | null>(null);
	/** How differing reports combine into the running totals. */
	policy = $state<TotalsPolicy>('range');

	incidents = $derived(timedIncidents(this.scenario));
	context = $derived(timedContext(this.scenario));
	focused = $derived(this.incidents.find((i) => i.incident.id === this.focusId) ?? null);
	totals = $derived(createRunningTotals(this.scenario.incidents));
	/** The focused attack's own totals, so no view passes off everything so far as this attack's toll. */
	focusTotals = $derived(this.focused ? createRunningTotals([this.focused.incident]) : null);
	sources = $derived(new Map(this.scenario.sources.map((source) => [source.id, source])));
	/** The zone the story's clock is told in, from the scenario. */
	zone = $derived.by(() => zoneNamed(this.scenario.timezone, this.clock.bounds.from));
	#starts = $derived(passedTimes(this.incidents.map((i) => i.start)));
	#ends = $derived(passedTimes(this.incidents.map((i) => i.end)));
	/**
	 * The latest incident start at or before the clock and the latest end before it (-Infinity if
	 * none): an incident is shown once its start ≤ startedBy, past once its end ≤ endedBy. They
	 * change only when the clock crosses a start or an end: per-incident markup that reads these, not
	 * the clock, is not re-run by a step that crosses none. (Read them in the markup itself: Svelte
	 * re-runs a per-incident $derived of them at every step, though it then changes nothing.)
	 */
	startedBy = $derived.by(() => this.#starts.atOrBefore(this.clock.time));
	endedBy = $derived.by(() => this.#ends.before(this.clock.time));

	#onfocus: (id: string | null) => void;

	/**
	 * `onfocus` hears every focus and unfocus, whoever asked (a click, a key, a link, a host): the
	 * engine's camera follows it. `frames` drives playback (the screen's frames unless a video's).
	 */
	constructor(scenario: Scenario, onfocus: (id: string | null) => void = () => {}, frames?: FrameScheduler) {
		this.scenario = scenario;
		this.clock = new Clock(scenarioBounds(scenario), eventTimes(scenario), frames);
		// Played paced by default: each attack gets seconds, an empty year two (review 19).
		this.clock.paceBy(activitySpans(scenario));
		this.#onfocus = onfocus;
	}

	/** A place's zone: its own, else the story's. */
	zoneOf(place: Pick<Place, 'timezone'>): Zone {
		return place.timezone ? zoneNamed(place.timezone, this.clock.bounds.from) : this.zone;
	}

	/** Focusing an incident zooms the clock's window to its hours. */
	focus(id: string): void {
		const target = this.incidents.find((i) => i.incident.id === id);
		if (!target) return;
		this.focusId = id;
		this.clock.zoomTo(target.start, target.end);
		this.#onfocus(id);
	}

	/** Choosing a context event takes the clock to it, out of an attack's hours if one had focus. */
	showContext(id: string): void {
		const event = this.context.find((c) => c.id === id);
		if (!event) return;
		if (this.focusId !== null) this.unfocus();
		this.clock.seek(event.t);
		this.chosenContext = { id };
	}

	unfocus(): void {
		this.focusId = null;
		this.clock.zoomOut();
		this.#onfocus(null);
	}
}

const key = Symbol('session');

export function setSession(session: Session): Session {
	return setContext(key, session);
}

export function getSession(): Session {
	return getContext<Session>(key);
}
