// How tall an embed wants to be. The map takes whatever height its frame leaves under the
// chapter's text and over the controls; the height the embed asks a host for (its resize message,
// the snippet's default) puts the map at the shape it is drawn for. Both depend on the width and
// the options only, never on the frame's height, so a host sizing the frame to them cannot loop.
import type { EmbedParams } from './embed-params';

/** The map's shape when it has the room: wide, like the region it shows. */
const MAP_ASPECT = 16 / 9;
/** In rem: below it the map is a strip; above it, the controls fall below the fold of most screens. */
export const MAP_MIN_REM = 14;
export const MAP_MAX_REM = 36;

/** The map's height (CSS px) at this width when nothing constrains it. */
export function preferredMapHeight(width: number, remPx = 16): number {
	return Math.round(Math.min(MAP_MAX_REM * remPx, Math.max(MAP_MIN_REM * remPx, width / MAP_ASPECT)));
}

/**
 * The rows around the map in a column of about 640 px, in CSS px, as the embed lays them out in
 * English (French is a little longer; the map gives up the difference): measured in Chromium at 640 px.
 */
const ROW_PX = {
	controls: { full: 237, minimal: 103, none: 35 },
	/** The killed-so-far summary and the credit. */
	footer: 56,
	/** The credit alone, with the totals hidden. */
	creditOnly: 34,
	/** The chapter's title (and the step buttons beside it). */
	chapterHeader: 54,
	/** A chapter's narration, about 250 characters. */
	narration: 90
} as const;

/** The column the snippet's default height is for: a page's text column, or a school platform's. */
export const SNIPPET_COLUMN_PX = 640;

/**
 * The iframe's height in the snippet when the host page has no script to size it (a CMS that
 * strips <script>): the map at its shape in a 640 px column, with the rows these options add.
 */
export function defaultEmbedHeight(params: Pick<EmbedParams, 'controls' | 'narration' | 'steps' | 'totals'>): number {
	const chapter = params.narration || params.steps ? ROW_PX.chapterHeader : 0;
	return (
		preferredMapHeight(SNIPPET_COLUMN_PX) +
		ROW_PX.controls[params.controls] +
		(params.totals ? ROW_PX.footer : ROW_PX.creditOnly) +
		chapter +
		(params.narration ? ROW_PX.narration : 0)
	);
}

/**
 * The least frame height (CSS px) at this width that shows `controls=full` whole beside a usable
 * map: below it the embed shows the minimal controls (play and the time slider) instead, and asks
 * the host for this height, so a host that sizes its frames gets the full timeline back.
 */
export function fullControlsFrameHeight(width: number): number {
	// Narrow, the playback controls wrap onto four rows.
	return width < 480 ? 720 : 560;
}
