// French messages for the printable handout.
import type { TranslationOf } from '../message-types';
import type { handout as english } from '../en/handout';

export const handout: TranslationOf<typeof english> = {
	printOpen: 'Imprimer le récit',
	handoutHeading: 'Imprimer le récit\u00a0: {title}',
	handoutIntro:
		'Une page par chapitre\u00a0: la carte à ce moment-là, le récit, les personnes tuées jusque-là avec la source et la date de chaque chiffre, et un code QR qui ouvre le chapitre dans la présentation. Les pages ci-dessous sont ce qui sera imprimé.',
	handoutPaper: 'Format du papier',
	paper_a4: 'A4',
	paper_letter: 'Lettre US',
	handoutPrint: 'Imprimer',
	handoutPrintHint: 'Imprimer ouvre la fenêtre d’impression du navigateur\u00a0; choisissez-y «\u00a0Enregistrer au format PDF\u00a0» pour obtenir un fichier.',
	handoutChapterOf: 'Chapitre {n} sur {total}',
	handoutMapCaption: 'La carte au {time}',
	handoutLiveView: 'Ce chapitre en direct\u00a0: scannez le code ou ouvrez',
};
