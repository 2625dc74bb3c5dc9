import seedText from '../../../seeds/sahel-2017-2020.json?raw';
import { loadScenario } from './load';
import type { Scenario } from './schema';

/** The bundled seed scenario. It is validated like any user file; a broken seed is a build-time bug. */
export function loadSeedScenario(): Scenario {
	const loaded = loadScenario(seedText);
	if (!loaded.ok) {
		const first = loaded.errors[0];
		throw new Error(`the bundled seed does not validate: ${first?.path}: ${first?.message}`);
	}
	return loaded.scenario;
}
