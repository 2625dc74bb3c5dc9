// French messages for the explorer's first screen and side panel.
import type { TranslationOf } from '../message-types';
import type { explorer as english } from '../en/explorer';

export const explorer: TranslationOf<typeof english> = {
	skipLinks: 'Liens d’évitement',
	skipToTimeline: 'Aller à la chronologie',
	skipToMap: 'Aller à la carte',
	skipToSide: 'Aller au panneau latéral',
	explorerDek: 'Attaques contre les forces nigériennes près de la frontière malienne, {months}\u00a0: où, quand, le délai de l’appui aérien et les morts, selon les sources.',
	startStory: 'Commencer le récit',
	panelSections: 'Sections du panneau',
	tab_totals: 'Bilan',
	tab_incident: 'Attaques',
	tab_air: 'Appui aérien',
	tab_layers: 'Couches',
	tab_data: 'Données',
	previousIncident: 'Attaque précédente',
	nextIncident: 'Attaque suivante',
	nowBarKilled: 'Tués\u00a0:',
	detailsBelow: '{place}\u00a0: détails plus bas',
	airSupportChoose: 'L’appui aérien est détaillé pour chaque attaque où il a été envoyé\u00a0: choisissez-en une pour voir le délai, rapporté et calculé, et essayer d’autres bases et d’autres avions.',
};
