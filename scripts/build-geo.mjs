// Builds the app's own maps: static/geo/sahel.topo.json (Natural Earth 1:10m via world-atlas, the
// map), static/geo/africa.topo.json (1:110m, the locator inset's outline) and
// static/geo/sahel-detail.topo.json (rivers, lakes and towns seen zoomed in, from scripts/geo-sources/).
// Deterministic: same input, same bytes. A unit test rebuilds them and compares.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import { buildAfricaTopology } from './build-geo-africa.mjs';
import { buildDetailTopology } from './build-geo-detail.mjs';

/** ISO 3166-1 numeric ids: the Liptako–Gourma countries, every neighbour, and enough of the rest to fill the frame. */
export const COUNTRY_IDS = [
	'466', '562', '854', // Mali, Niger, Burkina Faso
	'012', '478', '686', '324', '384', '288', '768', '204', '566', '148', '434', // neighbours
	'732', '504', '788', '729', '140', '120', '270', '624', '694', '430', '818' // the rest of the frame
];

/** Where attacks happen the borders keep full 1:10m detail; elsewhere they are simplified hard. */
const DETAIL_BOX = { west: -6, east: 6, south: 10, north: 18.5 };
const MIN_WEIGHT_STERADIANS = 2e-7;
/**
 * Beyond the story's frame (12°W–16°E, 7.5–22.5°N) with 2° around it, coasts and borders are seen
 * only at the edges of a tall phone screen or zoomed out, at several km a pixel: simplified ten
 * times harder there (2e-6 sr, about 80 km², under two pixels), which takes a third off the file
 * the embed's first load must carry.
 */
const FRAME_BOX = { west: -14, east: 18, south: 5.5, north: 24.5 };
const OUTSIDE_FRAME_FACTOR = 10;
const QUANTIZATION = 1e5;

function inBox(box, [lon, lat]) {
	return lon >= box.west && lon <= box.east && lat >= box.south && lat <= box.north;
}

export function buildSahelTopology(worldTopology) {
	const all = feature(worldTopology, worldTopology.objects.countries);
	const features = all.features
		.filter((f) => f.id !== undefined && COUNTRY_IDS.includes(String(f.id)))
		.sort((a, b) => String(a.id).localeCompare(String(b.id)))
		// No properties: names come from Intl.DisplayNames in the reader's language.
		.map((f) => ({ type: 'Feature', id: String(f.id), geometry: f.geometry }));
	const topo = presimplify(topology({ countries: { type: 'FeatureCollection', features } }), sphericalTriangleArea);
	for (const arc of topo.arcs) {
		for (const point of arc) {
			if (inBox(DETAIL_BOX, point)) point[2] = Infinity;
			else if (!inBox(FRAME_BOX, point)) point[2] /= OUTSIDE_FRAME_FACTOR;
		}
	}
	return quantize(simplify(topo, MIN_WEIGHT_STERADIANS), QUANTIZATION);
}

export const OUTPUT_PATH = fileURLToPath(new URL('../static/geo/sahel.topo.json', import.meta.url));
export const AFRICA_OUTPUT_PATH = fileURLToPath(new URL('../static/geo/africa.topo.json', import.meta.url));
export const DETAIL_OUTPUT_PATH = fileURLToPath(new URL('../static/geo/sahel-detail.topo.json', import.meta.url));
export { buildAfricaTopology, buildDetailTopology };

/** The committed extracts of GSHHG and GeoNames (scripts/extract-base-map.mjs makes them). */
export function readDetailSources() {
	const source = (name) => readFileSync(fileURLToPath(new URL(`./geo-sources/${name}`, import.meta.url)), 'utf8');
	return { rivers: source('wdbii-rivers.txt'), lakes: source('gshhg-lakes.txt'), towns: JSON.parse(source('geonames-towns.json')) };
}

export function serialize(topo) {
	return JSON.stringify(topo) + '\n';
}

const readWorld = (scale) => JSON.parse(readFileSync(fileURLToPath(import.meta.resolve(`world-atlas/countries-${scale}.json`)), 'utf8'));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	for (const [path, topo] of [
		[OUTPUT_PATH, buildSahelTopology(readWorld('10m'))],
		[AFRICA_OUTPUT_PATH, buildAfricaTopology(readWorld('110m'))],
		[DETAIL_OUTPUT_PATH, buildDetailTopology(readDetailSources())]
	]) {
		const text = serialize(topo);
		writeFileSync(path, text);
		console.log(`wrote ${path} (${(text.length / 1024).toFixed(1)} KB)`);
	}
}
