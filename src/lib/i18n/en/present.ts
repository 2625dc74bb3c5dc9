// English messages for the presenter view and the speaker notes.
export const present = {
	nextChapter: 'Next chapter',
	previousChapter: 'Previous chapter',
	fullscreen: 'Full screen',
	leavePresenter: 'Open in the explorer',
	presenterKeys: 'Keys: → Space PageDown next, ← PageUp previous, Home End, C chapters, P play, B black screen, F full screen, N notes, E export, Esc explorer.',
	upNext: 'Up next: {title}',
	elapsed: 'Elapsed {time}',
	invalidChapter: 'No chapter has the id “{id}”: starting at the first chapter.',
	talkStartNotKept: 'This browser does not let the page keep when the talk began: reloading this window restarts the elapsed time in the speaker notes.',
	presentOpen: 'Present',
	firstChapter: 'First chapter',
	lastChapter: 'Last chapter',
	exitFullscreen: 'Exit full screen',
	blackout: 'Black screen',
} as const;
