// Moving through a story's chapters. Pure functions of the chapter list and
// the current id, so the presenter window, the notes window and the URL all
// agree on what "next" means.

/** Position of the chapter with this id, or -1 (none, or an id the story does not have). */
export function chapterIndex<C extends { id: string }>(chapters: readonly C[], id: string | null): number {
	return chapters.findIndex((chapter) => chapter.id === id);
}

/** The chapter after this one, null at the end; from no chapter (or an unknown id) the story starts. */
export function nextChapter<C extends { id: string }>(chapters: readonly C[], id: string | null): C | null {
	return chapters[chapterIndex(chapters, id) + 1] ?? null;
}

/** The chapter before this one, null at the start or from no chapter. */
export function previousChapter<C extends { id: string }>(chapters: readonly C[], id: string | null): C | null {
	const index = chapterIndex(chapters, id);
	return index > 0 ? (chapters[index - 1] ?? null) : null;
}

export function firstChapter<C>(chapters: readonly C[]): C | null {
	return chapters[0] ?? null;
}

export function lastChapter<C>(chapters: readonly C[]): C | null {
	return chapters.at(-1) ?? null;
}
