// Table-driven checks of the scenario loader: each case breaks a fresh copy of
// the seed in one way and names the one error it must cause, by path.
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/lib/scenario/load';
import { SEED_TEXT } from './seed';

export interface ErrorCase {
	name: string;
	/** Breaks the copy (untyped: the cases write anything anywhere). */
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	mutate: (scenario: any) => void;
	path: string;
	message: string;
}

export function expectEachError(title: string, cases: readonly ErrorCase[]): void {
	describe(title, () => {
		it.each(cases)('$name', ({ mutate, path, message }) => {
			const scenario = JSON.parse(SEED_TEXT);
			mutate(scenario);
			// An empty path means the document itself: given as an array.
			const result = parseScenario(path === '' ? [] : scenario);
			expect(result.ok ? [] : result.errors).toEqual([{ path, message }]);
		});
	});
}
