import type { Session } from './session.svelte';
import type { MapView } from './map-view.svelte';
import type { Locale } from './locale.svelte';
import type { TrackMarks } from './track-marks.svelte';
import type { FlightMarks } from './flight-marks.svelte';
import type { ToScreen } from '../map/to-screen';
import type { MapTown } from '../map/reference-towns';
import { countryLabels, placeCountryLabels } from '../map/country-labels';
import { sahelMap, TRI_BORDER_COUNTRIES } from '../map/sahel-topology';
import { createCountryIndex } from '../geo/country-index';
import { placeLabelsAfter, sameSpot, type LineSegment, type Obstacle, type PlacedLabel, type PlacementMemory } from '../map/label-placement';
import { datedIncidentLabels, leaderLimits } from '../map/small-map-labels';
import { textLabel, type TextLabel, type TextLabelSpec, type TextSetting } from '../map/label-text';
import { LABEL_PRIORITY, type MeasureText } from '../map/label-style';
import { formatClock, formatShortDate } from '../time/format-time';
import type { TimedIncident } from '../story/scenario-times';
import * as symbols from '../map/symbols';

export interface SceneLabelsOptions {
	session: Session;
	view: Pick<MapView, 'width' | 'height' | 'projection' | 'transform'>;
	locale: Locale;
	measure: () => { measure: MeasureText; rootPx: number };
	/** Type scale: 1, larger on a projector. */
	textScale: () => number;
}

/** The marks on the map that have names, and what labels keep off (the map scene fits this). */
export type LabelledMarks = Pick<TrackMarks, 'tracks' | 'movers' | 'crossings' | 'disputes'> &
	Pick<FlightMarks, 'flight' | 'aircraft' | 'base' | 'offscreen' | 'rings'> & {
		incidents: readonly { item: TimedIncident; at: [number, number] | null; r: number }[];
		towns: readonly { town: MapTown; at: [number, number] }[];
		obstacles: readonly Obstacle[];
		labelLines: readonly LineSegment[];
		toScreen: ToScreen;
	};

export interface SceneLabel extends TextLabel {
	placed: PlacedLabel;
}

/** Above the base map's towns, below the capitals. */
const STORY_PLACE_PRIORITY = (LABEL_PRIORITY.town + LABEL_PRIORITY.capital) / 2;

/** Wrap labels at this width (px at scale 1): a long description becomes a block, not a line across the map. */
const MAX_LINE_PX = 190;

/**
 * Every name on the map, set in lines, measured and placed once over all the marks: none covers
 * another label, a symbol or a control, and the least important give way.
 */
export class SceneLabels {
	#o: SceneLabelsOptions;
	#marks: LabelledMarks;
	#previousSlots = new Map<string, string>();
	/** The last frame's placement, so a frame re-places only the labels near what changed. */
	#placement: PlacementMemory | null = null;
	#previousLabels = new Map<string, SceneLabel>();
	/** Labels as set in lines and measured, by kind, size, width and text (a cache outside the reactive graph). */
	#setTexts = new Map<string, TextLabel>();
	#countryIndex = createCountryIndex(sahelMap.countries);
	#countryLabels = countryLabels(sahelMap.countries, TRI_BORDER_COUNTRIES);

	#countrySpots = $derived.by(() => {
		const { view } = this.#o;
		return placeCountryLabels(this.#countryLabels, {
			width: view.width,
			height: view.height,
			toScreen: this.#marks.toScreen,
			toLonLat: (at) => (view.projection.invert?.(view.transform.invert(at)) as [number, number] | undefined) ?? null,
			countryAt: this.#countryIndex.countryAt
		});
	});

	#setting: TextSetting = $derived.by(() => ({ ...this.#o.measure(), scale: this.#o.textScale(), maxLineWidth: Math.min(MAX_LINE_PX, this.#o.view.width * 0.42) }));

	/** Set and measured once per text, size and width: each frame only moves the anchors. */
	#set(spec: TextLabelSpec): TextLabel {
		const setting = this.#setting;
		const key = `${spec.kind}|${setting.rootPx}|${setting.scale}|${setting.maxLineWidth}|${spec.text}`;
		let set = this.#setTexts.get(key);
		if (!set) this.#setTexts.set(key, (set = textLabel({ ...spec, anchor: [0, 0], radius: 0 }, setting)));
		return { ...set, id: spec.id, anchor: spec.anchor, radius: spec.radius ?? 0, ...(spec.spots?.length ? { spots: spec.spots } : {}) };
	}

	/** The attacks' labels: they change when an attack starts or the camera moves, not at every clock step. */
	#incidentRequests: TextLabel[] = $derived.by(() => {
		const { session, locale } = this.#o;
		const dated = datedIncidentLabels(this.#o.view.width, this.#o.view.height);
		const out: TextLabel[] = [];
		for (const { item, at, r } of this.#marks.incidents) {
			if (!at || item.start > session.startedBy) continue;
			const place = item.place.name[locale.lang];
			const text = dated ? locale.t('incidentLabel', { place, date: formatShortDate(item.start, session.zoneOf(item.place), locale.lang) }) : place;
			out.push(this.#set({ id: `incident:${item.incident.id}`, kind: 'incident', text, anchor: at, radius: r }));
		}
		return out;
	});

	/** A crossing's time as its label says it, formatted once per zone and language: its label moves with every step, its text does not. */
	#clockText = $derived.by(() => {
		const { zone } = this.#o.session;
		const { lang } = this.#o.locale;
		const texts = new Map<number, string>();
		return (t: number) => {
			let text = texts.get(t);
			if (text === undefined) texts.set(t, (text = formatClock(t, zone, lang)));
			return text;
		};
	});

	/** What moves with the clock: movements, crossings, disputed strikes, the aircraft. */
	#movingRequests: TextLabel[] = $derived.by(() => {
		const { locale } = this.#o;
		const marks = this.#marks;
		const clockText = this.#clockText;
		const specs: TextLabelSpec[] = [];
		for (const track of marks.tracks) {
			const mover = marks.movers.get(track.movement.id);
			if (mover?.glyph && mover.now.phase !== 'after')
				specs.push({ id: `movement:${track.movement.id}`, kind: 'movement', text: track.movement.label[locale.lang], anchor: mover.glyph, radius: symbols.MOVER_RADIUS });
		}
		for (const { id, t, at } of marks.crossings)
			if (at) specs.push({ id: `crossing:${id}`, kind: 'crossing', text: clockText(t), anchor: at, radius: symbols.CROSSING_HALF });
		// Targets that sit together share one label.
		marks.disputes.forEach(({ id, at }, i) => {
			if (marks.disputes.slice(0, i).some((other) => Math.hypot(other.at[0] - at[0], other.at[1] - at[1]) < 40)) return;
			specs.push({ id: `dispute:${id}`, kind: 'dispute', text: locale.t('disputedStrike'), anchor: at, radius: symbols.DISPUTE_RADIUS + 1.5 });
		});
		if (marks.aircraft?.at && marks.aircraft.now.phase === 'after')
			specs.push({ id: 'aircraft', kind: 'aircraft', text: locale.t('overTargetComputed'), anchor: marks.aircraft.at, radius: symbols.AIRCRAFT_RADIUS });
		if (marks.base && marks.flight?.baseName) specs.push({ id: 'base', kind: 'base', text: marks.flight.baseName[locale.lang], anchor: marks.base, radius: 7 });
		if (marks.offscreen) specs.push({ id: 'offscreen', kind: 'offscreen', text: marks.offscreen.text, anchor: marks.offscreen.at, radius: symbols.OFFSCREEN_RADIUS });
		return specs.map((spec) => this.#set(spec));
	});

	/** Rings, towns and countries: they change with the camera and the layers, not with the clock. */
	#placeRequests: TextLabel[] = $derived.by(() => {
		const { locale } = this.#o;
		const specs: TextLabelSpec[] = [];
		for (const { minutes, labelAt } of this.#marks.rings)
			if (labelAt) specs.push({ id: `ring:${minutes}`, kind: 'ring', text: locale.t('ringMinutes', { minutes }), anchor: labelAt });
		for (const { label, at, others } of this.#countrySpots)
			specs.push({ id: `country:${label.id}`, kind: label.major ? 'country-major' : 'country', text: locale.country(label.id), anchor: at, spots: others });
		// A town's dot shows only with its name, so it yields to what the story names; the story's own places outrank the base map's towns.
		const towns = this.#marks.towns.map(({ town, at }) => ({
			...this.#set({ id: `town:${town.id}`, kind: town.capital ? 'capital' : 'town', text: town.name[locale.lang], anchor: at, radius: town.capital ? symbols.CAPITAL_HALF : symbols.TOWN_RADIUS }),
			yields: true,
			...(town.story ? { priority: STORY_PLACE_PRIORITY } : {})
		}));
		return [...specs.map((spec) => this.#set(spec)), ...towns];
	});

	/** Every label the map would show, before placement. */
	#requests: TextLabel[] = $derived([...this.#incidentRequests, ...this.#movingRequests, ...this.#placeRequests]);

	/** The labels placed: none over another label, a leader, a symbol, a control or the edge; the least important dropped. */
	labels: SceneLabel[] = $derived.by(() => {
		const { width, height } = this.#o.view;
		const placement = placeLabelsAfter(this.#placement, this.#requests, { width, height, obstacles: this.#marks.obstacles, lines: this.#marks.labelLines, previous: this.#previousSlots, ...leaderLimits(width, height) });
		this.#placement = placement.memory;
		const byId = new Map(this.#requests.map((r) => [r.id, r]));
		// Kept for the next frame only, outside the reactive graph: a moving label stays on its side,
		// and a label that has not moved stays the same object, so its markup is not touched.
		this.#previousSlots = new Map(placement.placed.map((p) => [p.id, p.slot]));
		const labels = placement.placed.map((placed) => {
			const request = byId.get(placed.id)!;
			const before = this.#previousLabels.get(placed.id);
			return before && before.lines === request.lines && before.px === request.px && sameSpot(before.placed, placed) ? before : { ...request, placed };
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
		return this.#marks.towns.filter(({ town }) => named.has(`town:${town.id}`));
	});

	constructor(options: SceneLabelsOptions, marks: LabelledMarks) {
		this.#o = options;
		this.#marks = marks;
	}
}
