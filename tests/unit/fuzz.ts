// How many cases each property-based fuzz test of a boundary runs: 500 in npm test, more in
// npm run bench (FUZZ_RUNS=10000), with a fixed seed so a failure can be replayed.

/** Cases per boundary property: FUZZ_RUNS if set, else 500. */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 500);

/** fast-check's parameters for a fuzz property (seed fixed unless FUZZ_SEED is set). */
export function fuzzRuns(numRuns = FUZZ_RUNS): { seed: number; numRuns: number } {
	return { seed: Number(process.env.FUZZ_SEED ?? 20200109), numRuns };
}
