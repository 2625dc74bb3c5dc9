import { describe, expect, it } from 'vitest';
import { formatElapsed } from './elapsed';

describe('formatElapsed', () => {
	it.each([
		[0, '00:00'],
		[999, '00:00'],
		[1_000, '00:01'],
		[59_999, '00:59'],
		[60_000, '01:00'],
		[(42 * 60 + 7) * 1000, '42:07'],
		[(59 * 60 + 59) * 1000, '59:59'],
		[3_600_000, '1:00:00'],
		[(2 * 3600 + 5 * 60 + 9) * 1000, '2:05:09'],
		[-5_000, '00:00'],
		[Number.NaN, '00:00']
	])('%d ms → %s', (ms, text) => {
		expect(formatElapsed(ms)).toBe(text);
	});
});
