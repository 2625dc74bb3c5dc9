import { describe, expect, it } from 'vitest';
import { speedLabel } from './speed-label';
import { DAY, HOUR, MINUTE } from './time-window';

describe('speedLabel', () => {
	// The words the hand-written EN/FR table gave before Intl's units. Intl's French may keep the
	// number and the unit together with a no-break space.
	it.each([
		[MINUTE, '1 minute per second', '1 minute par seconde'],
		[15 * MINUTE, '15 minutes per second', '15 minutes par seconde'],
		[HOUR, '1 hour per second', '1 heure par seconde'],
		[6 * HOUR, '6 hours per second', '6 heures par seconde'],
		[DAY, '1 day per second', '1 jour par seconde'],
		[7 * DAY, '1 week per second', '1 semaine par seconde'],
		[30 * DAY, '1 month per second', '1 mois par seconde'],
		[90 * MINUTE, '90 minutes per second', '90 minutes par seconde']
	])('%i ms → %s', (step, en, fr) => {
		expect(speedLabel(step, 'en')).toBe(en);
		expect(speedLabel(step, 'fr').replace(/\u00a0/g, ' ')).toBe(fr);
	});
});
