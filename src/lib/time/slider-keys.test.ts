import { describe, expect, it } from 'vitest';
import { zoneNamed } from './local-time';
import { sliderKeyAction } from './slider-keys';

const niamey = zoneNamed('Africa/Niamey', Date.UTC(2017, 0, 1)); // UTC+1, no daylight saving
const at = (iso: string) => Date.parse(iso);

describe('sliderKeyAction', () => {
	// The seed's whole period: about 936 days.
	const whole = { from: at('2017-06-24T00:00Z'), to: at('2020-01-16T13:00Z') };
	const inates = at('2019-12-10T14:00Z'); // a Tuesday, 15:00 in Niamey

	it.each([
		// An arrow steps a week, to the local midnight starting a Sunday (23:00 UTC the day before).
		['ArrowRight', at('2019-12-14T23:00Z')],
		['ArrowUp', at('2019-12-14T23:00Z')],
		['ArrowLeft', at('2019-12-07T23:00Z')],
		['ArrowDown', at('2019-12-07T23:00Z')],
		// A page key, a quarter: to 1 January or 1 October, local midnight.
		['PageUp', at('2019-12-31T23:00Z')],
		['PageDown', at('2019-09-30T23:00Z')],
		['Home', whole.from],
		['End', whole.to]
	])('over the whole period, %s from Inates goes to a round local time', (key, seek) => {
		expect(sliderKeyAction(key, inates, whole, niamey)).toEqual({ seek });
	});

	// Ten hours around Chinagodrar: an arrow steps five minutes, a page key an hour.
	const attack = { from: at('2020-01-09T10:00Z'), to: at('2020-01-09T20:00Z') };
	it.each([
		['ArrowRight', at('2020-01-09T12:35Z')],
		['ArrowLeft', at('2020-01-09T12:30Z')],
		['PageUp', at('2020-01-09T13:00Z')],
		['PageDown', at('2020-01-09T12:00Z')]
	])('inside an attack, %s from 12:33 goes to a round time', (key, seek) => {
		expect(sliderKeyAction(key, at('2020-01-09T12:33Z'), attack, niamey)).toEqual({ seek });
	});

	it('leaves a round time for the next one, and stops at the ends of the window', () => {
		expect(sliderKeyAction('ArrowRight', at('2020-01-09T12:35Z'), attack, niamey)).toEqual({ seek: at('2020-01-09T12:40Z') });
		expect(sliderKeyAction('ArrowRight', attack.to, attack, niamey)).toEqual({ seek: attack.to });
		expect(sliderKeyAction('PageDown', attack.from, attack, niamey)).toEqual({ seek: attack.from });
		expect(sliderKeyAction('ArrowLeft', attack.from + 60_000, attack, niamey)).toEqual({ seek: attack.from });
	});

	it('zooms with + and −', () => {
		expect(sliderKeyAction('+', inates, whole, niamey)).toEqual({ zoomBy: 0.5 });
		expect(sliderKeyAction('=', inates, whole, niamey)).toEqual({ zoomBy: 0.5 });
		expect(sliderKeyAction('-', inates, whole, niamey)).toEqual({ zoomBy: 2 });
	});

	it('leaves other keys to the page', () => {
		for (const key of ['Tab', 'Enter', ' ', 'a', 'Escape']) expect(sliderKeyAction(key, inates, whole, niamey)).toBeNull();
	});
});
