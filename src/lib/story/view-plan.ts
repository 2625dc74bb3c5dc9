// Where an embed starts, or where a host's `chapter` command takes it: the
// chapter's view, with whatever the URL sets beside it overriding that part.
// Pure data, applied to the engine by state/story-driver.svelte.ts.
import type { LonLat } from '../geo/lonlat';
import type { Chapter, Layer, Scenario } from '../scenario/schema';
import { incidentExtent } from './incident-extent';
import { chapterExtent } from './chapter-extent';
import type { TimeWindow } from '../time/time-window';
import type { EmbedParams } from '../embed/embed-params';
import { scenarioBounds } from './scenario-times';

/** Centre and width across the map, as a chapter's extent. */
export interface CameraTarget {
	center: LonLat;
	widthKm: number;
}

/**
 * Applied in order: focus the incident (or none), set the window, seek, show the layers.
 * A field left undefined leaves what the previous step made of it.
 */
export interface ViewPlan {
	chapter: string | null;
	/** The incident to focus (which zooms the window to its hours), or null for none. */
	focus: string | null;
	window?: TimeWindow;
	t?: number;
	/** Where the map looks; null is the whole region. */
	camera: CameraTarget | null;
	/** The chapter's layers; undefined keeps the reader's. */
	layers?: readonly Layer[];
}

/**
 * The view for these params. Ids are assumed to exist (parseEmbedParams checked them).
 * A `focus` other than the chapter's replaces the chapter's window, cursor and place with the
 * incident's; `from`/`to` and `t` replace the window and the cursor.
 */
export function planView(scenario: Scenario, params: Pick<EmbedParams, 'chapter' | 'focus' | 't' | 'from' | 'to'>): ViewPlan {
	const chapter: Chapter | null = scenario.chapters.find((c) => c.id === params.chapter) ?? null;
	const focus = params.focus ?? chapter?.focus ?? null;
	const keepsChapter = chapter !== null && focus === (chapter.focus ?? null);

	const chapterWindow = keepsChapter ? { from: Date.parse(chapter.window.from), to: Date.parse(chapter.window.to) } : undefined;
	const window = params.from !== undefined && params.to !== undefined ? { from: params.from, to: params.to } : chapterWindow;
	const bare = chapter === null && focus === null && window === undefined;
	const t = params.t ?? (keepsChapter ? Date.parse(chapter.cursor) : bare ? scenarioBounds(scenario).to : undefined);
	const camera = keepsChapter ? chapterExtent(scenario, chapter) : focus ? incidentExtent(scenario, focus) : null;

	const plan: ViewPlan = { chapter: chapter?.id ?? null, focus, camera };
	if (window) plan.window = window;
	if (t !== undefined) plan.t = t;
	if (chapter) plan.layers = chapter.layers;
	return plan;
}
