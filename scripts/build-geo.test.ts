import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
	AFRICA_OUTPUT_PATH,
	buildAfricaTopology,
	buildDetailTopology,
	buildSahelTopology,
	DETAIL_OUTPUT_PATH,
	OUTPUT_PATH,
	readDetailSources,
	serialize
	// @ts-expect-error the build script is plain JavaScript run by node
} from './build-geo.mjs';

const require = createRequire(import.meta.url);

describe('npm run build:geo', () => {
	const committed = readFileSync(OUTPUT_PATH, 'utf8');

	it('reproduces the committed static/geo/sahel.topo.json byte for byte', () => {
		const world = JSON.parse(readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8'));
		expect(serialize(buildSahelTopology(world))).toBe(committed);
	});

	it('stays under 100 KB', () => {
		expect(Buffer.byteLength(committed)).toBeLessThan(100 * 1024);
	});

	it('reproduces the committed static/geo/africa.topo.json (the locator inset) byte for byte, under 4 KB', () => {
		const world = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'));
		const africa = readFileSync(AFRICA_OUTPUT_PATH, 'utf8');
		expect(serialize(buildAfricaTopology(world))).toBe(africa);
		expect(Buffer.byteLength(africa)).toBeLessThan(4 * 1024);
	});
});

describe('the base map seen zoomed in (static/geo/sahel-detail.topo.json)', () => {
	const committed = readFileSync(DETAIL_OUTPUT_PATH, 'utf8');

	it('is rebuilt from the committed GSHHG and GeoNames extracts byte for byte, under 64 KB', () => {
		expect(serialize(buildDetailTopology(readDetailSources()))).toBe(committed);
		expect(Buffer.byteLength(committed)).toBeLessThan(64 * 1024);
	});

	it('holds the Niger, lakes, and the towns the story names', () => {
		const topo = JSON.parse(committed);
		expect(topo.objects.rivers.geometries.length).toBeGreaterThan(50);
		expect(topo.objects.lakes.geometries.length).toBeGreaterThan(20);
		const names = topo.objects.towns.geometries.map((g: { properties: { name: string } }) => g.properties.name);
		for (const name of ['Tillabéri', 'Ouallam', 'Ménaka', 'Gao', 'Ansongo', 'Téra']) expect(names).toContain(name);
	});
});
