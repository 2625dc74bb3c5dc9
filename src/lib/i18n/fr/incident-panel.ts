// French messages for an attack's panel: its toll reports, their sources and how each was counted (on demand: i18n/on-demand/incident-panel).
import type { TranslationOf } from '../message-types';
import type { incidentPanel as english } from '../en/incident-panel';

export const incidentPanel: TranslationOf<typeof english> = {
	tollsCaption: 'Bilans par camp, chaque rapport avec sa source et sa date',
	tollWho: 'Qui',
	tollReports: 'Rapports, dans l’ordre',
	tollsHeading: 'Bilans rapportés',
	claimBy_own: 'chiffre de son propre camp',
	claimBy_opponent: 'affirmation du camp adverse',
	claimBy_independent: 'indépendant',
	tollSuperseded: 'remplacé par un chiffre ultérieur de la même autorité',
	precision_minute: 'Heure connue à la minute',
	'precision_hour': 'Heure connue à l’heure près',
	'precision_part-of-day': 'Seul le moment de la journée est connu',
	precision_day: 'Seul le jour est connu',
	place_approximate: 'position approximative',
	place_estimate: 'position estimée',
	sourcesHeading: 'Sources',
	closeIncident: 'Fermer et revenir à toute la période',
	incidentsHeading: 'Incidents',
	incidentsHint: 'Choisissez un incident ici, sur la carte ou sur la chronologie pour lire ses détails et ses sources.',
};
