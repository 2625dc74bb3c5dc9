import { townLimit } from '../map/small-map-labels';
import { max } from 'd3';
import type { Session } from './session.svelte';
import type { Simulation } from './simulation.svelte';
import type { MapLayers } from './map-layers.svelte';
import type { MapView } from './map-view.svelte';
import type { Locale } from './locale.svelte';
import { TrackMarks } from './track-marks.svelte';
import { FlightMarks } from './flight-marks.svelte';
import { SceneLabels } from './scene-labels.svelte';
import type { ToScreen } from '../map/to-screen';
import { screenSegments } from '../map/label-lines';
import { sahelMap } from '../map/sahel-topology';
import { highestKilled, symbolRadius } from '../map/incident-symbol';
import { CAPITALS, type MapTown } from '../map/reference-towns';
import type { Box, Obstacle } from '../map/label-placement';
import type { MeasureText } from '../map/label-style';
import type { Drawn } from '../map/map-key';
import { kmPerPixel, scaleBarLength } from '../map/scale-bar';
import type { TimedIncident } from '../story/scenario-times';
import * as symbols from '../map/symbols';
import { keepUnchanged } from '../scene/kept-marks';
import { baseMapTownsApart, PLACE_LABEL_ZOOM, storyTowns, townKey } from '../map/map-towns';

export type { SceneLabel } from './scene-labels.svelte';

export interface MapSceneOptions {
	session: Session;
	simulation: Simulation;
	layers: MapLayers;
	/** The page's camera, or an export's frame (state/frame-view.svelte.ts). */
	view: Pick<MapView, 'width' | 'height' | 'projection' | 'transform'>;
	locale: Locale;
	measure: () => { measure: MeasureText; rootPx: number };
	/** Boxes on the map that hold controls (zoom buttons, the key, the inset): labels keep off them. */
	reserved: () => readonly Box[];
	/** Type scale: 1, larger on a projector. */
	textScale: () => number;
	/** The base map seen zoomed in, once loaded and shown: its towns (GeoNames, most populous first) and its waters' boxes. */
	detail: () => { towns: readonly MapTown[]; waterBoxes: readonly [[number, number], [number, number]][] } | null;
}

export interface IncidentMark {
	item: TimedIncident;
	at: [number, number] | null;
	r: number;
	killed: number;
}

/**
 * Everything drawn on the map in screen pixels, once per frame, for the layers to draw and for one
 * label placement over all of them: the labels know every symbol, so none covers another label,
 * a symbol or a control. Derived from the session, the simulation, the layers and the camera.
 * The tracks' marks, the air support's and the labels are each their own class; the scene
 * composes them. Call during a component's initialisation.
 */
export class MapScene {
	#o: MapSceneOptions;
	#tracks: TrackMarks;
	#flight: FlightMarks;
	#labels: SceneLabels;

	toScreen: ToScreen = $derived.by(() => {
		const { projection, transform } = this.#o.view;
		return (lonLat) => {
			const projected = projection(lonLat);
			return projected ? transform.apply(projected) : null;
		};
	});

	#killed = $derived.by(() => new Map(this.#o.session.incidents.map((i) => [i.incident.id, highestKilled(i.incident)])));
	largestKilled = $derived(max(this.#killed.values()) ?? 0);
	/** Every incident, largest first so small symbols stay clickable on top of big ones. */
	incidents: IncidentMark[] = $derived.by(() =>
		this.#o.session.incidents
			.map((item) => {
				const killed = this.#killed.get(item.incident.id) ?? 0;
				return { item, killed, at: this.toScreen([item.place.lon, item.place.lat]), r: symbolRadius(killed, this.largestKilled, symbols.INCIDENT_LARGEST_RADIUS) };
			})
			.sort((a, b) => b.killed - a.killed)
	);

	get tracks() {
		return this.#tracks.tracks;
	}
	get movers() {
		return this.#tracks.movers;
	}
	get crossings() {
		return this.#tracks.crossings;
	}
	get disputes() {
		return this.#tracks.disputes;
	}
	get flight() {
		return this.#flight.flight;
	}
	get base() {
		return this.#flight.base;
	}
	get aircraft() {
		return this.#flight.aircraft;
	}
	get flightExtent() {
		return this.#flight.flightExtent;
	}
	get offscreen() {
		return this.#flight.offscreen;
	}
	get rings() {
		return this.#flight.rings;
	}
	get labels() {
		return this.#labels.labels;
	}
	get shownTowns() {
		return this.#labels.shownTowns;
	}

	/**
	 * The base map's towns but those where the story already names a place (Ayorou) or a capital
	 * stands: with the base map, not with the clock (an attack's start changes the towns below).
	 */
	#detailTowns: readonly MapTown[] = $derived.by(() => baseMapTownsApart(this.#o.detail()?.towns ?? [], this.#o.session.scenario.places));

	/**
	 * Capitals always; the scenario's places once zoomed in or beside the base map's towns, except where an attack on the map names
	 * the place; the base map's towns once it is loaded, most populous first (the placement keeps
	 * the order among equals, so a small town gives way).
	 */
	towns: { town: MapTown; at: [number, number] }[] = $derived.by(() => (this.#towns = keepUnchanged(this.#towns, this.#townsNow(), townKey)));
	#towns: { town: MapTown; at: [number, number] }[] = [];
	#townsNow() {
		const { session, view } = this.#o;
		const attacked = new Set(session.incidents.filter((i) => i.start <= session.startedBy).map((i) => i.place.id));
		// Those on the map, as many as its size has room for (a phone's fewer).
		return this.#townsInView.filter(({ town }) => !(town.story && attacked.has(town.id))).slice(0, townLimit(view.width, view.height));
	}
	/** Every town that may be named, on the map, with the camera (not the clock: an attack's start only takes its place out). */
	#townsInView = $derived.by(() => {
		const { session, view } = this.#o;
		// The story's places come before the base map's towns, wherever those are named (an embed's Gummi once took Tongo Tongo's room).
		const places = view.transform.k >= PLACE_LABEL_ZOOM || this.#detailTowns.length > 0 ? storyTowns(session.scenario.places, new Set()) : [];
		return [...CAPITALS, ...places, ...this.#detailTowns].flatMap((town) => {
			const at = this.toScreen([town.lon, town.lat]);
			return at && this.#onMap(at) ? [{ town, at }] : [];
		});
	});

	/** What labels keep off where they can: the borders, the routes and the flight path; with the camera and the layers, not the clock. */
	labelLines = $derived.by(() => {
		const routes = this.tracks.map((t) => t.points.map((p): [number, number] => [p.lon, p.lat]));
		const lines = [...routes, ...(this.flight ? [this.flight.curve] : [])];
		return [...this.#borderLines, ...screenSegments(lines, this.toScreen, this.#o.view.width, this.#o.view.height)];
	});
	/** The borders' part, with the camera only: projecting their 3,000 points again when a movement began took 0.6 ms of its step. */
	#borderLines = $derived.by(() => screenSegments(sahelMap.borders.coordinates as [number, number][][], this.toScreen, this.#o.view.width, this.#o.view.height));

	/** In the lower left corner, at most 140 px long. */
	scaleBar = $derived.by(() => {
		const { view } = this.#o;
		const kmPerPx = kmPerPixel(view.projection, view.transform.invert([view.width / 2, view.height / 2]), view.transform.k);
		if (!Number.isFinite(kmPerPx)) return null;
		const bar = scaleBarLength(kmPerPx, 140);
		const x = 16;
		const y = view.height - 16;
		return { bar, x, y, box: { x: x - 6, y: y - 20, width: bar.px + 12, height: 28 } };
	});

	/** What labels keep off that stands still while the clock moves: the controls, the scale bar, the attacks begun, the towns. */
	#fixedObstacles: Obstacle[] = $derived.by(() => {
		const { session } = this.#o;
		const out: Obstacle[] = [...this.#o.reserved()].map((box) => ({ shape: 'box' as const, ...box }));
		if (this.scaleBar) out.push({ shape: 'box', ...this.scaleBar.box });
		for (const { item, at, r } of this.incidents) if (at && item.start <= session.startedBy) out.push(symbols.circleAt(at, r + (item.end > session.endedBy ? symbols.INCIDENT_HALO : 0)));
		for (const { town, at } of this.towns) out.push(town.capital ? symbols.squareAt(at, symbols.CAPITAL_HALF + 1) : symbols.circleAt(at, symbols.TOWN_RADIUS + 1));
		return out;
	});

	/**
	 * What labels keep off: every symbol drawn, and the controls over the map. The fixed ones are the
	 * same objects from step to step, so the placement sees at once that they have not moved.
	 */
	obstacles: Obstacle[] = $derived.by(() => {
		const out = [...this.#fixedObstacles];
		for (const [, { now, glyph }] of this.movers) if (glyph) out.push(symbols.circleAt(glyph, now.phase === 'after' ? symbols.MOVER_ARRIVED_RADIUS : symbols.MOVER_RADIUS));
		for (const { at } of this.crossings) if (at) out.push(symbols.squareAt(at, symbols.CROSSING_HALF));
		for (const { at } of this.disputes) out.push(symbols.circleAt(at, symbols.DISPUTE_RADIUS + 1.5));
		if (this.aircraft?.at) out.push(symbols.circleAt(this.aircraft.at, symbols.AIRCRAFT_RADIUS));
		if (this.base) out.push(symbols.squareAt(this.base, symbols.BASE_HALF));
		if (this.offscreen) out.push(symbols.circleAt(this.offscreen.at, symbols.OFFSCREEN_RADIUS));
		return out;
	});

	/** Whether a symbol `r` px in radius at `at` shows on the map, if only in part (its centre may be just off it). */
	#onMap = (at: readonly [number, number] | null, r = 0) => !!at && at[0] >= -r && at[1] >= -r && at[0] <= this.#o.view.width + r && at[1] <= this.#o.view.height + r;

	/** Whether a river or lake of the base map crosses the view (by their boxes, against the view's corners): with the camera, not the clock. */
	#waterInView = $derived.by((): boolean => {
		const boxes = this.#o.detail()?.waterBoxes;
		const { view } = this.#o;
		const corner = (at: [number, number]) => view.projection.invert?.(view.transform.invert(at)) ?? null;
		const [topLeft, bottomRight] = [corner([0, 0]), corner([view.width, view.height])];
		if (!boxes || !topLeft || !bottomRight) return false;
		const [west, north, east, south] = [topLeft[0], topLeft[1], bottomRight[0], bottomRight[1]];
		return boxes.some(([[w, s], [e, n]]) => w <= east && e >= west && s <= north && n >= south);
	});

	/** What is on the map, for its key (map/map-key.ts). */
	#drawn = $derived.by((): Drawn => {
		const { session, layers } = this.#o;
		const underWay = (m: IncidentMark) => m.item.end > session.endedBy;
		const incidents = this.incidents.filter((m) => m.item.start <= session.startedBy && this.#onMap(m.at, m.r + (underWay(m) ? symbols.INCIDENT_HALO : 0)));
		return {
			incidentsLargestKilled: incidents.length ? this.largestKilled : null,
			incidentUnderWay: incidents.some(underWay),
			routes: this.tracks.map(({ movement }) => ({ role: movement.role, known: movement.known })),
			crossings: this.crossings.some((c) => this.#onMap(c.at, symbols.CROSSING_HALF)),
			flight: this.flight !== null,
			aircraft: this.#onMap(this.aircraft?.at ?? null, symbols.AIRCRAFT_RADIUS),
			base: this.#onMap(this.base, symbols.BASE_HALF),
			offscreen: this.offscreen !== null,
			dispute: this.disputes.some((d) => this.#onMap(d.at, symbols.DISPUTE_RADIUS)),
			rings: this.rings.map((r) => r.minutes),
			surface: layers.shown['response-surface'],
			rivers: this.#waterInView,
			capitals: this.shownTowns.some((t) => t.town.capital),
			towns: this.shownTowns.some((t) => !t.town.capital)
		};
	});
	// Compared as text: the key is redrawn when what is drawn changes, not at every clock step.
	#drawnText = $derived(JSON.stringify(this.#drawn));
	drawn: Drawn = $derived.by(() => JSON.parse(this.#drawnText) as Drawn);

	constructor(options: MapSceneOptions) {
		this.#o = options;
		const toScreen = () => this.toScreen;
		this.#tracks = new TrackMarks({ ...options, toScreen });
		this.#flight = new FlightMarks({ ...options, toScreen });
		this.#labels = new SceneLabels(options, this);
	}
}
