// English messages for the embedded view.
export const embed = {
	embedKilledSoFar: 'Killed in attacks begun by then, as reported by then:',
	embedOpenExplorer: 'open the full explorer at this view in a new tab',
	embedTimeLabel: 'Time shown:',
	embedScope: '{scope}:',
	embedKilledShort: 'Killed by then:',
	embedAllFigures: 'All figures',
	embedChapters: 'Chapters',
	embedPreviousChapter: 'Previous chapter',
	embedNextChapter: 'Next chapter',
	embedChapterOf: '{n} of {total}',
	embedNarration: 'The chapter’s text',
	embedReadText: 'Text',
	embedReadTextLabel: 'Read the chapter’s text',
	embedNarrationFailed: 'The chapter’s text could not be loaded.',
	embedNotice: 'Some settings in this embed’s link could not be read ({names}); it shows the defaults instead.',
	embedNoticeClose: 'Dismiss',
} as const;
