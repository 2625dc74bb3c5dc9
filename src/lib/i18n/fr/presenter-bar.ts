// French messages for the presenter's own controls: the chapter menu, play, black screen, full screen and the keys (on demand: i18n/on-demand/presenter-bar).
import type { TranslationOf } from '../message-types';
import type { presenterBar as english } from '../en/presenter-bar';

export const presenterBar: TranslationOf<typeof english> = {
	presenterLabel: 'Présentation',
	playChapter: 'Lire ce chapitre',
	pauseChapter: 'Pause',
	speakerNotes: 'Notes de l’orateur',
	killedSoFarHeading: 'Tués jusqu’ici, selon les bilans connus alors',
	killedSoFarRule: 'Bilans de chaque camp pour les siens et décomptes indépendants. En italique, ce qu’affirme le camp adverse\u00a0: jamais additionné.',
	chaptersMenu: 'Chapitres',
	chaptersMenuLabel: 'Chapitres du récit',
	blackoutOn: 'Écran noir. Appuyez sur B pour le réafficher.',
	blackoutOff: 'Écran réaffiché.',
	storyOnPhoneEnd: 'Fin du récit.',
	chapterContextHeading: 'Dans cette période, sans lieu sur la carte\u00a0:',
};
