import { addBands } from '../casualties/band';
import { tollBand } from '../casualties/toll-steps';
import type { Incident } from '../scenario/schema';

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
