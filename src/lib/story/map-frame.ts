// Where the map looks, from the data: the scenario's configured frame, else its places and bases
// with a margin (bases are places too); where the response-time surface is computed; where the attacks are.
import { boxAround, padBox, type GeoBox } from '../geo/geo-box';
import type { Extent } from '../response/response-surface';
import type { Scenario } from '../scenario/schema';
import type { LonLat } from '../geo/lonlat';

/** Around a story with no places at all: the whole inhabited globe. */
const WORLD: GeoBox = { west: -180, south: -60, east: 180, north: 80 };

export function storyFrame(scenario: Pick<Scenario, 'frame' | 'places'>): GeoBox {
	if (scenario.frame) return scenario.frame;
	const box = boxAround(scenario.places);
	return box ? padBox(box, 0.25, 2) : WORLD;
}

export function surfaceExtent(scenario: Pick<Scenario, 'frame' | 'surfaceExtent' | 'places'>): Extent {
	const { west, south, east, north } = scenario.surfaceExtent ?? storyFrame(scenario);
	return [
		[west, south],
		[east, north]
	];
}

/** Where the story's attacks are drawn: the camera frames none of them under the map's overlays. */
export function attackPlaces(scenario: Pick<Scenario, 'incidents' | 'places'>): LonLat[] {
	return scenario.incidents.flatMap((incident) => scenario.places.filter((place) => place.id === incident.placeId).map((place): LonLat => [place.lon, place.lat]));
}
