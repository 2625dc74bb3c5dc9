import { greatCircleKm } from '../geo/distance';
import type { Place } from '../scenario/schema';
import { CAPITALS, type MapTown } from './reference-towns';

/** Scenario places get a town's dot and name once the map is zoomed in enough for them not to crowd, or once the base map's towns show. */
export const PLACE_LABEL_ZOOM = 3;
/** A base-map town this close to a story's place is the same place. */
const SAME_PLACE_KM = 5;
const LABELLED_KINDS: readonly string[] = ['town', 'village', 'military-base', 'camp'];

/** The base map's towns but those where the story already names a place (Ayorou) or a capital stands. */
export function baseMapTownsApart(towns: readonly MapTown[], places: readonly Place[]): MapTown[] {
	const named = [...CAPITALS, ...places];
	return towns.filter((t) => !named.some((p) => greatCircleKm([p.lon, p.lat], [t.lon, t.lat]) < SAME_PLACE_KM));
}

/** The story's settlements and bases as towns, but those where an attack already on the map names the place. */
export function storyTowns(places: readonly Place[], attacked: ReadonlySet<string>): MapTown[] {
	return places
		.filter((p) => LABELLED_KINDS.includes(p.kind) && !attacked.has(p.id))
		.map((p) => ({ id: p.id, name: p.name, lon: p.lon, lat: p.lat, capital: false, story: true }));
}

/** What a town's mark shows: which town, where (marks with the same key are the same: scene/kept-marks). */
export const townKey = ({ town, at }: { town: MapTown; at: readonly [number, number] }) => `${town.id}|${at[0]}|${at[1]}`;
