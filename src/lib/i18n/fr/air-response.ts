// French messages for air support: reported and computed response times, the what-if controls.
import type { TranslationOf } from '../message-types';
import type { airResponse as english } from '../en/air-response';

export const airResponse: TranslationOf<typeof english> = {
	minutesAfter: '{minutes}\u00a0min après {event}',
	base: 'Base',
	aircraft: 'Appareil',
	resetToReported: 'Revenir au cas rapporté',
	overTargetComputed: 'sur zone (calcul)',
	surfaceAssumption: 'Cercles et carte supposent un {aircraft} à {speed}\u00a0km/h depuis chaque base, {takeOff}.',
	surfaceTakeOffNow: 'décollant dès l’alerte (aucun temps au sol)',
	surfaceTakeOffAfter: 'décollant {minutes}\u00a0min après l’alerte (son temps au sol)',
};
