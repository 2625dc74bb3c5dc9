// French messages for the air-support panel: the sortie's figures, the gap between the reported and the computed times, the what-if (on demand: i18n/on-demand/simulation-panel).
import type { TranslationOf } from '../message-types';
import type { simulationPanel as english } from '../en/simulation-panel';

export const simulationPanel: TranslationOf<typeof english> = {
	airSupport: 'Appui aérien',
	reportedTimes: 'Selon les sources',
	computedTimes: 'Selon le calcul',
	stage_alert: 'Alerte',
	stage_takeoff: 'Décollage',
	stage_overTarget: 'Sur zone',
	event_alert: 'l’alerte',
	event_takeoff: 'le décollage',
	'event_attack-start': 'le début de l’attaque',
	minutesAfterUnstated: '{minutes}\u00a0min (point de départ non précisé\u00a0; lu ici comme après {event})',
	computedSummary:
		'{km}\u00a0km à vol d’oiseau (orthodromie). {scramble}\u00a0min au sol + {flight}\u00a0min en vol = {total}\u00a0min après l’alerte\u00a0: sur zone à {arrival}.',
	'gap_flight-only-fits':
		'Être sur zone {minutes}\u00a0min après l’appel suppose {required}\u00a0km/h sur {km}\u00a0km\u00a0: à peu près la vitesse de croisière ({cruise}\u00a0km/h). Cela ne tient que comme temps de vol depuis le décollage, ou avec des avions déjà en vol, pas avec un temps au sol.',
	'gap_needs-above-cruise':
		'Être sur zone {minutes}\u00a0min après l’appel suppose {required}\u00a0km/h sur {km}\u00a0km, plus que la vitesse de croisière ({cruise}\u00a0km/h)\u00a0: seulement avec des avions déjà en vol et rapides.',
	'gap_beyond-max-speed': 'Être sur zone {minutes}\u00a0min après l’appel exigerait {required}\u00a0km/h sur {km}\u00a0km, au-delà de la vitesse maximale de cet appareil.',
	'gap_fits-with-ground-time':
		'Être sur zone {minutes}\u00a0min après l’appel est plausible\u00a0: à {cruise}\u00a0km/h, les {km}\u00a0km prennent moins, ce qui laisse environ {ground}\u00a0min pour décoller.',
	gapAnchorAssumed: 'Ce calcul suppose que le délai court à partir de {event}\u00a0; la source ne précise pas à partir de quand.',
	whatIf: 'Et si…',
	scrambleDelay: 'Délai avant décollage',
	minutesValue: '{minutes}\u00a0min',
	speedValue: '{speed}\u00a0km/h',
	cruiseSpeed: 'Vitesse de croisière',
	cruiseIsEstimate: 'La vitesse de croisière du {name} est une estimation.',
	delayAssumed: 'Aucune source ne donne d’heure de décollage\u00a0: le cas rapporté ne suppose aucun temps au sol, c’est donc l’arrivée la plus précoce possible.',
	arrivalAnnouncement: 'Arrivée calculée sur zone\u00a0: {arrival}',
};
