// French messages for notices for URL parameters that were ignored.
import type { TranslationOf } from '../message-types';
import type { urlParams as english } from '../en/url-params';

export const urlParams: TranslationOf<typeof english> = {
	linkUnread_t: 'L’heure de ce lien n’a pas pu être lue\u00a0: le récit s’ouvre sur sa vue habituelle.',
	linkUnread_window: 'La période de ce lien n’a pas pu être lue\u00a0: toute la période est affichée.',
	linkUnread_outOfRange: 'L’heure de ce lien est hors du récit\u00a0: sa borne la plus proche est affichée.',
	linkUnread_focus: 'L’attaque que nomme ce lien n’est pas dans ce récit\u00a0: aucune n’est choisie.',
	linkUnread_lang: 'Ce lien demande une langue que l’application n’a pas\u00a0: celle du navigateur est utilisée.',
	linkUnread_map: 'Le cadrage de la carte de ce lien n’a pas pu être lu\u00a0: la carte montre son cadrage habituel.',
	linkUnreadDetail: '{reader} ({detail})',
	invalidParam: 'Paramètre d’URL «\u00a0{name}\u00a0» ignoré\u00a0: {reason}',
	paramNotInstant: 'pas une date-heure ISO 8601 avec son décalage, comme 2020-01-09T13:00:00+01:00',
	paramUnknownIncident: 'aucun incident n’a cet identifiant',
	paramUnknownLang: 'la langue doit être en ou fr',
	paramWindowOrder: '«\u00a0from\u00a0» doit précéder «\u00a0to\u00a0»',
	paramWindowIncomplete: '«\u00a0from\u00a0» et «\u00a0to\u00a0» vont ensemble',
	paramWindowShort: '«\u00a0from\u00a0» et «\u00a0to\u00a0» doivent être à au moins 20\u00a0minutes l’un de l’autre',
	paramOutOfRange: 'hors du scénario\u00a0: la borne la plus proche a été utilisée',
	paramBadMap: 'la longitude et la latitude du centre puis les kilomètres de large, comme 1.7,14.6,420 (longitude à ±180° au plus, latitude à ±80° au plus, de 1 à 10\u00a0000\u00a0km)',
	paramBadData: 'il doit désigner une table d’événements de ce site (ou d’une origine que le déploiement autorise), par un chemin ou une URL http(s)',
	paramBadNames: 'des noms séparés par |, aucun vide, au plus 50 de 200 caractères au plus',
	paramBadActor: 'un texte de 1 à 100 caractères',
	paramBadDeaths: 'un intervalle de nombres entiers de morts comme 5-100, 5- (5 ou plus) ou -100 (100 au plus), le plus petit d’abord',
};
