// The map's framing in a link (`map`): the centre's longitude and latitude in degrees, then the
// kilometres across the map's width there, "1.7,14.6,420". The extent a chapter frames, so a link
// keeps what the reader saw on a screen of any size; written only for the reader's own zoom or pan
// (the framing the rest of the link gives needs no parameter).
import * as z from 'zod/mini';
import type { CameraExtent } from '../map/camera';
import { paramCodec } from './params';

/** What a link may ask the map to show: a centre off the poles, a width from a town's to a continent's. */
export const MAP_LIMITS = { lon: 180, lat: 80, minKm: 1, maxKm: 10_000 } as const;

/** Whether a link may carry this extent (a view wider than a continent is left to the default framing). */
export function linkableExtent({ center: [lon, lat], widthKm }: CameraExtent): boolean {
	return Math.abs(lon) <= MAP_LIMITS.lon && Math.abs(lat) <= MAP_LIMITS.lat && widthKm >= MAP_LIMITS.minKm && widthKm <= MAP_LIMITS.maxKm;
}

const NUMBER = String.raw`-?\d{1,5}(?:\.\d{1,8})?`;
const TRIPLE = new RegExp(`^(${NUMBER}),(${NUMBER}),(${NUMBER})$`);

const mapExtent = z.pipe(
	z.string().check(z.regex(TRIPLE, 'three numbers separated by commas: longitude, latitude, kilometres across')),
	z.transform((text: string): CameraExtent => {
		const [lon, lat, km] = TRIPLE.exec(text)!.slice(1).map(Number) as [number, number, number];
		return { center: [lon, lat], widthKm: km };
	})
).check(
	z.refine(linkableExtent, {
		message: `a centre within ±${MAP_LIMITS.lon}° of longitude and ±${MAP_LIMITS.lat}° of latitude, and a width from ${MAP_LIMITS.minKm} to ${MAP_LIMITS.maxKm} km`
	})
);

// 4 decimals of a degree are 11 m and 0.1 km is 0.25 % of the narrowest view (about 40 km): both under a pixel.
const trim = (value: number, decimals: number) => String(Number(value.toFixed(decimals)));

export const mapParam = paramCodec('map', mapExtent, ({ center: [lon, lat], widthKm }) => `${trim(lon, 4)},${trim(lat, 4)},${trim(widthKm, 1)}`);
