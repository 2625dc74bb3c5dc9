import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
// @ts-expect-error the build script is plain JavaScript run by node
import { buildSahelTopology, OUTPUT_PATH, serialize } from './build-geo.mjs';

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
});
