import { geoCircle } from 'd3';
import type { Polygon } from 'geojson';
import { EARTH_RADIUS_KM, type LonLat } from '../geo/lonlat';
import { requireFinite, requireNonNegative, requirePositive } from '../kinematics/checks';

const DEGREES_PER_RADIAN = 180 / Math.PI;
const HALF_CIRCUMFERENCE_KM = Math.PI * EARTH_RADIUS_KM;

/**
 * Every point within radiusKm of center, as a true geodesic circle
 * (d3.geoCircle): drawn in any projection it bends as the projection
 * demands, unlike a circle of fixed pixel radius. precisionDeg is the angle
 * between vertices seen from the center (d3's default, 2°, gives 180
 * vertices). The winding is d3's (clockwise), ready for d3.geoPath.
 */
export function rangeRing(center: LonLat, radiusKm: number, precisionDeg?: number): Polygon {
	if (!center.every(Number.isFinite)) throw new Error(`invalid center: ${center}`);
	requireNonNegative('radiusKm', radiusKm);
	if (radiusKm > HALF_CIRCUMFERENCE_KM) throw new Error(`invalid radiusKm: ${radiusKm}`);
	const circle = geoCircle()
		.center(center)
		.radius((radiusKm / EARTH_RADIUS_KM) * DEGREES_PER_RADIAN);
	if (precisionDeg !== undefined) circle.precision(requirePositive('precisionDeg', precisionDeg));
	const polygon = circle();
	// d3 ends the ring a rounding error away from its start; GeoJSON wants it closed exactly.
	const ring = polygon.coordinates[0];
	const start = ring?.[0];
	if (ring && start) ring[ring.length - 1] = [...start];
	return polygon;
}

export interface ReachOptions {
	cruiseKmh: number;
	scrambleMinutes: number;
	/** Minutes since the alert. */
	minutes: number;
}

/** How far a sortie gets within `minutes` of the alert: nothing while still on the ground. */
export function reachKm({ cruiseKmh, scrambleMinutes, minutes }: ReachOptions): number {
	requirePositive('cruiseKmh', cruiseKmh);
	requireNonNegative('scrambleMinutes', scrambleMinutes);
	requireFinite('minutes', minutes);
	return (Math.max(0, minutes - scrambleMinutes) / 60) * cruiseKmh;
}

/** The point of a ring at a bearing from its centre (degrees clockwise from north): where to write its label. */
export function ringPoint(center: LonLat, radiusKm: number, bearingDeg: number): LonLat {
	const radians = Math.PI / 180;
	const delta = radiusKm / EARTH_RADIUS_KM;
	const theta = bearingDeg * radians;
	const phi1 = center[1] * radians;
	const lambda1 = center[0] * radians;
	const phi2 = Math.asin(Math.sin(phi1) * Math.cos(delta) + Math.cos(phi1) * Math.sin(delta) * Math.cos(theta));
	const lambda2 = lambda1 + Math.atan2(Math.sin(theta) * Math.sin(delta) * Math.cos(phi1), Math.cos(delta) - Math.sin(phi1) * Math.sin(phi2));
	return [lambda2 / radians, phi2 / radians];
}
