// The seed scenario for unit tests: read and validated once per test file, the way a reader's
// file is (loadScenario), and frozen, so no test can change what the next one sees.
import { readFileSync } from 'node:fs';
import { loadScenario } from '../../src/lib/scenario/load';
import type { Incident, Place, Scenario } from '../../src/lib/scenario/schema';
import { regionProjection } from '../../src/lib/map/projection';
import { storyFrame } from '../../src/lib/story/map-frame';

/** The seed as it is on disk, for tests that mutate or walk the raw JSON. */
export const SEED_TEXT: string = readFileSync(new URL('../../seeds/sahel-2017-2020.json', import.meta.url), 'utf8');

function deepFreeze<T>(value: T): T {
	if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const item of Object.values(value)) deepFreeze(item);
	}
	return value;
}

function loadSeed(): Scenario {
	const loaded = loadScenario(SEED_TEXT);
	if (!loaded.ok) {
		const shown = loaded.errors.slice(0, 5).map((e) => `${e.path}: ${e.message}`);
		throw new Error(`the seed does not validate:\n${shown.join('\n')}`);
	}
	return deepFreeze(loaded.scenario);
}

/** The validated seed (read-only). */
export const seed: Scenario = loadSeed();

function byId<T extends { id: string }>(list: readonly T[], id: string, what: string): T {
	const found = list.find((item) => item.id === id);
	if (found === undefined) throw new Error(`no ${what} "${id}" in the seed`);
	return found;
}

export const seedPlace = (id: string): Place => byId(seed.places, id, 'place');
export const seedIncident = (id: string): Incident => byId(seed.incidents, id, 'incident');

/** The map's projection for the seed at a size, as every page fits it. */
export function seedProjection(width: number, height: number) {
	return regionProjection(storyFrame(seed), width, height);
}
