// French messages for the presenter view and the speaker notes.
import type { TranslationOf } from '../message-types';
import type { present as english } from '../en/present';

export const present: TranslationOf<typeof english> = {
	nextChapter: 'Chapitre suivant',
	previousChapter: 'Chapitre précédent',
	fullscreen: 'Plein écran',
	leavePresenter: 'Ouvrir dans l’explorateur',
	presenterKeys: 'Touches\u00a0: → Espace Page suivante pour avancer, ← Page précédente pour reculer, Début Fin, C chapitres, P lecture, B écran noir, F plein écran, N notes, E exporter, Échap explorateur.',
	upNext: 'Ensuite\u00a0: {title}',
	elapsed: 'Écoulé {time}',
	invalidChapter: 'Aucun chapitre n’a l’identifiant «\u00a0{id}\u00a0»\u00a0: début au premier chapitre.',
	talkStartNotKept: 'Ce navigateur ne laisse pas la page garder l’heure de début de l’exposé\u00a0: recharger cette fenêtre remet à zéro le temps écoulé des notes.',
	presentOpen: 'Présenter',
	firstChapter: 'Premier chapitre',
	lastChapter: 'Dernier chapitre',
	exitFullscreen: 'Quitter le plein écran',
	blackout: 'Écran noir',
};
