import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fr } from './fr';
import { format, message } from './messages';

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('messages', () => {
	// The Translation type checks that French keeps every English placeholder; this also catches one it adds.
	it.each(Object.keys(en) as (keyof typeof en)[])('French %s has the English placeholders', (key) => {
		expect(placeholders(fr[key])).toEqual(placeholders(en[key]));
	});

	it('fills parameters in either language', () => {
		expect(message('en', 'casualtyRangeSpoken', { low: 25, high: 89 })).toBe('25 to 89');
		expect(message('fr', 'chapterProgress', { n: 2, total: 9 })).toBe('Chapitre 2 sur 9');
	});

	it('leaves a parameter it was not given visible', () => {
		expect(format('{a} and {b}', { a: 1 })).toBe('1 and {b}');
	});
});
