import { describe, expect, it } from 'vitest';
import { fr } from './fr';
import { SEED_TEXT } from '../../../tests/unit/seed';

// French sets « : ; ? ! » apart from the word before with a space that must not break (the
// codebase uses U+00A0), keeps « » tight around their text with the same space, and joins a
// number to its unit ("13 h", "214 km") so that a line never starts with the punctuation or unit.
const NBSP = '\u00a0';

/** Each place in `text` where French typography is broken, with a little of the text around it. */
function typographyFaults(text: string): string[] {
	const faults: string[] = [];
	const around = (at: number) => `…${text.slice(Math.max(0, at - 20), at + 10)}…`;
	for (const m of text.matchAll(/([\p{L}\p{N}})»’”.\s])([:;?!])/gu)) {
		const [, before, mark] = m;
		if (before === NBSP || before === '\u202f') continue;
		const at = m.index + 1;
		const next = text.slice(at + 1, at + 3);
		// Not punctuation: 13:15, 3:2, https://, ?chapter= in a link.
		if (mark === ':' && (/\d/.test(before!) && /^\d/.test(next) || next.startsWith('//'))) continue;
		if (mark === '?' && /^[\w=]/.test(next)) continue;
		faults.push(`${before === ' ' ? 'breaking space' : 'no space'} before ${mark}: ${around(at)}`);
	}
	for (const m of text.matchAll(/«(?![\u00a0\u202f])|(?<![\u00a0\u202f])»/gu)) faults.push(`guillemet without a no-break space: ${around(m.index)}`);
	for (const m of text.matchAll(/(?:\d|\}) (?:km\/h|km|min|minutes|h|px|Mo|ko|%)(?![\p{L}\p{N}])/gu)) faults.push(`number and unit apart: ${around(m.index)}`);
	return faults;
}

/** Every French string of the scenario: its bilingual texts are `{ en, fr }`. */
function frenchTexts(value: unknown, path: string, out: [string, string][]): [string, string][] {
	if (Array.isArray(value)) value.forEach((item, i) => frenchTexts(item, `${path}[${i}]`, out));
	else if (value !== null && typeof value === 'object') {
		for (const [key, item] of Object.entries(value)) {
			if (key === 'fr' && typeof item === 'string') out.push([path, item]);
			else frenchTexts(item, `${path}.${key}`, out);
		}
	}
	return out;
}

describe('French typography', () => {
	it('finds the faults it is meant to find, and only those', () => {
		expect(typographyFaults('Niamey ?')).toHaveLength(1);
		expect(typographyFaults('Délai avant décollage: 0\u00a0min')).toHaveLength(1);
		expect(typographyFaults('« Enregistrer »')).toHaveLength(2);
		expect(typographyFaults('vers 13 h.')).toHaveLength(1);
		expect(typographyFaults('{minutes} min')).toHaveLength(1);
		expect(typographyFaults('Niamey\u00a0? À 13:15, voir https://example.org/?chapter=a\u00a0; «\u00a0oui\u00a0» vers 13\u00a0h')).toEqual([]);
	});

	it.each(Object.entries(fr))('the message %s', (_key, text) => {
		expect(typographyFaults(text)).toEqual([]);
	});

	it('every French text of the seed', () => {
		const texts = frenchTexts(JSON.parse(SEED_TEXT), '', []);
		expect(texts.length).toBeGreaterThan(100);
		expect(texts.flatMap(([path, text]) => typographyFaults(text).map((fault) => `${path}: ${fault}`))).toEqual([]);
	});

	it('the seed’s French texts call each place by its French name (Inatès, not Inates)', () => {
		const scenario = JSON.parse(SEED_TEXT) as { places: { name: { en: string; fr: string } }[] };
		const texts = frenchTexts(scenario, '', []);
		const renamed = scenario.places.map((place) => place.name).filter(({ en, fr }) => en !== fr);
		expect(renamed.length).toBeGreaterThan(0);
		const misnamed = renamed.flatMap(({ en, fr }) =>
			texts.filter(([, text]) => new RegExp(`(?<!\\p{L})${en}(?!\\p{L})`, 'u').test(text)).map(([path]) => `${path} says ${en}, not ${fr}`)
		);
		expect(misnamed).toEqual([]);
	});
});
