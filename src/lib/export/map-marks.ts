// The map of an exported frame as marks: the layers the screen stacks (SahelMap, MapStage), in the
// same order, drawn from the same scene (state/map-scene.svelte.ts) at the frame's size.
import type { GeoPermissibleObjects } from 'd3';
import type { MultiLineString, FeatureCollection } from 'geojson';
import { sahelMap, TRI_BORDER_COUNTRIES } from '../map/sahel-topology';
import { screenPath, type ToScreen } from '../map/to-screen';
import { textOrigin, type TextLabel } from '../map/label-text';
import type { PlacedLabel } from '../map/label-placement';
import { trailUntil, type TrackPosition } from '../kinematics/track';
import type { ScenarioTrack } from '../story/scenario-tracks';
import { rangeRing } from '../response/range-rings';
import type { LonLat } from '../geo/lonlat';
import { PALETTE as C } from './palette';
import { group, type Mark } from './frame';
import { symbolMarks } from './symbol-marks';

type At = [number, number];

/** What MapScene holds for a frame (the scene itself fits this). */
export interface MapSceneMarks {
	incidents: readonly { item: { start: number; end: number; incident: { id: string } }; at: At | null; r: number }[];
	tracks: readonly ScenarioTrack[];
	movers: ReadonlyMap<string, { now: TrackPosition; glyph: At | null }>;
	crossings: readonly { at: At | null }[];
	flight: { curve: readonly LonLat[] } | null;
	base: At | null;
	aircraft: { at: At | null; now: TrackPosition } | null;
	offscreen: { at: At; angleDeg: number } | null;
	disputes: readonly { at: At }[];
	rings: readonly { center: LonLat; km: number }[];
	shownTowns: readonly { town: { capital: boolean }; at: At }[];
	labels: readonly (TextLabel & { placed: PlacedLabel })[];
	scaleBar: { bar: { px: number; km: number }; x: number; y: number } | null;
	toScreen: ToScreen;
}

export interface MapMarksInput {
	width: number;
	height: number;
	/** A geographic object as an SVG path in the frame's pixels (projection and camera applied). */
	path: (object: GeoPermissibleObjects) => string | null;
	scene: MapSceneMarks;
	time: number;
	startedBy: number;
	endedBy: number;
	focusId: string | null;
	/** The base map seen zoomed in, when the frame shows it. */
	detail: { lakes: FeatureCollection; rivers: readonly { level: number; lines: MultiLineString }[] } | null;
	/** The response-time surface's bands (story/surface-bands), when shown. */
	surface: readonly { band: GeoPermissibleObjects; colour: string }[];
	transparent: boolean;
}

const LABEL_FILL: Partial<Record<TextLabel['kind'], string>> = { country: C['ink-muted'], dispute: C.disputed };

export function labelMarks(labels: MapSceneMarks['labels']): Mark[] {
	return labels.flatMap((label): Mark[] => {
		const [x, y] = textOrigin(label, label.placed.box);
		const leader: Mark[] = label.placed.leader
			? [{ kind: 'path', d: `M${label.placed.leader[0]},${label.placed.leader[1]}L${label.placed.leader[2]},${label.placed.leader[3]}`, stroke: C.ink, strokeWidth: 1 }]
			: [];
		const text: Mark = {
			kind: 'text',
			x,
			y,
			// Capitals as the screen's CSS sets them: a file has no stylesheet.
			lines: label.font.caps ? label.lines.map((line) => line.toLocaleUpperCase()) : label.lines,
			lineHeight: label.lineHeight,
			font: { size: label.px, weight: label.font.weight, ...(label.font.tracking ? { tracking: label.font.tracking } : {}) },
			fill: LABEL_FILL[label.kind] ?? C.ink,
			halo: { colour: C.halo, width: 3 },
			anchor: 'start'
		};
		const { x: px, y: py, width, height } = label.placed.box;
		const plate: Mark[] = label.placed.overLines ? [{ kind: 'rect', x: px, y: py, width, height, rx: 3, fill: C.halo, opacity: 0.9 }] : [];
		return [...plate, ...leader, text];
	});
}

/** The sea under the whole map. */
export const seaMark = (width: number, height: number): Mark => ({ kind: 'rect', x: 0, y: 0, width, height, fill: C.sea });

/** What lies under the story, drawn from the camera alone: sea, land, water, the surface, rings, borders. */
export function baseMarks({ width, height, path, scene, detail, surface, transparent }: Omit<MapMarksInput, 'time' | 'startedBy' | 'endedBy' | 'focusId' | 'scene'> & { scene: Pick<MapSceneMarks, 'rings'> }): Mark[] {
	const marks: Mark[] = [];
	const add = (...more: Mark[]) => marks.push(...more);
	if (!transparent) add(seaMark(width, height));
	for (const country of sahelMap.countries) {
		const emphasized = (TRI_BORDER_COUNTRIES as readonly string[]).includes(country.id);
		add({ kind: 'path', d: path(country) ?? '', fill: emphasized ? C['land-focus'] : C.land });
	}
	if (detail) {
		add({ kind: 'path', d: path(detail.lakes) ?? '', fill: C.sea, stroke: C.coast, strokeWidth: 0.8 });
		for (const river of detail.rivers) add(...symbolMarks({ kind: 'river', level: river.level, d: path(river.lines) ?? '' }));
	}
	for (const { band, colour } of surface) add(...symbolMarks({ kind: 'surface', d: path(band) ?? '', colour }));
	for (const ring of scene.rings) add(...symbolMarks({ kind: 'ring', d: path(rangeRing(ring.center, ring.km)) ?? '' }));
	add(
		{ kind: 'path', d: path(sahelMap.outline) ?? '', stroke: C.coast, strokeWidth: 1, lineJoin: 'round' },
		{ kind: 'path', d: path(sahelMap.borders) ?? '', stroke: C.border, strokeWidth: 0.8, lineJoin: 'round' },
		{ kind: 'path', d: path(sahelMap.triBorders) ?? '', stroke: C['tri-border'], strokeWidth: 2, lineJoin: 'round' }
	);
	return marks;
}

/** The story over the base map: towns, attacks, movements, the sortie, disputed strikes, labels and the scale bar. */
export function storyMarks({ scene, time, startedBy, endedBy, focusId }: Pick<MapMarksInput, 'scene' | 'time' | 'startedBy' | 'endedBy' | 'focusId'>): Mark[] {
	const marks: Mark[] = [];
	const add = (...more: Mark[]) => marks.push(...more);
	const at = ([x, y]: At, spec: Parameters<typeof symbolMarks>[0], rotate?: number) => add(group(x, y, symbolMarks(spec), rotate));

	for (const { town, at: where } of scene.shownTowns) at(where, { kind: town.capital ? 'capital' : 'town' });
	for (const { item, at: where, r } of scene.incidents)
		if (where && item.start <= startedBy)
			at(where, { kind: 'incident', r, underWay: item.end > endedBy, past: item.end <= endedBy, focused: focusId === item.incident.id });
	for (const track of scene.tracks) {
		add(...symbolMarks({ kind: 'route', role: track.movement.role, known: track.movement.known, d: screenPath(trailUntil(track.points, time), scene.toScreen) }));
		const mover = scene.movers.get(track.movement.id);
		if (mover?.glyph) at(mover.glyph, { kind: 'mover', role: track.movement.role, arrived: mover.now.phase === 'after' });
	}
	for (const crossing of scene.crossings) if (crossing.at) at(crossing.at, { kind: 'crossing' });
	if (scene.flight) {
		add(...symbolMarks({ kind: 'flight', d: screenPath(scene.flight.curve, scene.toScreen) }));
		if (scene.base) at(scene.base, { kind: 'base' });
		if (scene.aircraft?.at) at(scene.aircraft.at, { kind: 'aircraft' }, scene.aircraft.now.headingDeg);
		if (scene.offscreen) at(scene.offscreen.at, { kind: 'offscreen' }, scene.offscreen.angleDeg);
	}
	for (const dispute of scene.disputes) at(dispute.at, { kind: 'dispute' });
	add(...labelMarks(scene.labels));
	if (scene.scaleBar) {
		const { bar, x, y } = scene.scaleBar;
		add(
			group(x, y, [
				{ kind: 'rect', x: -6, y: -20, width: bar.px + 12, height: 28, rx: 3, fill: C.halo, opacity: 0.85 },
				{ kind: 'path', d: `M0,-4V2H${bar.px}V-4`, stroke: C.ink, strokeWidth: 1.5 },
				{ kind: 'text', x: bar.px / 2, y: -8, lines: [`${bar.km} km`], lineHeight: 0, font: { size: 12, weight: 400 }, fill: C.ink, anchor: 'middle' }
			])
		);
	}
	return marks;
}
