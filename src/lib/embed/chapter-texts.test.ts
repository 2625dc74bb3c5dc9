import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { seed } from '../../../tests/unit/seed';
import { ChapterTextsSchema, chapterTexts } from './chapter-texts';

describe('chapterTexts', () => {
	const texts = chapterTexts(seed);

	it('holds each chapter’s narration in both languages, and nothing else', () => {
		expect(Object.keys(texts)).toEqual(seed.chapters.map((c) => c.id));
		for (const chapter of seed.chapters) expect(texts[chapter.id]).toEqual({ en: chapter.narration.en, fr: chapter.narration.fr });
	});

	it('reads back through its schema, as the embed checks what it fetches', () => {
		expect(z.parse(ChapterTextsSchema, JSON.parse(JSON.stringify(texts)))).toEqual(texts);
	});

	it.each([
		['a list', []],
		['a chapter without French', { inates: { en: 'Text' } }],
		['a number for a text', { inates: { en: 1, fr: 'Texte' } }],
		['an id that is not a slug', { '../inates': { en: 'Text', fr: 'Texte' } }],
		['a text over 20,000 characters', { inates: { en: 'x'.repeat(20_001), fr: 'Texte' } }]
	])('refuses %s', (_, value) => {
		expect(z.safeParse(ChapterTextsSchema, value).success).toBe(false);
	});
});
