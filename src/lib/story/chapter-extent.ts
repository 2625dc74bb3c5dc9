// Where a chapter's map looks: its extent set by hand, or computed from what it frames on (the
// places and incidents its narration names), so a frame follows the data rather than a guess.
import { greatCircleKm } from '../geo/distance';
import type { LonLat } from '../geo/lonlat';
import type { Chapter, ChapterExtent, Scenario } from '../scenario/schema';

/** Narrower than this, a frame on one point shows nothing around it (the border, the next town). */
const MIN_WIDTH_KM = 150;
/** Room around the points, as a share of their spread. */
const MARGIN = 1.6;
/** A north–south spread counts this much more across, as the map is wider than tall (up to 3:2). */
const ASPECT = 1.5;

/** The points a chapter frames on: each place, each incident's place and its movements' waypoints. */
export function framedPoints(scenario: Pick<Scenario, 'places' | 'incidents' | 'movements'>, ids: readonly string[]): LonLat[] {
	return ids.flatMap((id): LonLat[] => {
		const place = scenario.places.find((p) => p.id === id);
		if (place) return [[place.lon, place.lat]];
		const incident = scenario.incidents.find((i) => i.id === id);
		const at = incident && scenario.places.find((p) => p.id === incident.placeId);
		if (!at) return [];
		const moves = scenario.movements.filter((m) => m.incidentId === id).flatMap((m) => m.waypoints.map((w): LonLat => [w.lon, w.lat]));
		return [[at.lon, at.lat], ...moves];
	});
}

/** The chapter's extent: as set, or the box around its framed points with a margin, at least MIN_WIDTH_KM across. */
export function chapterExtent(scenario: Pick<Scenario, 'places' | 'incidents' | 'movements'>, chapter: Pick<Chapter, 'extent' | 'frameOn'>): ChapterExtent | null {
	if (chapter.extent) return chapter.extent;
	const points = framedPoints(scenario, chapter.frameOn ?? []);
	if (points.length === 0) return null;
	const lons = points.map((p) => p[0]);
	const lats = points.map((p) => p[1]);
	const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
	const center: LonLat = [(west + east) / 2, (south + north) / 2];
	const acrossKm = greatCircleKm([west, center[1]], [east, center[1]]);
	const downKm = greatCircleKm([center[0], south], [center[0], north]);
	return { center, widthKm: Math.max(MIN_WIDTH_KM, MARGIN * Math.max(acrossKm, ASPECT * downKm)) };
}
