// Builds the app's own map, static/geo/sahel.topo.json, from world-atlas (Natural Earth 1:10m).
// Deterministic: same input, same bytes. A unit test rebuilds it and compares.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';

/** ISO 3166-1 numeric ids: the Liptako–Gourma countries, every neighbour, and enough of the rest to fill the frame. */
export const COUNTRY_IDS = [
	'466', '562', '854', // Mali, Niger, Burkina Faso
	'012', '478', '686', '324', '384', '288', '768', '204', '566', '148', '434', // neighbours
	'732', '504', '788', '729', '140', '120', '270', '624', '694', '430', '818' // the rest of the frame
];

/** Where attacks happen the borders keep full 1:10m detail; elsewhere they are simplified hard. */
const DETAIL_BOX = { west: -6, east: 6, south: 10, north: 18.5 };
const MIN_WEIGHT_STERADIANS = 2e-7;
const QUANTIZATION = 1e5;

function inDetailBox([lon, lat]) {
	return lon >= DETAIL_BOX.west && lon <= DETAIL_BOX.east && lat >= DETAIL_BOX.south && lat <= DETAIL_BOX.north;
}

export function buildSahelTopology(worldTopology) {
	const all = feature(worldTopology, worldTopology.objects.countries);
	const features = all.features
		.filter((f) => f.id !== undefined && COUNTRY_IDS.includes(String(f.id)))
		.sort((a, b) => String(a.id).localeCompare(String(b.id)))
		.map((f) => ({ type: 'Feature', id: String(f.id), properties: { name: f.properties.name }, geometry: f.geometry }));
	const topo = presimplify(topology({ countries: { type: 'FeatureCollection', features } }), sphericalTriangleArea);
	for (const arc of topo.arcs) {
		for (const point of arc) if (inDetailBox(point)) point[2] = Infinity;
	}
	return quantize(simplify(topo, MIN_WEIGHT_STERADIANS), QUANTIZATION);
}

export const OUTPUT_PATH = fileURLToPath(new URL('../static/geo/sahel.topo.json', import.meta.url));

export function serialize(topo) {
	return JSON.stringify(topo) + '\n';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const worldPath = fileURLToPath(import.meta.resolve('world-atlas/countries-10m.json'));
	const world = JSON.parse(readFileSync(worldPath, 'utf8'));
	const text = serialize(buildSahelTopology(world));
	writeFileSync(OUTPUT_PATH, text);
	console.log(`wrote ${OUTPUT_PATH} (${(text.length / 1024).toFixed(1)} KB)`);
}
