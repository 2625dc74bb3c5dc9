import type { Session } from './session.svelte';
import type { Simulation } from './simulation.svelte';
import type { MapLayers } from './map-layers.svelte';
import type { Locale } from './locale.svelte';
import { MapScene } from './map-scene.svelte';
import { FrameView } from './frame-view.svelte';
export type { FrameView };
import type { GeoBox } from '../geo/geo-box';
import type { CameraTarget } from '../story/view-plan';
import type { MeasureText } from '../map/label-style';
import type { sahelDetail } from '../map/sahel-detail';
import { geoPath, type GeoPermissibleObjects } from 'd3';
import { baseMarks, seaMark, storyMarks } from '../export/map-marks';
import { legendItems } from '../export/legend';
import { composeFrame, layoutFrame, type Box, type FrameTexts, type MeasureWidth } from '../export/frame-layout';
import { creditLines, eventTotalsLine, totalsLines } from '../export/frame-texts';
import { EventCells, type EventsAt } from '../export/event-marks';
import { eventLegendItems, STEP_FONT } from '../export/event-legend';
import type { EventTable } from '../dataset/event-table';
import type { EventDeaths } from '../casualties/event-deaths';
import { surfaceBands } from '../story/surface-bands';
import { figureSourceIds } from '../casualties/figure-sources';
import { formatDateTime } from '../time/format-time';
import type { Frame, Mark } from '../export/frame';
import type { FrameSize } from '../export/frame-size';
import '../i18n/on-demand/export';

/** Zoomed in this far, the map shows the base map's detail (as MapStage does with its locator). */
const DETAIL_ZOOM = 2;

export interface ExportSubject {
	session: Session;
	simulation: Simulation;
	layers: MapLayers;
	locale: Locale;
	/** The frame's heading: the chapter's title, the attack in focus, or the story's. */
	title: () => string;
	/** The view's address, printed in the frame. */
	link: () => string;
	/** The events drawn under the story (the filtered table) and their deaths, or null. */
	events?: () => { table: EventTable; deaths: EventDeaths | null } | null;
}

/** The base map seen zoomed in (loaded by whoever exports: map/sahel-detail). */
export type BaseMapDetail = typeof sahelDetail;


/**
 * An exported frame of a session: its own camera at the frame's size, the screen's scene on it
 * (labels placed for that size), and the words around it. Compose it at any clock time and camera.
 */
export class ExportFrame {
	readonly view: FrameView;
	readonly scene: MapScene;
	#subject: ExportSubject;
	#measure: { measure: MeasureText; rootPx: number };
	#detail: BaseMapDetail;

	#underCamera: boolean;

	/**
	 * `underCamera`: the base map's marks in the map's projected pixels with the camera beside them,
	 * computed once for every camera (a video's frames, a flight's too); otherwise in the frame's
	 * pixels (an image: its SVG's paths as they look).
	 */
	constructor(subject: ExportSubject, frame: GeoBox, measure: { measure: MeasureText; rootPx: number }, detail: BaseMapDetail, underCamera = false) {
		this.#subject = subject;
		this.#underCamera = underCamera;
		this.#measure = measure;
		this.#detail = detail;
		this.view = new FrameView(frame, 800, 600);
		this.scene = new MapScene({
			session: subject.session,
			simulation: subject.simulation,
			layers: subject.layers,
			view: this.view,
			locale: subject.locale,
			measure: () => measure,
			// The key drawn on the map (the attacks' sizes): labels keep off it.
			reserved: () => this.#reserved,
			textScale: () => 1,
			detail: () => (this.#detailShown() ? detail : null)
		});
	}

	/** The surface's bands, computed once per assumptions (a video's frames share them). */
	#bands: { key: string; bands: ReturnType<typeof surfaceBands> } | null = null;
	#surface() {
		const { layers, simulation, session } = this.#subject;
		const assumptions = simulation.assumptions;
		if (!layers.shown['response-surface'] || !assumptions) return [];
		const key = `${assumptions.scrambleMinutes}|${assumptions.cruiseKmh}`;
		if (this.#bands?.key !== key) this.#bands = { key, bands: surfaceBands(session.scenario, assumptions) };
		return this.#bands.bands;
	}

	#detailShown = () => this.view.transform.k >= DETAIL_ZOOM;

	#reserved = $state.raw<readonly Box[]>([]);
	#keepOff(box: Box | null): void {
		const boxes = box ? [box] : [];
		if (JSON.stringify(boxes) !== JSON.stringify(this.#reserved)) this.#reserved = boxes;
	}

	#cells = new EventCells();
	/** The events at the session's time on the frame's camera, as the screen's canvas places them; null without a table. */
	#eventsAt(): EventsAt | null {
		const table = this.#subject.events?.()?.table;
		if (!table) return null;
		const { frame, projection, transform, width, height } = this.view;
		const { clock } = this.#subject.session;
		return { table, frame, projection, transform, width, height, time: clock.time, windowFrom: clock.window.from };
	}

	measureWidth: MeasureWidth = (text, font) =>
		this.#measure.measure(text, { rem: font.size / this.#measure.rootPx, weight: font.weight as 400 | 600 | 700, caps: false, tracking: font.tracking ?? 0 }, font.size).width;

	texts(): FrameTexts {
		const { session, locale } = this.#subject;
		const lang = locale.lang;
		const time = session.clock.time;
		const { focused, focusTotals } = session;
		const events = this.#subject.events?.() ?? null;
		const eventsAt = this.#eventsAt();
		return {
			title: this.#subject.title(),
			time: formatDateTime(time, session.zone, lang),
			totals: [
				...totalsLines({ totals: session.totals, focus: focused && focusTotals ? { title: focused.incident.title[lang], totals: focusTotals } : null, time, policy: session.policy }, lang),
				...(events?.deaths ? [eventTotalsLine(events.deaths, time, lang)] : [])
			],
			legend: [...legendItems(this.scene.drawn, lang), ...(eventsAt ? eventLegendItems(this.#cells.drawnWith(eventsAt), lang, (text) => this.measureWidth(text, STEP_FONT)) : [])],
			credits: creditLines(figureSourceIds(session.scenario.incidents, time, session.policy), session.sources, this.scene.drawn.rivers, lang, events?.table.name ?? null),
			link: this.#subject.link()
		};
	}

	/**
	 * The frame at the session's time, the camera framing `camera` (null: the whole region), or set
	 * by `camera` on the frame's view once it has its size. `minFoot`: see layoutFrame.
	 */
	compose(size: FrameSize, camera: CameraTarget | null | ((view: FrameView) => void), transparent: boolean, minFoot = 0): Frame {
		const { width, scale } = size;
		const fixed = 'height' in size ? size.height : null;
		const mapHeight = 'mapHeight' in size ? size.mapHeight : 0;
		let height = fixed ?? mapHeight + 400;
		let texts = this.texts();
		const layoutNow = () => {
			const layout = layoutFrame(width, height, texts, this.measureWidth, transparent, minFoot);
			this.#keepOff(layout.mapKey);
			return layout;
		};
		let layout = layoutNow();
		// The legend depends on what the map shows, which depends on the room the legend leaves: twice
		// settles it (once, when the footer's height is given). The words are found again only once the camera has moved.
		for (let pass = 0; pass < (minFoot > 0 ? 1 : 2); pass++) {
			if (fixed === null) {
				height = mapHeight + height - layout.map.height;
				layout = layoutNow();
			}
			this.view.resize(layout.map.width, layout.map.height);
			if (typeof camera === 'function') camera(this.view);
			else this.view.look(camera);
			texts = this.texts();
			layout = layoutNow();
		}
		this.footHeight = layout.footHeight;
		return this.#frame(width, height, scale, layout, texts, transparent);
	}

	#base: { key: string; marks: Mark[] } | null = null;

	/** The last frame's footer height, px. */
	footHeight = 0;

	#frame(width: number, height: number, scale: number, layout: ReturnType<typeof layoutFrame>, texts: FrameTexts, transparent: boolean): Frame {
		const { session, locale } = this.#subject;
		const { projection, transform } = this.view;
		const under = this.#underCamera;
		// The projection, then the camera: paths in the frame's pixels, strokes as wide as on screen.
		// Under a camera, the projection alone, precise enough to be zoomed in 80 times.
		const path = under
			? geoPath(projection).digits(3)
			: geoPath({ stream: (out: PointStream) => projection.stream(transformStream(transform, out)) } as unknown as Parameters<typeof geoPath>[0]).digits(1);
		const input = {
			width: this.view.width,
			height: this.view.height,
			path: (object: GeoPermissibleObjects) => path(object),
			scene: this.scene,
			time: session.clock.time,
			startedBy: session.startedBy,
			endedBy: session.endedBy,
			focusId: session.focusId,
			detail: this.#detailShown() ? this.#detail : null,
			surface: this.#surface(),
			transparent
		};
		// The base map changes with the camera and the layers only: a video's frames share it.
		const key = [input.width, input.height, under ? 'under camera' : String(transform), transparent, input.detail !== null, this.#bands?.key, input.surface.length, JSON.stringify(this.scene.rings)].join('|');
		// Under a camera the sea stays the map's box: it goes under the layer.
		if (this.#base?.key !== key) this.#base = { key, marks: baseMarks({ ...input, transparent: transparent || under }) };
		const sea = under && !transparent ? [seaMark(input.width, input.height)] : [];
		// The events between the base map and the story, as the screen stacks them.
		const eventsAt = this.#eventsAt();
		const camera = under ? { camera: { k: transform.k, x: transform.x, y: transform.y } } : {};
		const base: Mark = { kind: 'layer', key: this.#base.key, width: input.width, height: input.height, marks: this.#base.marks, ...camera };
		const map = [...sea, base, ...(eventsAt ? [this.#cells.at(eventsAt).mark] : []), ...storyMarks(input)];
		return composeFrame(
			{
				width,
				height,
				scale,
				transparent,
				title: `${texts.title} — ${texts.time}`,
				description: locale.t('exportDescription', { time: texts.time, link: texts.link })
			},
			layout,
			map
		);
	}
}

type PointStream = { point(x: number, y: number): void; lineStart(): void; lineEnd(): void; polygonStart(): void; polygonEnd(): void; sphere?(): void };

/** A stream that applies a zoom transform to projected points before passing them on. */
function transformStream({ k, x, y }: { k: number; x: number; y: number }, out: PointStream): PointStream {
	return {
		point: (px, py) => out.point(px * k + x, py * k + y),
		lineStart: () => out.lineStart(),
		lineEnd: () => out.lineEnd(),
		polygonStart: () => out.polygonStart(),
		polygonEnd: () => out.polygonEnd(),
		sphere: () => out.sphere?.()
	};
}
