import { geoDistance } from 'd3';
import { EARTH_RADIUS_KM, type LonLat } from './lonlat';

const RADIANS = Math.PI / 180;

/** Great-circle distance in kilometres on a sphere of the mean Earth radius. */
export function greatCircleKm(a: LonLat, b: LonLat): number {
	return geoDistance(a, b) * EARTH_RADIUS_KM;
}

/**
 * Initial bearing of the great circle from a to b, in degrees in [0, 360):
 * 0 is north, 90 east. The bearing changes along the way, so a moving glyph
 * asks for the bearing from where it is now. Coincident points give 0.
 */
export function initialBearingDeg(a: LonLat, b: LonLat): number {
	const phi1 = a[1] * RADIANS;
	const phi2 = b[1] * RADIANS;
	const deltaLambda = (b[0] - a[0]) * RADIANS;
	const y = Math.sin(deltaLambda) * Math.cos(phi2);
	const x = Math.cos(phi1) * Math.sin(phi2) - Math.sin(phi1) * Math.cos(phi2) * Math.cos(deltaLambda);
	const degrees = Math.atan2(y, x) / RADIANS;
	// (-0 + 360) % 360 is 0, and -1e-15 + 360 would round to 360: normalise both.
	const normalised = (degrees + 360) % 360;
	return normalised === 360 ? 0 : normalised;
}
