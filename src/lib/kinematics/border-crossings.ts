import { geoInterpolate } from 'd3';
import { greatCircleKm } from '../geo/distance';
import type { LonLat } from '../geo/lonlat';
import { requirePositive } from './checks';
import type { TimedPoint } from './track';

export interface BorderCrossing {
	/** When the track crosses (epoch ms), at constant speed within its segment. */
	t: number;
	position: LonLat;
	/** Country ids on either side; null is off every country (sea, or off the map). */
	from: string | null;
	to: string | null;
}

/**
 * Samples no further apart than this. A country entered and left between two
 * samples (a corner clipped by less than a kilometre) goes unnoticed.
 */
const SAMPLE_STEP_KM = 1;

/**
 * Where and when a track passes from one country to another, found from the
 * map (never typed in): each great-circle segment is sampled every kilometre
 * or less, and where the country changes the bracket is bisected along the
 * great circle until it is shorter than toleranceKm; the crossing is its
 * midpoint. Computed once per track, not per frame.
 */
export function borderCrossings(
	points: readonly TimedPoint[],
	countryAt: (p: LonLat) => string | null,
	toleranceKm = 0.1
): BorderCrossing[] {
	requirePositive('toleranceKm', toleranceKm);
	for (let i = 1; i < points.length; i++) {
		if (!(points[i]!.t >= points[i - 1]!.t)) throw new Error(`invalid points: time goes back at index ${i}`);
	}
	const crossings: BorderCrossing[] = [];
	const first = points[0];
	if (first === undefined) return crossings;
	let country = countryAt([first.lon, first.lat]);

	for (let i = 1; i < points.length; i++) {
		const a = points[i - 1]!;
		const b = points[i]!;
		const lengthKm = greatCircleKm([a.lon, a.lat], [b.lon, b.lat]);
		if (lengthKm === 0) continue;
		const along = geoInterpolate([a.lon, a.lat], [b.lon, b.lat]);
		const samples = Math.ceil(lengthKm / SAMPLE_STEP_KM);
		let previousFraction = 0;
		for (let k = 1; k <= samples; k++) {
			const fraction = k / samples;
			const next = countryAt(along(fraction));
			// Several borders may lie between two samples: walk them one by one.
			let low = previousFraction;
			while (country !== next) {
				const change = bisectChange(along, countryAt, low, fraction, country, next, toleranceKm / lengthKm);
				const at = (change.before + change.after) / 2;
				crossings.push({ t: a.t + at * (b.t - a.t), position: along(at), from: country, to: change.country });
				low = change.after;
				country = change.country;
			}
			previousFraction = fraction;
		}
	}
	return crossings;
}

/**
 * Narrows [low, high] (fractions of the segment, `from` at low, `to` at high)
 * to the first place where `from` ends, within `tolerance` (a fraction too).
 * Returns the bracket and the country just after it.
 */
function bisectChange(
	along: (fraction: number) => LonLat,
	countryAt: (p: LonLat) => string | null,
	low: number,
	high: number,
	from: string | null,
	to: string | null,
	tolerance: number
): { before: number; after: number; country: string | null } {
	let country = to;
	while (high - low > tolerance) {
		const middle = (low + high) / 2;
		const here = countryAt(along(middle));
		if (here === from) low = middle;
		else [high, country] = [middle, here];
	}
	return { before: low, after: high, country };
}
