// French messages for event layers shown from a page's first load: context events, the synthetic note, the legend's steps and the events' deaths beside the story's.
import type { TranslationOf } from '../message-types';
import type { events as english } from '../en/events';

export const events: TranslationOf<typeof english> = {
	contextHeading: 'Contexte',
	contextCardHint: 'Cliquez pour le lire dans l’onglet Attaques',
	eventsSynthetic: 'Données synthétiques, générées pour les tests\u00a0: ce ne sont pas des événements réels.',
	eventsLegendStep: 'de {from} à {to}',
	eventsLegendLast: '{from} ou plus',
	eventDeathsHeading: 'Jeu d’événements, compté à part du récit',
	eventDeathsLine: '{name}\u00a0: {killed} dans {events} depuis le {first}, jusqu’au {time} ({rule})\u00a0; {unreported}.',
	eventDeathsNoEvents: '{name}\u00a0: aucun événement commencé jusqu’au {time}.',
	eventDeathsNoneReported: '{name}\u00a0: aucun bilan rapporté dans {events} depuis le {first}, jusqu’au {time} ({rule}).',
	eventDeathsKilled_one: '{n} mort',
	eventDeathsKilled_other: '{n} morts',
	eventDeathsEvents_one: '{n} événement commencé',
	eventDeathsEvents_other: '{n} événements commencés',
	eventDeathsUnreported_one: '{n} événement sans bilan rapporté',
	eventDeathsUnreported_other: '{n} événements sans bilan rapporté',
	eventDeathsAnnounce: '{name}\u00a0: {killed} dans {events}.',
	eventDeathsApart: 'Jamais additionné aux totaux du récit ci-dessus\u00a0: une autre source, avec sa propre règle de décompte.',
	eventDeathsSynthetic: 'Données synthétiques, pas des événements réels\u00a0:',
	eventDeathsChartTitle: '{name}\u00a0: morts dans les événements commencés jusque-là (échelle propre)',
	eventDeathsLegend: 'Ligne du dessous\u00a0: {name}, compté à part, sur sa propre échelle',
	eventDeathsChartSummary: 'En dessous, sur sa propre échelle et compté à part, {name} ({rule})\u00a0: {start} dans les événements commencés jusqu’au {from}\u00a0; {end} jusqu’au {to}.',
	eventDeathsTooltip: 'Jeu d’événements (à part)',
	eventDeathsWithEstimates: '{deaths} (estimations\u00a0: {low}–{high})',
};
