import { describe, expect, it } from 'vitest';
import { loadSeedScenario, validatedScenario } from './seed.server';
import { SEED_TEXT, seed } from '../../../tests/unit/seed';

describe('the seed as the build loads it', () => {
	it('is the validated seed', () => {
		expect(loadSeedScenario()).toEqual(seed);
	});

	it('fails with every problem and its path, so a broken seed fails the build with the whole list', () => {
		const broken = JSON.parse(SEED_TEXT) as { id: string; timezone: string };
		broken.id = 'Not A Slug';
		broken.timezone = 'Africa/Timbuktu-Gao';
		expect(() => validatedScenario(JSON.stringify(broken), 'seed.json')).toThrow(/^seed\.json does not validate:\n {2}id: .*\n {2}timezone: /);
	});

	it('names a JSON syntax error without a path', () => {
		expect(() => validatedScenario('{', 'seed.json')).toThrow(/^seed\.json does not validate:\n {2}\S/);
	});
});
