// French messages for the app's frame: title, map controls, language, notices, the time slider and playback.
import type { TranslationOf } from '../message-types';
import type { app as english } from '../en/app';

export const app: TranslationOf<typeof english> = {
	appTitle: 'Sahel Timeline',
	appDescription:
		'Chronologie interactive et simulation des attaques armées le long de la frontière Mali–Niger, 2017–2020\u00a0: déplacements, délais d’intervention aérienne et victimes, chaque chiffre étant sourcé ou signalé comme estimation.',
	shareImageAlt: 'L’explorateur de Sahel Timeline : une carte de la région frontalière Mali–Niger avec les quatre attaques, la chronologie en dessous et le bilan humain à côté.',
	mapLabel: 'Carte du Sahel\u00a0: Mali, Niger, Burkina Faso et pays voisins',
	mapDescription:
		'Le Mali, le Niger et le Burkina Faso, pays du Liptako–Gourma, sont teintés plus sombre, et leurs frontières communes tracées plus épaisses. Touches + et − pour zoomer, flèches pour se déplacer, 0 pour revenir à la vue initiale.',
	zoomIn: 'Zoomer',
	zoomOut: 'Dézoomer',
	zoomReset: 'Revenir à la vue initiale',
	mapControls: 'Commandes de la carte',
	scaleBar: 'Échelle\u00a0: {km}\u00a0km',
	labelled: '{label}\u00a0:',
	switchTo: 'English',
	switchToLabel: 'Switch to English',
	noticeDismiss: 'Fermer',
	capital: 'capitale',
	time: 'Temps',
	timeKeys:
		'Les flèches gauche et droite avancent ou reculent dans le temps, Page précédente et Page suivante par plus grands pas, Début et Fin vont aux bornes de la fenêtre, + et − zooment la fenêtre.',
	timeline: 'Chronologie',
	overviewLabel: 'Vue d’ensemble de toute la période\u00a0; faites glisser pour choisir la fenêtre affichée au-dessus',
	playback: 'Lecture',
	play: 'Lire',
	pause: 'Pause',
	previousEvent: 'Événement précédent',
	nextEvent: 'Événement suivant',
	speed: 'Vitesse',
	pacedPlayback: 'Au rythme des événements',
	pacedPlaybackHint: 'Ralentit pour chaque attaque et chaque déplacement, passe vite les périodes calmes',
	zoomOutTime: 'Toute la période',
};
