import { describe, expect, it } from 'vitest';
import { sahelMap } from '../map/sahel-topology';
import { countryName } from './country-names';

// The hand-written names the map showed before Intl.DisplayNames replaced them: Intl must say the same.
const BEFORE: [id: string, en: string, fr: string][] = [
	['466', 'Mali', 'Mali'],
	['562', 'Niger', 'Niger'],
	['854', 'Burkina Faso', 'Burkina Faso'],
	['012', 'Algeria', 'Algérie'],
	['478', 'Mauritania', 'Mauritanie'],
	['686', 'Senegal', 'Sénégal'],
	['324', 'Guinea', 'Guinée'],
	['384', 'Côte d’Ivoire', 'Côte d’Ivoire'],
	['288', 'Ghana', 'Ghana'],
	['768', 'Togo', 'Togo'],
	['204', 'Benin', 'Bénin'],
	['566', 'Nigeria', 'Nigeria'],
	['148', 'Chad', 'Tchad'],
	['434', 'Libya', 'Libye'],
	['732', 'Western Sahara', 'Sahara occidental'],
	['504', 'Morocco', 'Maroc'],
	['788', 'Tunisia', 'Tunisie'],
	['729', 'Sudan', 'Soudan'],
	['140', 'Central African Republic', 'République centrafricaine'],
	['120', 'Cameroon', 'Cameroun'],
	['270', 'Gambia', 'Gambie'],
	['624', 'Guinea-Bissau', 'Guinée-Bissau'],
	['694', 'Sierra Leone', 'Sierra Leone'],
	['430', 'Liberia', 'Liberia'],
	['818', 'Egypt', 'Égypte']
];

describe('countryName', () => {
	it.each(BEFORE)('%s → %s / %s', (id, en, fr) => {
		expect(countryName(id, 'en')).toBe(en);
		expect(countryName(id, 'fr')).toBe(fr);
	});

	it('names every country on the map', () => {
		for (const { id } of sahelMap.countries) expect(countryName(id, 'en'), id).not.toBe(id);
	});

	it('shows an id it has no code for as is', () => {
		expect(countryName('999', 'fr')).toBe('999');
	});
});
