// English messages for the presenter's own controls: the chapter menu, play, black screen, full screen and the keys (on demand: i18n/on-demand/presenter-bar).
export const presenterBar = {
	presenterLabel: 'Presentation',
	playChapter: 'Play this chapter',
	pauseChapter: 'Pause',
	speakerNotes: 'Speaker notes',
	killedSoFarHeading: 'Killed so far, as reported by then',
	killedSoFarRule: 'Each side’s own and independent counts. In italics, what the other side claimed: never added in.',
	chaptersMenu: 'Chapters',
	chaptersMenuLabel: 'Chapters of the story',
	blackoutOn: 'Screen blacked out. Press B to show it again.',
	blackoutOff: 'Screen shown again.',
	storyOnPhoneEnd: 'End of the story.',
	chapterContextHeading: 'In this period, with no place on the map:',
} as const;
