// Distances written out here, for tests only, so the app's geometry is never checked against itself
// (the app uses d3-geo and its own haversine; tests compare with these).

export const REFERENCE_EARTH_RADIUS_KM = 6371;

export const rad = (deg: number): number => (deg * Math.PI) / 180;

type Point = readonly [number, number] | readonly number[];

/** Haversine on the mean-radius sphere; points are [lon, lat]. */
export function haversineKm([lon1, lat1]: Point, [lon2, lat2]: Point): number {
	const h =
		Math.sin(rad(lat2! - lat1!) / 2) ** 2 +
		Math.cos(rad(lat1!)) * Math.cos(rad(lat2!)) * Math.sin(rad(lon2! - lon1!) / 2) ** 2;
	return 2 * REFERENCE_EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}

/** The spherical law of cosines: a second, differently conditioned formula. */
export function lawOfCosinesKm([lon1, lat1]: Point, [lon2, lat2]: Point): number {
	const c =
		Math.sin(rad(lat1!)) * Math.sin(rad(lat2!)) +
		Math.cos(rad(lat1!)) * Math.cos(rad(lat2!)) * Math.cos(rad(lon2! - lon1!));
	return REFERENCE_EARTH_RADIUS_KM * Math.acos(Math.max(-1, Math.min(1, c)));
}
