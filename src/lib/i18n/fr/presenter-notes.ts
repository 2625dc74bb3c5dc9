// French messages for the speaker's notes window: its heading, its clock and what it says while it waits for the presentation (on demand: i18n/on-demand/presenter-notes).
import type { TranslationOf } from '../message-types';
import type { presenterNotes as english } from '../en/presenter-notes';

export const presenterNotes: TranslationOf<typeof english> = {
	chapterProgress: 'Chapitre {n} sur {total}',
	notesTitle: 'Notes de l’orateur',
	endOfStory: 'Dernier chapitre',
	notesWaiting: 'En attente de la fenêtre de présentation…',
	notesKeys: 'Touches\u00a0: → Espace Page suivante pour le chapitre suivant, ← Page précédente pour le précédent.',
	wallClock: 'Il est {time}',
	notesAudienceSees: 'À l’écran',
};
