// What every cross-check shares: where in the file a problem is, how it is
// reported, the ids the scenario defines, and the small checks several use.
import { greatCircleKm } from '../geo/distance';
import type { PathSegment } from './error';
import type { AircraftType, Movement, Place, Source } from './schema';

export type Path = readonly PathSegment[];
export type Report = (path: Path, message: string) => void;

export interface Ids {
	sources: Map<string, Source>;
	places: Map<string, Place>;
	actors: Set<string>;
	bases: Set<string>;
	aircraftTypes: Map<string, AircraftType>;
	incidents: Set<string>;
	movements: Map<string, Movement>;
	context: Set<string>;
}

export function referenceChecker(report: Report) {
	const one = (path: Path, id: string, known: { has(id: string): boolean }, what: string) => {
		if (!known.has(id)) report(path, `unknown ${what} id "${id}"`);
	};
	const all = (path: Path, list: readonly string[], known: { has(id: string): boolean }, what: string) =>
		list.forEach((id, k) => one([...path, k], id, known, what));
	return { one, all, sources: (path: Path, list: readonly string[], ids: Ids) => all(path, list, ids.sources, 'source') };
}
export type Refer = ReturnType<typeof referenceChecker>;


/** A waypoint that names a place must be drawn at it: a mismatch means one of the two is wrong. */
const AT_PLACE_TOLERANCE_KM = 1;

export function checkAtPlace(at: Path, point: { lat: number; lon: number }, place: Place | undefined, report: Report): void {
	if (place === undefined) return;
	const km = greatCircleKm([point.lon, point.lat], [place.lon, place.lat]);
	if (km > AT_PLACE_TOLERANCE_KM) report([...at, 'lat'], `is ${km.toFixed(1)} km from its place "${place.id}"; use the place's coordinates`);
}

export function checkRange(at: Path, low: number | undefined, high: number | undefined, report: Report): void {
	if (low !== undefined && high !== undefined && low > high) report([...at, 'low'], `low (${low}) is greater than high (${high})`);
}
