import { max } from 'd3';
import type { Session } from './session.svelte';
import type { Simulation } from './simulation.svelte';
import type { MapLayers } from './map-layers.svelte';
import type { MapView } from './map-view.svelte';
import type { Locale } from './locale.svelte';
import type { ToScreen } from '../map/to-screen';
import { highestKilled, symbolRadius } from '../map/incident-symbol';
import { positionAt, type TrackPosition } from '../kinematics/track';
import { CAPITALS, type MapTown } from '../map/reference-towns';
import { countryLabels, placeCountryLabels } from '../map/country-labels';
import { sahelMap, TRI_BORDER_COUNTRIES } from '../map/sahel-topology';
import { createCountryIndex } from '../geo/country-index';
import { placeLabelsAfter, type Box, type Obstacle, type PlacedLabel, type PlacementMemory } from '../map/label-placement';
import { leaderLimits, townLimit } from '../map/small-map-labels';
import { textLabel, type TextLabel, type TextLabelSpec, type TextSetting } from '../map/label-text';
import type { MeasureText } from '../map/label-style';
import { edgePoint } from '../map/offscreen';
import { extentAround } from '../map/camera';
import type { Drawn } from '../map/map-key';
import { kmPerPixel, scaleBarLength } from '../map/scale-bar';
import { greatCircleKm } from '../geo/distance';
import { reachKm, ringPoint } from '../response/range-rings';
import { firstTime } from '../response/sortie-model';
import { formatClock, formatShortDate } from '../time/format-time';
import { formatCount } from '../i18n/format';
import type { TimedIncident } from '../story/scenario-times';
import type { ScenarioTrack } from '../story/scenario-tracks';
import type { LonLat } from '../geo/lonlat';
import { geoInterpolate } from 'd3';
import * as symbols from '../map/symbols';

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

/** Scenario places get a town's dot and name once the map is zoomed in enough for them not to crowd. */
const PLACE_LABEL_ZOOM = 3;
/** A base-map town this close to a story's place is the same place. */
const SAME_PLACE_KM = 5;
const LABELLED_KINDS = ['town', 'village', 'military-base', 'camp'];
/** Wrap labels at this width (px at scale 1): a long description becomes a block, not a line across the map. */
const MAX_LINE_PX = 190;
/** Off-map pointers sit this far inside the edge. */
const EDGE_INSET = 16;
/** A finished track stays on the map a while, so its end can be read after the fact (12 h). */
const LINGER_MS = 12 * 3_600_000;
const RING_MINUTES = [10, 20, 30, 60];
const RING_LABEL_BEARINGS = [0, 330, 30, 300, 60, 270, 90, 240, 120, 210, 150, 180];
const FLIGHT_SAMPLES = 32;

export interface IncidentMark {
	item: TimedIncident;
	at: [number, number] | null;
	r: number;
	killed: number;
}

export interface SceneLabel extends TextLabel {
	placed: PlacedLabel;
}

const samePlace = (a: PlacedLabel, b: PlacedLabel) =>
	a.box.x === b.box.x && a.box.y === b.box.y && a.box.width === b.box.width && a.box.height === b.box.height && String(a.leader) === String(b.leader);

/**
 * Everything drawn on the map in screen pixels, once per frame, for the layers to draw and for one
 * label placement over all of them: the labels know every symbol, so none covers another label,
 * a symbol or a control. Derived from the session, the simulation, the layers and the camera.
 * Call during a component's initialisation.
 */
export class MapScene {
	#o: MapSceneOptions;
	#previousSlots = new Map<string, string>();
	/** The last frame's placement, so a frame re-places only the labels near what changed. */
	#placement: PlacementMemory | null = null;
	#previousLabels = new Map<string, SceneLabel>();
	/** Labels as set in lines and measured, by kind, size, width and text (a cache outside the reactive graph). */
	#setTexts = new Map<string, TextLabel>();
	#countryIndex = createCountryIndex(sahelMap.countries);
	#countryLabels = countryLabels(sahelMap.countries, TRI_BORDER_COUNTRIES);

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
					return [track.movement.id, { now, glyph: this.toScreen(now.position) }];
				})
			)
	);
	crossings = $derived(
		this.tracks.flatMap((track) =>
			track.crossings
				.filter((c) => c.t <= this.#o.session.clock.time)
				.map((crossing) => ({ id: `${track.movement.id}@${crossing.t}`, t: crossing.t, at: this.toScreen(crossing.position) }))
		)
	);

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
	base = $derived(this.flight ? this.toScreen(this.flight.computed.from) : null);
	target = $derived(this.flight ? this.toScreen(this.flight.facts.target) : null);
	/** The aircraft once it has taken off: where, heading where, and whether it is over the target. */
	aircraft = $derived.by(() => {
		const flight = this.flight;
		const time = this.#o.session.clock.time;
		if (!flight || time < flight.computed.response.takeoff) return null;
		const now = positionAt(flight.points, time);
		return { now, at: this.toScreen(now.position) };
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
		const at = this.toScreen(what);
		const edge = at && edgePoint(target, at, width, height, EDGE_INSET);
		if (!edge) return null;
		const km = formatCount(Math.round(greatCircleKm(what, flight.facts.target)), this.#o.locale.lang);
		const { locale } = this.#o;
		const text = flying
			? locale.t('offscreenAircraft', { aircraft: flight.aircraftName, km })
			: locale.t('offscreenBase', { base: flight.baseName?.[locale.lang] ?? '', km });
		return { ...edge, text };
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
					const at = this.toScreen(now.position);
					return now.phase === 'before' || !at ? [] : [{ id: `${dispute.id}:${track.movement.id}`, disputeId: dispute.id, at }];
				})
			);
	});

	/** Where a ring's minutes are written: its northern edge, else the first point round it that is on the map. */
	#onRing(center: LonLat, km: number): [number, number] | null {
		const inside = (at: [number, number] | null) =>
			!!at && at[0] > EDGE_INSET * 2 && at[1] > EDGE_INSET && at[0] < this.#o.view.width - EDGE_INSET * 2 && at[1] < this.#o.view.height - EDGE_INSET;
		for (const bearing of RING_LABEL_BEARINGS) {
			const at = this.toScreen(ringPoint(center, km, bearing));
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

	/**
	 * Capitals always; the scenario's places once zoomed in, except where an attack on the map names
	 * the place; the base map's towns once it is loaded, most populous first (the placement keeps
	 * the order among equals, so a small town gives way).
	 */
	towns: { town: MapTown; at: [number, number] }[] = $derived.by(() => {
		const { session, view } = this.#o;
		const attacked = new Set(session.incidents.filter((i) => i.start <= session.startedBy).map((i) => i.place.id));
		const places =
			view.transform.k >= PLACE_LABEL_ZOOM
				? session.scenario.places
						.filter((p) => LABELLED_KINDS.includes(p.kind) && !attacked.has(p.id))
						.map((p) => ({ id: p.id, name: p.name, lon: p.lon, lat: p.lat, capital: false }))
				: [];
		// A GeoNames town where the story already names a place (Ayorou) or a capital stands is that place.
		const named = [...CAPITALS, ...session.scenario.places];
		const detail = (this.#o.detail()?.towns ?? []).filter((t) => !named.some((p) => greatCircleKm([p.lon, p.lat], [t.lon, t.lat]) < SAME_PLACE_KM));
		// Those on the map, as many as its size has room for (a phone's fewer).
		return [...CAPITALS, ...places, ...detail]
			.flatMap((town) => {
				const at = this.toScreen([town.lon, town.lat]);
				return at && this.#onMap(at) ? [{ town, at }] : [];
			})
			.slice(0, townLimit(view.width, view.height));
	});

	#countrySpots = $derived.by(() => {
		const { view } = this.#o;
		return placeCountryLabels(this.#countryLabels, {
			width: view.width,
			height: view.height,
			toScreen: this.toScreen,
			toLonLat: (at) => (view.projection.invert?.(view.transform.invert(at)) as [number, number] | undefined) ?? null,
			countryAt: this.#countryIndex.countryAt
		});
	});

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

	/** What labels keep off: every symbol drawn, and the controls over the map. */
	obstacles: Obstacle[] = $derived.by(() => {
		const { session } = this.#o;
		const out: Obstacle[] = [...this.#o.reserved()].map((box) => ({ shape: 'box' as const, ...box }));
		if (this.scaleBar) out.push({ shape: 'box', ...this.scaleBar.box });
		for (const { item, at, r } of this.incidents) if (at && item.start <= session.startedBy) out.push(symbols.circleAt(at, r + (item.end > session.endedBy ? symbols.INCIDENT_HALO : 0)));
		for (const [, { now, glyph }] of this.movers) if (glyph) out.push(symbols.circleAt(glyph, now.phase === 'after' ? symbols.MOVER_ARRIVED_RADIUS : symbols.MOVER_RADIUS));
		for (const { at } of this.crossings) if (at) out.push(symbols.squareAt(at, symbols.CROSSING_HALF));
		for (const { at } of this.disputes) out.push(symbols.circleAt(at, symbols.DISPUTE_RADIUS + 1.5));
		if (this.aircraft?.at) out.push(symbols.circleAt(this.aircraft.at, symbols.AIRCRAFT_RADIUS));
		if (this.base) out.push(symbols.squareAt(this.base, 7));
		if (this.offscreen) out.push(symbols.circleAt(this.offscreen.at, symbols.OFFSCREEN_RADIUS));
		for (const { town, at } of this.towns) out.push(town.capital ? symbols.squareAt(at, symbols.CAPITAL_HALF + 1) : symbols.circleAt(at, symbols.TOWN_RADIUS + 1));
		return out;
	});

	#setting: TextSetting = $derived.by(() => ({ ...this.#o.measure(), scale: this.#o.textScale(), maxLineWidth: Math.min(MAX_LINE_PX, this.#o.view.width * 0.42) }));

	/** Set and measured once per text, size and width: each frame only moves the anchors. */
	#set(spec: TextLabelSpec): TextLabel {
		const setting = this.#setting;
		const key = `${spec.kind}|${setting.rootPx}|${setting.scale}|${setting.maxLineWidth}|${spec.text}`;
		let set = this.#setTexts.get(key);
		if (!set) this.#setTexts.set(key, (set = textLabel({ ...spec, anchor: [0, 0], radius: 0 }, setting)));
		return { ...set, id: spec.id, anchor: spec.anchor, radius: spec.radius ?? 0 };
	}

	/** The attacks' labels: they change when an attack starts or the camera moves, not at every clock step. */
	#incidentRequests: TextLabel[] = $derived.by(() => {
		const { session, locale } = this.#o;
		const out: TextLabel[] = [];
		for (const { item, at, r } of this.incidents) {
			if (!at || item.start > session.startedBy) continue;
			const date = formatShortDate(item.start, session.zoneOf(item.place), locale.lang);
			out.push(this.#set({ id: `incident:${item.incident.id}`, kind: 'incident', text: locale.t('incidentLabel', { place: item.place.name[locale.lang], date }), anchor: at, radius: r }));
		}
		return out;
	});

	/** What moves with the clock: movements, crossings, disputed strikes, the aircraft. */
	#movingRequests: TextLabel[] = $derived.by(() => {
		const { session, locale } = this.#o;
		const specs: TextLabelSpec[] = [];
		for (const track of this.tracks) {
			const mover = this.movers.get(track.movement.id);
			if (mover?.glyph && mover.now.phase !== 'after')
				specs.push({ id: `movement:${track.movement.id}`, kind: 'movement', text: track.movement.label[locale.lang], anchor: mover.glyph, radius: symbols.MOVER_RADIUS });
		}
		for (const { id, t, at } of this.crossings)
			if (at) specs.push({ id: `crossing:${id}`, kind: 'crossing', text: formatClock(t, session.zone, locale.lang), anchor: at, radius: symbols.CROSSING_HALF });
		// Targets that sit together share one label.
		this.disputes.forEach(({ id, at }, i) => {
			if (this.disputes.slice(0, i).some((other) => Math.hypot(other.at[0] - at[0], other.at[1] - at[1]) < 40)) return;
			specs.push({ id: `dispute:${id}`, kind: 'dispute', text: locale.t('disputedStrike'), anchor: at, radius: symbols.DISPUTE_RADIUS + 1.5 });
		});
		if (this.aircraft?.at && this.aircraft.now.phase === 'after')
			specs.push({ id: 'aircraft', kind: 'aircraft', text: locale.t('overTargetComputed'), anchor: this.aircraft.at, radius: symbols.AIRCRAFT_RADIUS });
		if (this.base && this.flight?.baseName) specs.push({ id: 'base', kind: 'base', text: this.flight.baseName[locale.lang], anchor: this.base, radius: 7 });
		if (this.offscreen) specs.push({ id: 'offscreen', kind: 'offscreen', text: this.offscreen.text, anchor: this.offscreen.at, radius: symbols.OFFSCREEN_RADIUS });
		return specs.map((spec) => this.#set(spec));
	});

	/** Rings, towns and countries: they change with the camera and the layers, not with the clock. */
	#placeRequests: TextLabel[] = $derived.by(() => {
		const { locale } = this.#o;
		const specs: TextLabelSpec[] = [];
		for (const { minutes, labelAt } of this.rings)
			if (labelAt) specs.push({ id: `ring:${minutes}`, kind: 'ring', text: locale.t('ringMinutes', { minutes }), anchor: labelAt });
		for (const { town, at } of this.towns)
			specs.push({ id: `town:${town.id}`, kind: town.capital ? 'capital' : 'town', text: town.name[locale.lang], anchor: at, radius: town.capital ? symbols.CAPITAL_HALF : symbols.TOWN_RADIUS });
		for (const { label, at } of this.#countrySpots)
			specs.push({ id: `country:${label.id}`, kind: label.major ? 'country-major' : 'country', text: locale.country(label.id), anchor: at });
		return specs.map((spec) => this.#set(spec));
	});

	/** Every label the map would show, before placement. */
	#requests: TextLabel[] = $derived([...this.#incidentRequests, ...this.#movingRequests, ...this.#placeRequests]);

	/** The labels placed: none over another label, a leader, a symbol, a control or the edge; the least important dropped. */
	labels: SceneLabel[] = $derived.by(() => {
		const { width, height } = this.#o.view;
		const placement = placeLabelsAfter(this.#placement, this.#requests, { width, height, obstacles: this.obstacles, previous: this.#previousSlots, ...leaderLimits(width, height) });
		this.#placement = placement.memory;
		const byId = new Map(this.#requests.map((r) => [r.id, r]));
		// Kept for the next frame only, outside the reactive graph: a moving label stays on its side,
		// and a label that has not moved stays the same object, so its markup is not touched.
		this.#previousSlots = new Map(placement.placed.map((p) => [p.id, p.slot]));
		const labels = placement.placed.map((placed) => {
			const request = byId.get(placed.id)!;
			const before = this.#previousLabels.get(placed.id);
			return before && before.lines === request.lines && before.px === request.px && samePlace(before.placed, placed) ? before : { ...request, placed };
		});
		this.#previousLabels = new Map(labels.map((l) => [l.id, l]));
		return labels;
	});

	// Which towns' names found room, as a key: the list below keeps its identity (and the towns'
	// markup is left alone) from step to step until a town's name comes or goes.
	#namedTowns = $derived(
		this.labels
			.filter((l) => l.id.startsWith('town:'))
			.map((l) => l.id)
			.join('\n')
	);
	/** Towns whose names found room: a dot without its name would be a riddle. */
	shownTowns = $derived.by(() => {
		const named = new Set(this.#namedTowns.split('\n'));
		return this.towns.filter(({ town }) => named.has(`town:${town.id}`));
	});

	#onMap = (at: readonly [number, number] | null) => !!at && at[0] >= 0 && at[1] >= 0 && at[0] <= this.#o.view.width && at[1] <= this.#o.view.height;

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
		const incidents = this.incidents.filter((m) => m.item.start <= session.startedBy && this.#onMap(m.at));
		return {
			incidentsLargestKilled: incidents.length ? this.largestKilled : null,
			incidentUnderWay: incidents.some((m) => m.item.end > session.endedBy),
			routes: this.tracks.map(({ movement }) => ({ role: movement.role, known: movement.known })),
			crossings: this.crossings.some((c) => this.#onMap(c.at)),
			flight: this.flight !== null,
			aircraft: this.#onMap(this.aircraft?.at ?? null),
			base: this.#onMap(this.base),
			offscreen: this.offscreen !== null,
			dispute: this.disputes.some((d) => this.#onMap(d.at)),
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
	}
}
