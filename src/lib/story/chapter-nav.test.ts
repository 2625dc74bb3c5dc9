import { describe, expect, it } from 'vitest';
import { chapterIndex, firstChapter, lastChapter, nextChapter, previousChapter } from './chapter-nav';

const chapters = [{ id: 'ayorou' }, { id: 'tongo-tongo' }, { id: 'inates' }];
const id = (chapter: { id: string } | null) => chapter?.id ?? null;

describe('chapter navigation', () => {
	it.each([
		['ayorou', 0, 'tongo-tongo', null],
		['tongo-tongo', 1, 'inates', 'ayorou'],
		['inates', 2, null, 'tongo-tongo'],
		['epilogue', -1, 'ayorou', null],
		[null, -1, 'ayorou', null]
	])('from %s: index %d, next %s, previous %s', (current, index, next, previous) => {
		expect(chapterIndex(chapters, current)).toBe(index);
		expect(id(nextChapter(chapters, current))).toBe(next);
		expect(id(previousChapter(chapters, current))).toBe(previous);
	});

	it('firstChapter and lastChapter', () => {
		expect(id(firstChapter(chapters))).toBe('ayorou');
		expect(id(lastChapter(chapters))).toBe('inates');
	});

	it('a story without chapters has none to go to', () => {
		expect(firstChapter([])).toBeNull();
		expect(lastChapter([])).toBeNull();
		expect(nextChapter([], null)).toBeNull();
		expect(previousChapter([], null)).toBeNull();
	});
});
