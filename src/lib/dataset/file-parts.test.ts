import { describe, expect, it } from 'vitest';
import { FileParts } from './file-parts';
import { mulberry32, randomInt } from './prng';

/** A file of random bytes: head [0, 40), zero padding to 48, numbers [48, 48 + n), texts to the end. */
function randomFile(seed: number) {
	const random = mulberry32(seed);
	const numbers = 8 * (1 + randomInt(random, 20));
	const size = 48 + numbers + randomInt(random, 200);
	const bytes = Uint8Array.from({ length: size }, (_, i) => (i >= 40 && i < 48 ? 0 : randomInt(random, 256)));
	return { bytes, starts: { numbers: 48, texts: 48 + numbers }, random };
}

/** Feeds the file after its first `headLength` bytes in chunks of random sizes. */
function feed(bytes: Uint8Array, starts: { numbers: number; texts: number }, headLength: number, random: () => number, until = bytes.length) {
	const parts = new FileParts(bytes.subarray(0, headLength), bytes.length, starts);
	for (let at = headLength; at < until; ) {
		const next = Math.min(until, at + 1 + randomInt(random, 30));
		parts.write(bytes.subarray(at, next), at);
		at = next;
	}
	return parts;
}

describe('FileParts', () => {
	it('keeps a file fed in chunks of any size as its numeric block and its texts, each a buffer of its own', () => {
		for (let seed = 1; seed <= 50; seed++) {
			const { bytes, starts, random } = randomFile(seed);
			// The head may already reach into the numbers, or even the texts.
			const headLength = 16 + randomInt(random, Math.min(bytes.length - 16, 90));
			const { numbers, texts } = feed(bytes, starts, headLength, random).blocks();
			expect(numbers).toEqual(bytes.slice(starts.numbers, starts.texts));
			expect(texts).toEqual(bytes.slice(starts.texts));
			expect(numbers.buffer.byteLength).toBe(starts.texts - starts.numbers);
			expect(numbers.byteOffset).toBe(0);
		}
	});

	it('gives back the first bytes of a file that ended early, as they arrived', () => {
		for (let seed = 51; seed <= 100; seed++) {
			const { bytes, starts, random } = randomFile(seed);
			const until = 40 + randomInt(random, bytes.length - 40);
			expect(feed(bytes, starts, 40, random, until).received(until)).toEqual(bytes.slice(0, until));
		}
	});

	it('refuses bytes outside the file and blocks that do not fit it', () => {
		const { bytes, starts } = randomFile(101);
		const parts = new FileParts(bytes.subarray(0, 40), bytes.length, starts);
		expect(() => parts.write(new Uint8Array(2), bytes.length - 1)).toThrow(RangeError);
		expect(() => new FileParts(bytes.subarray(0, 40), 30, starts)).toThrow(RangeError);
		expect(() => new FileParts(bytes.subarray(0, 40), bytes.length, { numbers: 60, texts: 50 })).toThrow(RangeError);
	});
});
