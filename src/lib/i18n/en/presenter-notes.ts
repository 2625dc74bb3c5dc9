// English messages for the speaker's notes window: its heading, its clock and what it says while it waits for the presentation (on demand: i18n/on-demand/presenter-notes).
export const presenterNotes = {
	chapterProgress: 'Chapter {n} of {total}',
	notesTitle: 'Speaker notes',
	endOfStory: 'Last chapter',
	notesWaiting: 'Waiting for the presentation window…',
	notesKeys: 'Keys: → Space PageDown next chapter, ← PageUp previous.',
	wallClock: 'Time now {time}',
	notesAudienceSees: 'On screen',
} as const;
