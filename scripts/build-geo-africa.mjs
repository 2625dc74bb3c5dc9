// The locator inset's Africa: one outline of the continent from Natural Earth 1:110m (world-atlas),
// merged from its countries, simplified for a picture about 120 px across. Deterministic.
import { merge, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';

/** ISO 3166-1 numeric ids of Africa's countries and territories in Natural Earth 1:110m. */
const AFRICA_IDS = new Set(
	('012 024 072 108 120 140 148 178 180 204 226 231 232 262 266 270 288 324 384 404 426 430 434 450 454 466 478 504 ' +
		'508 516 562 566 624 646 686 694 706 710 716 728 729 732 748 768 788 800 818 834 854 894').split(' ')
);
/** Natural Earth gives Somaliland no ISO id; without it the Horn would have a hole. */
const UNCODED_AFRICA = new Set(['Somaliland']);
/** Triangles under this area (steradians, about 1,600 km²) go: a third of a pixel at the inset's scale. */
const MIN_WEIGHT_STERADIANS = 4e-5;
const QUANTIZATION = 2000;

export function buildAfricaTopology(world110m) {
	const geometries = world110m.objects.countries.geometries.filter((g) =>
		g.id === undefined ? UNCODED_AFRICA.has(g.properties?.name) : AFRICA_IDS.has(String(g.id))
	);
	const outline = merge(world110m, geometries);
	const topo = presimplify(topology({ africa: outline }), sphericalTriangleArea);
	return quantize(simplify(topo, MIN_WEIGHT_STERADIANS), QUANTIZATION);
}
