// The map's key, from what the map draws at this moment: an entry for every kind of symbol on it
// and none for what is not there, so the key reads as the map does.
import { symbolRadius } from './incident-symbol';
import { INCIDENT_LARGEST_RADIUS } from './symbols';

export type Role = 'attackers' | 'responders';
export type Known = 'documented' | 'reported' | 'inferred';

/** What is on the map now. */
export interface Drawn {
	/** The largest toll among the incidents shown (it sets the scale), or null when none is shown. */
	incidentsLargestKilled: number | null;
	incidentUnderWay: boolean;
	routes: readonly { role: Role; known: Known }[];
	crossings: boolean;
	flight: boolean;
	aircraft: boolean;
	base: boolean;
	offscreen: boolean;
	dispute: boolean;
	/** The minutes of the range rings drawn. */
	rings: readonly number[];
	surface: boolean;
	/** The base map seen zoomed in (rivers, lakes, towns from GSHHG and GeoNames). */
	rivers: boolean;
	capitals: boolean;
	towns: boolean;
}

/** What the rings and the surface assume from every base, said under the key when either is drawn. */
export interface RingAssumption {
	aircraft: string;
	cruiseKmh: number;
	scrambleMinutes: number;
}

export type KeyEntry =
	| { kind: 'incident-sizes'; sizes: { killed: number; r: number }[] }
	| { kind: 'incident-under-way' }
	| { kind: 'route'; role: Role; known: Known }
	| { kind: 'crossing' | 'flight' | 'aircraft' | 'base' | 'offscreen' | 'dispute' | 'surface' | 'river' | 'capital' | 'town' | 'credit' }
	| { kind: 'rings'; minutes: readonly number[] };

const NICE = [1, 2, 2.5, 5, 10];

/** The largest of 1, 2, 2.5, 5 × 10ⁿ not above x. */
function niceBelow(x: number): number {
	const power = 10 ** Math.floor(Math.log10(x));
	return Math.max(...NICE.map((n) => n * power).filter((n) => n <= x));
}

/**
 * Three discs for the size key: the largest toll itself, and round numbers near a third and a
 * tenth of it, drawn at the radii the map gives them (area for area).
 */
export function keySizes(largestKilled: number): { killed: number; r: number }[] {
	if (!(largestKilled > 0)) return [];
	const values = [...new Set([largestKilled, niceBelow(largestKilled / 3), niceBelow(largestKilled / 10)])].filter((v) => v >= 1);
	return values.map((killed) => ({ killed, r: symbolRadius(killed, largestKilled, INCIDENT_LARGEST_RADIUS) }));
}

const ROLES: readonly Role[] = ['attackers', 'responders'];
const KNOWN: readonly Known[] = ['documented', 'reported', 'inferred'];

export function mapKeyEntries(drawn: Drawn): KeyEntry[] {
	const entries: KeyEntry[] = [];
	const add = (on: boolean, entry: KeyEntry) => {
		if (on) entries.push(entry);
	};
	if (drawn.incidentsLargestKilled !== null) add(true, { kind: 'incident-sizes', sizes: keySizes(drawn.incidentsLargestKilled) });
	add(drawn.incidentUnderWay, { kind: 'incident-under-way' });
	for (const role of ROLES)
		for (const known of KNOWN) add(drawn.routes.some((r) => r.role === role && r.known === known), { kind: 'route', role, known });
	add(drawn.crossings, { kind: 'crossing' });
	add(drawn.dispute, { kind: 'dispute' });
	add(drawn.aircraft, { kind: 'aircraft' });
	add(drawn.flight, { kind: 'flight' });
	add(drawn.offscreen, { kind: 'offscreen' });
	add(drawn.base, { kind: 'base' });
	add(drawn.rings.length > 0, { kind: 'rings', minutes: drawn.rings });
	add(drawn.surface, { kind: 'surface' });
	add(drawn.rivers, { kind: 'river' });
	add(drawn.capitals, { kind: 'capital' });
	add(drawn.towns, { kind: 'town' });
	// Where the base map's data comes from, as GeoNames' licence asks.
	add(drawn.rivers, { kind: 'credit' });
	return entries;
}
