// The response-time surface as the scenario's bases give it under a sortie's assumptions: the map
// draws these bands, and an export draws the same.
import type { Scenario } from '../scenario/schema';
import type { SortieAssumptions } from '../response/sortie-model';
import { responseSurface } from '../response/response-surface';
import { SURFACE_COLOURS, SURFACE_MINUTES } from '../map/surface-style';
import { surfaceExtent } from './map-frame';

/** Each band with its colour, largest first, so the nearer, darker ones are drawn on top. */
export function surfaceBands(scenario: Scenario, assumptions: Pick<SortieAssumptions, 'scrambleMinutes' | 'cruiseKmh'>) {
	const places = new Map(scenario.places.map((p) => [p.id, p]));
	const bases = scenario.bases.flatMap((base) => {
		const place = places.get(base.placeId);
		return place ? [{ position: [place.lon, place.lat] as [number, number], scrambleMinutes: assumptions.scrambleMinutes, cruiseKmh: assumptions.cruiseKmh }] : [];
	});
	const surface = responseSurface({ bases, extent: surfaceExtent(scenario), thresholdsMinutes: SURFACE_MINUTES });
	return surface.bands.map((band, i) => ({ band, colour: SURFACE_COLOURS[i]! })).reverse();
}
