// Every UI string, in English and French. French must have every English key (checked by the type).

export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

const en = {
	appTitle: 'Sahel Timeline',
	appDescription:
		'An interactive timeline and simulation of armed attacks in the Mali–Niger–Burkina Faso border region, 2017–2020: movements, air-support response times and casualties, with every number sourced.',
	mapLabel: 'Map of the Sahel: Mali, Niger, Burkina Faso and their neighbours',
	mapDescription:
		'The Liptako–Gourma tri-border area, where Mali, Niger and Burkina Faso meet, is outlined. Use + and − to zoom, arrow keys to pan, 0 to reset.',
	zoomIn: 'Zoom in',
	zoomOut: 'Zoom out',
	zoomReset: 'Reset map view',
	mapControls: 'Map controls',
	scaleBar: 'Scale: {km} km',
	language: 'Language',
	languageName: 'English',
	switchTo: 'Français',
	switchToLabel: 'Passer en français',
	skipToTimeline: 'Skip to the timeline',
	noticeDismiss: 'Dismiss',
	invalidParam: 'Ignored the URL parameter “{name}”: {reason}',
	capital: 'capital',
	time: 'Time',
	timeKeys:
		'Left and right arrows step through time, Page Up and Page Down step further, Home and End go to the ends of the window, + and − zoom the window.',
	timeline: 'Timeline',
	overviewLabel: 'Overview of the whole period; drag to choose the window shown above',
	playback: 'Playback',
	play: 'Play',
	pause: 'Pause',
	previousEvent: 'Previous event',
	nextEvent: 'Next event',
	speed: 'Speed',
	zoomOutTime: 'Whole period',
	toll_security_killed: 'Security forces killed',
	toll_security_wounded: 'Security forces wounded',
	toll_security_missing: 'Security forces missing',
	toll_attackers_killed: 'Attackers killed',
	toll_attackers_wounded: 'Attackers wounded',
	toll_attackers_missing: 'Attackers missing',
	toll_civilians_killed: 'Civilians killed',
	toll_civilians_wounded: 'Civilians wounded',
	toll_civilians_missing: 'Civilians missing',
	tollsCaption: 'Tolls by side, each report with its source and date',
	tollWho: 'Who',
	tollReports: 'Reports, in order',
	tollsHeading: 'Tolls as reported',
	estimate: 'estimate',
	reportedOn: 'reported {date}',
	precision_minute: 'Time known to the minute',
	'precision_hour': 'Time known to the hour',
	'precision_part-of-day': 'Time known only to the part of the day',
	precision_day: 'Only the day is known',
	place_approximate: 'approximate position',
	place_estimate: 'estimated position',
	disputed: 'Disputed',
	claimedBy: 'Claimed by {who}:',
	deniedBy: 'Denied by {who}:',
	sourcesHeading: 'Sources',
	closeIncident: 'Close and show the whole period',
	incidentsHeading: 'Incidents',
	incidentsHint: 'Choose an incident here, on the map or on the timeline to read its details and sources.',
} as const;

export type MessageKey = keyof typeof en;
type Messages = Record<MessageKey, string>;

const fr: Messages = {
	appTitle: 'Sahel Timeline',
	appDescription:
		'Chronologie interactive et simulation des attaques armées dans la zone frontalière Mali–Niger–Burkina Faso, 2017–2020 : déplacements, délais d’intervention aérienne et victimes, chaque chiffre sourcé.',
	mapLabel: 'Carte du Sahel : Mali, Niger, Burkina Faso et pays voisins',
	mapDescription:
		'La zone des trois frontières du Liptako–Gourma, où se rejoignent le Mali, le Niger et le Burkina Faso, est soulignée. Touches + et − pour zoomer, flèches pour se déplacer, 0 pour revenir à la vue initiale.',
	zoomIn: 'Zoomer',
	zoomOut: 'Dézoomer',
	zoomReset: 'Revenir à la vue initiale',
	mapControls: 'Commandes de la carte',
	scaleBar: 'Échelle : {km} km',
	language: 'Langue',
	languageName: 'Français',
	switchTo: 'English',
	switchToLabel: 'Switch to English',
	skipToTimeline: 'Aller à la chronologie',
	noticeDismiss: 'Fermer',
	invalidParam: 'Paramètre d’URL « {name} » ignoré : {reason}',
	capital: 'capitale',
	time: 'Temps',
	timeKeys:
		'Les flèches gauche et droite avancent ou reculent dans le temps, Page précédente et Page suivante par plus grands pas, Début et Fin vont aux bornes de la fenêtre, + et − zooment la fenêtre.',
	timeline: 'Chronologie',
	overviewLabel: 'Vue d’ensemble de toute la période ; faites glisser pour choisir la fenêtre affichée au-dessus',
	playback: 'Lecture',
	play: 'Lire',
	pause: 'Pause',
	previousEvent: 'Événement précédent',
	nextEvent: 'Événement suivant',
	speed: 'Vitesse',
	zoomOutTime: 'Toute la période',
	toll_security_killed: 'Forces de sécurité tuées',
	toll_security_wounded: 'Forces de sécurité blessées',
	toll_security_missing: 'Forces de sécurité disparues',
	toll_attackers_killed: 'Assaillants tués',
	toll_attackers_wounded: 'Assaillants blessés',
	toll_attackers_missing: 'Assaillants disparus',
	toll_civilians_killed: 'Civils tués',
	toll_civilians_wounded: 'Civils blessés',
	toll_civilians_missing: 'Civils disparus',
	tollsCaption: 'Bilans par camp, chaque rapport avec sa source et sa date',
	tollWho: 'Qui',
	tollReports: 'Rapports, dans l’ordre',
	tollsHeading: 'Bilans rapportés',
	estimate: 'estimation',
	reportedOn: 'rapporté le {date}',
	precision_minute: 'Heure connue à la minute',
	'precision_hour': 'Heure connue à l’heure près',
	'precision_part-of-day': 'Seul le moment de la journée est connu',
	precision_day: 'Seul le jour est connu',
	place_approximate: 'position approximative',
	place_estimate: 'position estimée',
	disputed: 'Contesté',
	claimedBy: 'Affirmé par {who} :',
	deniedBy: 'Démenti par {who} :',
	sourcesHeading: 'Sources',
	closeIncident: 'Fermer et revenir à toute la période',
	incidentsHeading: 'Incidents',
	incidentsHint: 'Choisissez un incident ici, sur la carte ou sur la chronologie pour lire ses détails et ses sources.',
};

export const messages: Record<Lang, Messages> = { en, fr };

/** Country names by ISO 3166-1 numeric id, as the map's features carry them. */
export const countryNames: Record<Lang, Record<string, string>> = {
	en: {
		'466': 'Mali', '562': 'Niger', '854': 'Burkina Faso', '012': 'Algeria', '478': 'Mauritania',
		'686': 'Senegal', '324': 'Guinea', '384': 'Côte d’Ivoire', '288': 'Ghana', '768': 'Togo',
		'204': 'Benin', '566': 'Nigeria', '148': 'Chad', '434': 'Libya', '732': 'Western Sahara',
		'504': 'Morocco', '788': 'Tunisia', '729': 'Sudan', '140': 'Central African Republic',
		'120': 'Cameroon', '270': 'Gambia', '624': 'Guinea-Bissau', '694': 'Sierra Leone',
		'430': 'Liberia', '818': 'Egypt'
	},
	fr: {
		'466': 'Mali', '562': 'Niger', '854': 'Burkina Faso', '012': 'Algérie', '478': 'Mauritanie',
		'686': 'Sénégal', '324': 'Guinée', '384': 'Côte d’Ivoire', '288': 'Ghana', '768': 'Togo',
		'204': 'Bénin', '566': 'Nigeria', '148': 'Tchad', '434': 'Libye', '732': 'Sahara occidental',
		'504': 'Maroc', '788': 'Tunisie', '729': 'Soudan', '140': 'République centrafricaine',
		'120': 'Cameroun', '270': 'Gambie', '624': 'Guinée-Bissau', '694': 'Sierra Leone',
		'430': 'Liberia', '818': 'Égypte'
	}
};

/** Fills `{name}` placeholders; a missing parameter is left visible rather than silently dropped. */
export function format(template: string, params: Record<string, string | number> = {}): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}

export function message(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
	return format(messages[lang][key], params);
}
