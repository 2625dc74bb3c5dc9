import { addBands } from '../casualties/band';
import { tollBand } from '../casualties/toll-steps';
import type { LonLat } from '../geo/lonlat';
import type { Incident, Scenario } from '../scenario/schema';
import type { PlacedSymbol } from './readable-scale';

/**
 * The number killed on all sides, from each side's own figures and independent
 * counts (each body's latest, the highest of the bodies), once every report
 * is out: symbols must not understate a toll. What the opposing side claims
 * never sizes a symbol.
 */
export function highestKilled(incident: Incident): number {
	return addBands(incident.tolls.filter((toll) => toll.measure === 'killed').map((toll) => tollBand(toll.reports, 'range', 'counted'))).high;
}

/** Radius with area proportional to the toll; a toll of zero still gets a visible dot. */
export function symbolRadius(killed: number, largestKilled: number, largestRadius: number, smallestRadius = 4): number {
	if (largestKilled <= 0) return smallestRadius;
	return Math.max(smallestRadius, largestRadius * Math.sqrt(killed / largestKilled));
}

/** Every incident's symbol at its place, sized as the map draws it (largest killed at `largestRadius`). */
export function incidentSymbols(scenario: Pick<Scenario, 'incidents' | 'places'>, largestRadius: number): PlacedSymbol[] {
	const killed = scenario.incidents.map(highestKilled);
	const largest = Math.max(0, ...killed);
	return scenario.incidents.flatMap((incident, i) => {
		const place = scenario.places.find((p) => p.id === incident.placeId);
		return place ? [{ at: [place.lon, place.lat] as LonLat, r: symbolRadius(killed[i]!, largest, largestRadius) }] : [];
	});
}
