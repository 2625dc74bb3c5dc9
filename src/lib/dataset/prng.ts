// A seeded pseudo-random generator, so synthetic data and randomised tests reproduce exactly
// from a seed (Math.random cannot be seeded).

/** A source of numbers uniform in [0, 1). */
export type Random = () => number;

/** mulberry32: 32 bits of state, fast, good enough for test data (not for anything secret). */
export function mulberry32(seed: number): Random {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A whole number in [0, n). */
export function randomInt(random: Random, n: number): number {
	return Math.floor(random() * n);
}

/** A standard normal deviate (Box–Muller; one of the pair is dropped for simplicity). */
export function gaussian(random: Random): number {
	return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** An index drawn with probability proportional to its weight, by a scan of the cumulative weights. */
export function weightedIndex(random: Random, cumulative: readonly number[]): number {
	const target = random() * cumulative[cumulative.length - 1]!;
	let i = 0;
	while (cumulative[i]! <= target) i++;
	return i;
}

/** Running sums of weights, for weightedIndex. */
export function cumulate(weights: readonly number[]): number[] {
	let sum = 0;
	return weights.map((weight) => (sum += weight));
}
