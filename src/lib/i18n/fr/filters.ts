// French messages for event filters.
import type { TranslationOf } from '../message-types';
import type { filters as english } from '../en/filters';

export const filters: TranslationOf<typeof english> = {
	filtersHeading: 'Filtrer les événements',
	filtersMatch: '{shown} événements sur {total} correspondent.',
	filterTypes: 'Type d’événement',
	filterCountries: 'Pays',
	filterActor: 'Le nom d’un acteur contient',
	filterDeaths: 'Morts',
	filterDeathsMin: 'Au moins',
	filterDeathsMax: 'Au plus',
	filterDeathsNote: 'Avec un intervalle de morts, les événements sans chiffre rapporté sont écartés\u00a0: «\u00a0aucun rapporté\u00a0» n’est pas 0.',
	filterClear: 'Effacer les filtres',
};
