import { geoDistance, type GeoProjection } from 'd3';
import { EARTH_RADIUS_KM } from '../geo/lonlat';

const NICE_KM = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000];

/** Kilometres per screen pixel at a screen point, for a projection zoomed by factor k. */
export function kmPerPixel(projection: GeoProjection, at: [number, number], k: number): number {
	const a = projection.invert?.(at);
	const b = projection.invert?.([at[0] + 1, at[1]]);
	if (!a || !b) return NaN;
	return (geoDistance(a, b) * EARTH_RADIUS_KM) / k;
}

/** The longest round distance whose bar fits in maxPixels. */
export function scaleBarLength(kmPerPx: number, maxPixels: number): { km: number; px: number } {
	const fitting = NICE_KM.filter((km) => km / kmPerPx <= maxPixels);
	const km = fitting.at(-1) ?? NICE_KM[0]!;
	return { km, px: km / kmPerPx };
}
