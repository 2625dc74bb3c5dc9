/** A point on the sphere in d3 order: longitude then latitude, in degrees. */
export type LonLat = [lon: number, lat: number];

/** Mean Earth radius (IUGG), the one every distance in the app uses. */
export const EARTH_RADIUS_KM = 6371;
