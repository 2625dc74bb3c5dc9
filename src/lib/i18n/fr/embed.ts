// French messages for the embedded view.
import type { TranslationOf } from '../message-types';
import type { embed as english } from '../en/embed';

export const embed: TranslationOf<typeof english> = {
	embedKilledSoFar: 'Tués dans les attaques commencées jusque-là, selon les bilans connus alors\u00a0:',
	embedOpenExplorer: 'ouvrir l’explorateur complet sur cette vue dans un nouvel onglet',
	embedTimeLabel: 'Heure affichée\u00a0:',
	embedScope: '{scope}\u00a0:',
	embedKilledShort: 'Tués jusque-là\u00a0:',
	embedClaimsApart: 'En italique, ce qu’affirme le camp adverse\u00a0: jamais additionné.',
	embedFigureSources: 'La source de chaque chiffre, dans l’explorateur complet (nouvel onglet)',
	embedAllFigures: 'Tous les chiffres',
	embedChapters: 'Chapitres',
	embedPreviousChapter: 'Chapitre précédent',
	embedNextChapter: 'Chapitre suivant',
	embedChapterOf: '{n} sur {total}',
	embedNarration: 'Le texte du chapitre',
	embedReadText: 'Texte',
	embedReadTextLabel: 'Afficher le texte du chapitre',
	embedNarrationFailed: 'Le texte du chapitre n’a pas pu être chargé.',
	embedNotice: 'Certains réglages du lien de cette intégration n’ont pas pu être lus ({names})\u00a0; elle affiche les valeurs par défaut.',
	embedNoticeClose: 'Fermer',
};
