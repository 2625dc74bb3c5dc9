import type { Chapter } from '../scenario/schema';
import { chapterIndex, firstChapter, lastChapter, nextChapter, previousChapter } from '../story/chapter-nav';

/** Which chapter of the story is on screen, and when the talk began (for the notes' clock). */
export class Presenter {
	readonly chapters: readonly Chapter[];
	currentId = $state('');
	readonly startedAt: number;

	current = $derived.by(() => this.#find(this.currentId));
	index = $derived.by(() => chapterIndex(this.chapters, this.currentId));
	upNext = $derived.by(() => nextChapter(this.chapters, this.currentId));

	constructor(chapters: readonly Chapter[], startedAt = Date.now()) {
		if (chapters.length === 0) throw new Error('invalid story: it has no chapters');
		this.chapters = chapters;
		this.currentId = chapters[0]!.id;
		this.startedAt = startedAt;
	}

	/** Returns false (and stays put) for an id the story does not have. */
	goTo(id: string): boolean {
		if (!this.chapters.some((c) => c.id === id)) return false;
		this.currentId = id;
		return true;
	}

	next(): void {
		this.#move(nextChapter(this.chapters, this.currentId));
	}

	previous(): void {
		this.#move(previousChapter(this.chapters, this.currentId));
	}

	first(): void {
		this.#move(firstChapter(this.chapters));
	}

	last(): void {
		this.#move(lastChapter(this.chapters));
	}

	#move(chapter: Chapter | null): void {
		if (chapter) this.currentId = chapter.id;
	}

	#find(id: string): Chapter {
		return this.chapters.find((c) => c.id === id) ?? this.chapters[0]!;
	}
}
