// Where the map looks, from the data: the scenario's configured frame, else its places and bases
// with a margin (bases are places too); and where the response-time surface is computed.
import { boxAround, padBox, type GeoBox } from '../geo/geo-box';
import type { Extent } from '../response/response-surface';
import type { Scenario } from '../scenario/schema';

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
