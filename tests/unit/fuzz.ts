// How many cases each property-based fuzz test of a boundary runs: 500 in npm test, more in
// npm run bench (FUZZ_RUNS=10000), with a fixed seed so a failure can be replayed.
import fc from 'fast-check';
import { HOSTILE_TEXT } from '../hostile-text.mjs';

/** Cases per boundary property: FUZZ_RUNS if set, else 500. */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 500);

/** fast-check's parameters for a fuzz property (seed fixed unless FUZZ_SEED is set). */
export function fuzzRuns(numRuns = FUZZ_RUNS): { seed: number; numRuns: number } {
	return { seed: Number(process.env.FUZZ_SEED ?? 20200109), numRuns };
}

/** A test's time limit for FUZZ_RUNS cases of about `msPerCase` (generous: the machine may be busy), at least 20 s. */
export function fuzzTimeout(msPerCase = 20): { timeout: number } {
	return { timeout: Math.max(20_000, FUZZ_RUNS * msPerCase) };
}


/** A value for a URL parameter: one of the hostile ones, random text, or something close to valid. */
export function parameterValue(valid: readonly string[] = []): fc.Arbitrary<string> {
	return fc.oneof(
		fc.constantFrom(...HOSTILE_TEXT),
		fc.string({ unit: 'binary', maxLength: 200 }),
		...(valid.length > 0 ? [fc.constantFrom(...valid), fc.constantFrom(...valid).map((v) => ` ${v.toUpperCase()}`)] : [])
	);
}

/** A query string over the parameters `valid` names (and some others), each set zero, one or more times, to hostile, random or valid values. */
export function queryString(valid: Readonly<Record<string, readonly string[]>>): fc.Arbitrary<URLSearchParams> {
	const names = [...Object.keys(valid), '__proto__', 'constructor', 'x'];
	const pair = fc.oneof(...names.map((n) => fc.tuple(fc.constant(n), parameterValue(Object.hasOwn(valid, n) ? valid[n] : []))));
	return fc.array(pair, { maxLength: 12 }).map((pairs) => new URLSearchParams(pairs));
}
