import { geoInterpolate } from 'd3';
import type { Session } from './session.svelte';
import type { Simulation } from './simulation.svelte';
import type { MapLayers } from './map-layers.svelte';
import type { MapView } from './map-view.svelte';
import type { Locale } from './locale.svelte';
import type { ToScreen } from '../map/to-screen';
import { positionAt } from '../kinematics/track';
import { edgePoint } from '../map/offscreen';
import { extentAround } from '../map/camera';
import { greatCircleKm } from '../geo/distance';
import { reachKm, ringPoint } from '../response/range-rings';
import { formatCount } from '../i18n/format';
import type { LonLat } from '../geo/lonlat';

export interface FlightMarksOptions {
	session: Session;
	simulation: Simulation;
	layers: MapLayers;
	view: Pick<MapView, 'width' | 'height'>;
	locale: Locale;
	toScreen: () => ToScreen;
}

/** Off-map pointers sit this far inside the edge. */
const EDGE_INSET = 16;
const RING_MINUTES = [10, 20, 30, 60];
const RING_LABEL_BEARINGS = [0, 330, 30, 300, 60, 270, 90, 240, 120, 210, 150, 180];
const FLIGHT_SAMPLES = 32;

/**
 * The air support drawn on the map, in screen pixels: the focused sortie's computed flight, its
 * base and target, the aircraft in the air, a pointer to it from the edge when it is off the map,
 * and the rings of what the chosen base can reach in so many minutes.
 */
export class FlightMarks {
	#o: FlightMarksOptions;

	/** The focused sortie's computed flight, as drawn: its great circle, and its timed ends. */
	flight = $derived.by(() => {
		const facts = this.#o.simulation.focusedSortie;
		const computed = this.#o.simulation.computed;
		if (!this.#o.layers.shown.sorties || !facts || !computed) return null;
		const line = geoInterpolate(computed.from, facts.target);
		const curve = Array.from({ length: FLIGHT_SAMPLES + 1 }, (_, i) => line(i / FLIGHT_SAMPLES) as LonLat);
		const points = [
			{ t: computed.response.takeoff, lon: computed.from[0], lat: computed.from[1] },
			{ t: computed.response.arrival, lon: facts.target[0], lat: facts.target[1] }
		];
		const base = this.#o.session.scenario.bases.find((b) => b.id === this.#o.simulation.assumptions?.baseId);
		const aircraft = this.#o.session.scenario.aircraftTypes.find((a) => a.id === this.#o.simulation.assumptions?.aircraftTypeId);
		return { facts, computed, curve, points, baseName: base?.name, aircraftName: aircraft?.name ?? '' };
	});
	base = $derived.by(() => (this.flight ? this.#o.toScreen()(this.flight.computed.from) : null));
	target = $derived.by(() => (this.flight ? this.#o.toScreen()(this.flight.facts.target) : null));
	/** The aircraft once it has taken off: where, heading where, and whether it is over the target. */
	aircraft = $derived.by(() => {
		const flight = this.flight;
		const time = this.#o.session.clock.time;
		if (!flight || time < flight.computed.response.takeoff) return null;
		const now = positionAt(flight.points, time);
		return { now, at: this.#o.toScreen()(now.position) };
	});
	/** The extent that shows the whole flight, base to target, on this map. */
	flightExtent = $derived.by(() =>
		this.flight ? extentAround(this.flight.computed.from, this.flight.facts.target, this.#o.view.width / Math.max(1, this.#o.view.height)) : null
	);
	/** Off the map, the aircraft in flight (else its base) is pointed at from the map's edge, with its distance. */
	offscreen = $derived.by(() => {
		const flight = this.flight;
		const target = this.target;
		if (!flight || !target) return null;
		const { width, height } = this.#o.view;
		const flying = this.aircraft && this.aircraft.now.phase === 'moving' ? this.aircraft : null;
		const what = flying ? flying.now.position : flight.computed.from;
		const at = this.#o.toScreen()(what);
		const edge = at && edgePoint(target, at, width, height, EDGE_INSET);
		if (!edge) return null;
		const km = formatCount(Math.round(greatCircleKm(what, flight.facts.target)), this.#o.locale.lang);
		const { locale } = this.#o;
		const text = flying
			? locale.t('offscreenAircraft', { aircraft: flight.aircraftName, km })
			: locale.t('offscreenBase', { base: flight.baseName?.[locale.lang] ?? '', km });
		return { ...edge, text };
	});

	/** Where a ring's minutes are written: its northern edge, else the first point round it that is on the map. */
	#onRing(center: LonLat, km: number): [number, number] | null {
		const inside = (at: [number, number] | null) =>
			!!at && at[0] > EDGE_INSET * 2 && at[1] > EDGE_INSET && at[0] < this.#o.view.width - EDGE_INSET * 2 && at[1] < this.#o.view.height - EDGE_INSET;
		for (const bearing of RING_LABEL_BEARINGS) {
			const at = this.#o.toScreen()(ringPoint(center, km, bearing));
			if (inside(at)) return at;
		}
		return null;
	}

	/** The rings' reach from the chosen base, each with the point where its minutes are written. */
	rings = $derived.by(() => {
		const { simulation, layers } = this.#o;
		const assumptions = simulation.assumptions;
		const from = simulation.basePosition;
		if (!layers.shown['range-rings'] || !assumptions || !from) return [];
		return RING_MINUTES.map((minutes) => ({ minutes, km: reachKm({ ...assumptions, minutes }) }))
			.filter((ring) => ring.km > 0)
			.map((ring) => ({ ...ring, center: from, labelAt: this.#onRing(from, ring.km) }));
	});

	constructor(options: FlightMarksOptions) {
		this.#o = options;
	}
}
