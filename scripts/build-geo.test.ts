import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
// @ts-expect-error the build script is plain JavaScript run by node
import { AFRICA_OUTPUT_PATH, buildAfricaTopology, buildSahelTopology, OUTPUT_PATH, serialize } from './build-geo.mjs';

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
