import { contours } from 'd3';
import type { MultiPolygon, Position } from 'geojson';
import { EARTH_RADIUS_KM, type LonLat } from '../geo/lonlat';
import { requireNonNegative, requirePositive } from '../kinematics/checks';

export interface ResponseBase {
	position: LonLat;
	scrambleMinutes: number;
	cruiseKmh: number;
}

/** [[west, south], [east, north]] in degrees. */
export type Extent = [[west: number, south: number], [east: number, north: number]];

export interface ResponseSurfaceOptions {
	bases: readonly ResponseBase[];
	extent: Extent;
	/** Cell size in degrees of longitude and latitude; default 0.1° (about 11 km at 15° N). */
	cellDeg?: number;
	thresholdsMinutes?: readonly number[];
}

/** The area help reaches within `value` minutes of the alert. */
export interface ResponseBand extends MultiPolygon {
	value: number;
}

export interface ResponseSurface {
	width: number;
	height: number;
	cellDeg: number;
	/** The grid's own extent: the requested one, widened east and north to whole cells. */
	extent: Extent;
	/**
	 * Minutes from alert to arrival at each cell's center, the minimum over
	 * bases (Infinity with no base). Cell (i, j) is values[j * width + i];
	 * its center is west + (i + ½)·cellDeg, south + (j + ½)·cellDeg. Row 0
	 * is the SOUTHERN edge: flip rows to paint the grid as an image.
	 */
	values: Float64Array;
	/**
	 * One band per threshold, in the order given. Bands are nested (the
	 * 30-minute area contains the 15-minute one), so paint the largest first.
	 * Rings are in lon/lat, wound clockwise as d3.geoPath expects.
	 */
	bands: ResponseBand[];
}

const DEFAULT_THRESHOLDS_MINUTES = [15, 30, 45, 60, 90, 120];

/**
 * How long any point waits for air support: for every cell of a lon/lat
 * grid, the earliest arrival over all bases (scramble + great-circle distance
 * / cruise speed), then isochrone bands from d3.contours.
 *
 * The default grid over the Sahel frame [[-6, 10], [10, 20]] at 0.1° is
 * 160 × 100 = 16,000 cells; cost grows with cells × (bases + thresholds).
 * Measured in bench/response-surface.ts against a 50 ms budget.
 */
export function responseSurface({
	bases,
	extent,
	cellDeg = 0.1,
	thresholdsMinutes = DEFAULT_THRESHOLDS_MINUTES
}: ResponseSurfaceOptions): ResponseSurface {
	requirePositive('cellDeg', cellDeg);
	const [[west, south], [east, north]] = extent;
	if (![west, south, east, north].every(Number.isFinite) || west >= east || south >= north || south < -90 || north > 90) {
		throw new Error(`invalid extent: ${JSON.stringify(extent)}`);
	}
	bases.forEach((base, i) => {
		if (!base.position.every(Number.isFinite)) throw new Error(`invalid bases[${i}].position: ${base.position}`);
		requireNonNegative(`bases[${i}].scrambleMinutes`, base.scrambleMinutes);
		requirePositive(`bases[${i}].cruiseKmh`, base.cruiseKmh);
	});
	for (const threshold of thresholdsMinutes) requireNonNegative('thresholdsMinutes', threshold);

	// Whole cells only; the epsilon keeps 16 / 0.1 = 160.00000000000003 from becoming 161.
	const width = Math.ceil((east - west) / cellDeg - 1e-9);
	const height = Math.ceil((north - south) / cellDeg - 1e-9);
	const values = earliestArrivalMinutes(bases, west, south, width, height, cellDeg);

	// d3.contours outlines where values are ≥ a threshold; negating the times
	// outlines where help arrives within it, the isochrone a reader expects.
	const earliness = Array.from(values, (minutes) => -minutes);
	const generator = contours().size([width, height]);
	// d3-contour puts value i at grid coordinate i + ½, the cell's center. Row 0
	// is south, so y is not flipped: that keeps d3-contour's ring order, which is
	// clockwise in lon/lat, the side d3-geo reads as the small polygon.
	const toLonLat = ([x, y]: Position): Position => [west + x! * cellDeg, south + y! * cellDeg];
	const bands = thresholdsMinutes.map((value): ResponseBand => {
		const { coordinates } = generator.contour(earliness, -value);
		return {
			type: 'MultiPolygon',
			value,
			coordinates: coordinates.map((polygon) => polygon.map((ring) => ring.map(toLonLat)))
		};
	});

	return {
		width,
		height,
		cellDeg,
		extent: [
			[west, south],
			[west + width * cellDeg, south + height * cellDeg]
		],
		values,
		bands
	};
}

const RADIANS = Math.PI / 180;

/**
 * The minimum over bases of scramble + distance / speed at every cell center.
 * The haversine is split into a latitude term per row and a longitude term per
 * column, computed once, so each cell costs one sqrt and one asin per base:
 * calling greatCircleKm (d3.geoDistance) per cell took the grid from well
 * under a millisecond to 15–40 ms on a 2-core machine.
 */
function earliestArrivalMinutes(
	bases: readonly ResponseBase[],
	west: number,
	south: number,
	width: number,
	height: number,
	cellDeg: number
): Float64Array {
	const values = new Float64Array(width * height).fill(Infinity);
	const cellLon = (i: number) => (west + (i + 0.5) * cellDeg) * RADIANS;
	const cellLat = (j: number) => (south + (j + 0.5) * cellDeg) * RADIANS;
	for (const { position, scrambleMinutes, cruiseKmh } of bases) {
		const baseLon = position[0] * RADIANS;
		const baseLat = position[1] * RADIANS;
		const cosBaseLat = Math.cos(baseLat);
		const minutesPerRadian = ((2 * EARTH_RADIUS_KM) / cruiseKmh) * 60;
		const lonTerm = Float64Array.from({ length: width }, (_, i) => Math.sin((cellLon(i) - baseLon) / 2) ** 2);
		for (let j = 0; j < height; j++) {
			const lat = cellLat(j);
			const latTerm = Math.sin((lat - baseLat) / 2) ** 2;
			const cosProduct = cosBaseLat * Math.cos(lat);
			const row = j * width;
			for (let i = 0; i < width; i++) {
				const haversine = Math.min(1, latTerm + cosProduct * lonTerm[i]!);
				const minutes = scrambleMinutes + minutesPerRadian * Math.asin(Math.sqrt(haversine));
				if (minutes < values[row + i]!) values[row + i] = minutes;
			}
		}
	}
	return values;
}
