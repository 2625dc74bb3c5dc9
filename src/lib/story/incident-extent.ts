import { greatCircleKm } from '../geo/distance';
import type { LonLat } from '../geo/lonlat';
import type { Scenario } from '../scenario/schema';

const MIN_WIDTH_KM = 150;
const MARGIN = 2.4;

/** How wide a view shows an incident and every movement that belongs to it. */
export function incidentExtent(scenario: Scenario, incidentId: string): { center: LonLat; widthKm: number } | null {
	const incident = scenario.incidents.find((i) => i.id === incidentId);
	const place = incident && scenario.places.find((p) => p.id === incident.placeId);
	if (!place) return null;
	const center: LonLat = [place.lon, place.lat];
	const farthest = Math.max(
		0,
		...scenario.movements
			.filter((m) => m.incidentId === incidentId)
			.flatMap((m) => m.waypoints.map((w) => greatCircleKm(center, [w.lon, w.lat])))
	);
	return { center, widthKm: Math.max(MIN_WIDTH_KM, MARGIN * farthest) };
}
