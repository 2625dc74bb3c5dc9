// The seed scenario, read and validated on the server only, which for this static site means at
// build time (the root layout's load): a broken seed fails the build with every error, and the
// browser receives the validated scenario as page data, without the schemas. SvelteKit refuses
// to bundle a `.server` module into client code.
import seedText from '../../../seeds/sahel-2017-2020.json?raw';
import { loadScenario } from './load';
import type { Scenario } from './schema';

const SEED_FILE = 'seeds/sahel-2017-2020.json';

/** The scenario in `text`, or an error listing each problem with its JSON path. */
export function validatedScenario(text: string, file: string): Scenario {
	const loaded = loadScenario(text);
	if (loaded.ok) return loaded.scenario;
	const problems = loaded.errors.map(({ path, message }) => `  ${path === '' ? message : `${path}: ${message}`}`);
	throw new Error(`${file} does not validate:\n${problems.join('\n')}`);
}

let seed: Scenario | undefined;

/** The bundled seed, validated once per build (every prerendered page asks for it). */
export function loadSeedScenario(): Scenario {
	seed ??= validatedScenario(seedText, SEED_FILE);
	return seed;
}
