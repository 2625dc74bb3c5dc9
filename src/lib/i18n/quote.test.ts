import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteInput } from './quote';

describe('quoteInput', () => {
	it('keeps a short value as it is', () => {
		expect(quoteInput('inates')).toBe('inates');
	});

	it('cuts a long value to 60 characters, saying so', () => {
		const quoted = quoteInput('a-'.repeat(3000));
		expect(Array.from(quoted)).toHaveLength(60);
		expect(quoted.endsWith('…')).toBe(true);
	});

	it('drops controls and bidi overrides, and folds whitespace', () => {
		expect(quoteInput('evil\u202Egnp.exe\u0000\r\n  moved')).toBe('evilgnp.exe moved');
	});

	it('never cuts a surrogate pair, and is never longer than asked', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.integer({ min: 2, max: 80 }), (text, max) => {
				const quoted = quoteInput(text, max);
				expect(Array.from(quoted).length).toBeLessThanOrEqual(max);
				expect(quoted).not.toMatch(/[\u0000-\u001f\u202a-\u202e\u2066-\u2069]/);
				expect(quoted.isWellFormed() || !text.isWellFormed()).toBe(true);
			}),
			{ numRuns: 500 }
		);
	});
});
