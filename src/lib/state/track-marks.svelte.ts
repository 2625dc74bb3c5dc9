import type { Session } from './session.svelte';
import type { Simulation } from './simulation.svelte';
import type { MapLayers } from './map-layers.svelte';
import type { ToScreen } from '../map/to-screen';
import { positionAt, type TrackPosition } from '../kinematics/track';
import { firstTime } from '../response/sortie-model';
import type { ScenarioTrack } from '../story/scenario-tracks';
import { HOUR } from '../time/time-window';

export interface TrackMarksOptions {
	session: Session;
	simulation: Simulation;
	layers: MapLayers;
	toScreen: () => ToScreen;
}

/** A finished track stays on the map a while, so its end can be read after the fact (12 h). */
const LINGER_MS = 12 * HOUR;

/**
 * What moves along the story's tracks at the clock's time, in screen pixels: the tracks on the
 * map, each one's mover, the borders crossed so far, and the denied strikes drawn on a convoy.
 */
export class TrackMarks {
	#o: TrackMarksOptions;

	// Which tracks are on the map changes rarely: kept as a key, the list (and each track's markup)
	// keeps its identity from step to step until a track comes or goes.
	#activeIds = $derived.by(() => {
		if (!this.#o.layers.shown.tracks) return '';
		const time = this.#o.session.clock.time;
		return this.#o.simulation.tracks
			.filter((track) => time >= track.start && time <= track.end + LINGER_MS)
			.map((track) => track.movement.id)
			.join('\n');
	});
	tracks: ScenarioTrack[] = $derived.by(() => this.#o.simulation.tracks.filter((track) => this.#activeIds.split('\n').includes(track.movement.id)));
	/** Each active track's position now, and where its glyph is drawn. */
	movers: Map<string, { now: TrackPosition; glyph: [number, number] | null }> = $derived.by(
		() =>
			new Map(
				this.tracks.map((track) => {
					const now = positionAt(track.points, this.#o.session.clock.time);
					return [track.movement.id, { now, glyph: this.#o.toScreen()(now.position) }];
				})
			)
	);
	// How many of each track's crossings the clock has passed (they are in time order): kept as a key,
	// the crossings keep their identity (and their markup and labels are left alone) between two.
	#passed = $derived.by(() => {
		const time = this.#o.session.clock.time;
		return this.tracks.map((track) => track.crossings.filter((c) => c.t <= time).length).join(',');
	});
	crossings = $derived.by(() => {
		const passed = this.#passed.split(',').map(Number);
		return this.tracks.flatMap((track, i) =>
			track.crossings
				.slice(0, passed[i])
				.map((crossing) => ({ id: `${track.movement.id}@${crossing.t}`, t: crossing.t, at: this.#o.toScreen()(crossing.position) }))
		);
	});

	/**
	 * A denied claim is drawn on what it is about (a convoy said to have been struck), from the alert
	 * on (the claim says the strikes followed the call for help) and only once that convoy's track
	 * has begun: before it, the mark would sit at the track's start, a place no source gives. A
	 * target with no track (no place reported) is described in the incident panel and never drawn.
	 */
	disputes = $derived.by(() => {
		const { session, simulation } = this.#o;
		const focused = session.focused;
		const time = session.clock.time;
		if (!focused) return [];
		const since = (simulation.focusedSortie && firstTime(simulation.focusedSortie.alert)) ?? focused.start;
		if (time < since || time > focused.end) return [];
		return session.scenario.disputes
			.filter((d) => d.incidentId === focused.incident.id)
			.flatMap((dispute) =>
				(dispute.targets ?? []).flatMap(({ movementId }) => {
					const track = movementId === undefined ? undefined : simulation.tracks.find((t) => t.movement.id === movementId);
					if (!track) return [];
					const now = positionAt(track.points, time);
					const at = this.#o.toScreen()(now.position);
					return now.phase === 'before' || !at ? [] : [{ id: `${dispute.id}:${track.movement.id}`, disputeId: dispute.id, at }];
				})
			);
	});

	constructor(options: TrackMarksOptions) {
		this.#o = options;
	}
}
