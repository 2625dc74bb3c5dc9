import { geoBounds, geoContains } from 'd3';
import type { Feature, Polygon } from 'geojson';
import type { LonLat } from './lonlat';

export interface CountryIndex {
	/** The id of the country containing p, or null (sea, or off the map). */
	countryAt(p: LonLat): string | null;
}

interface IndexedPolygon {
	id: string;
	polygon: Polygon;
	/** d3.geoBounds order: [[west, south], [east, north]]; west > east when it crosses the antimeridian. */
	bounds: [[number, number], [number, number]];
}

/**
 * Point-in-country lookup on the sphere. Each polygon (islands of a
 * MultiPolygon apart) gets a bounding box once, so a lookup only runs the
 * costly spherical d3.geoContains on the one or two polygons whose box holds
 * the point. Features without an id or a polygonal geometry are skipped.
 * Where polygons overlap, the first feature in the input wins.
 */
export function createCountryIndex(features: readonly Feature[]): CountryIndex {
	const polygons: IndexedPolygon[] = [];
	for (const feature of features) {
		if (feature.id === undefined) continue;
		const id = String(feature.id);
		const { geometry } = feature;
		const parts: Polygon[] =
			geometry.type === 'Polygon'
				? [geometry]
				: geometry.type === 'MultiPolygon'
					? geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }))
					: [];
		for (const polygon of parts) polygons.push({ id, polygon, bounds: geoBounds(polygon) });
	}

	return {
		countryAt(p) {
			for (const { id, polygon, bounds } of polygons) {
				if (inBounds(bounds, p) && geoContains(polygon, p)) return id;
			}
			return null;
		}
	};
}

function inBounds([[west, south], [east, north]]: IndexedPolygon['bounds'], [lon, lat]: LonLat): boolean {
	if (lat < south || lat > north) return false;
	return west <= east ? lon >= west && lon <= east : lon >= west || lon <= east;
}
