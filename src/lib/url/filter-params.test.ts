import { describe, expect, it } from 'vitest';
import { NO_FILTER } from '../dataset/event-filter';
import { parseFilterParams, withFilterParams } from './filter-params';

const parse = (query: string) => parseFilterParams(new URLSearchParams(query));

describe('filter parameters', () => {
	it('read types and countries as |-separated names, an actor and a range of deaths', () => {
		expect(parse('type=Battles%7CExplosions%2FRemote+violence&country=Niger&actor=+JNIM+&deaths=5-100')).toEqual({
			filter: { types: ['Battles', 'Explosions/Remote violence'], countries: ['Niger'], actor: 'JNIM', deaths: { min: 5, max: 100 } },
			notices: []
		});
		expect(parse('deaths=5-').filter.deaths).toEqual({ min: 5, max: null });
		expect(parse('deaths=-0').filter.deaths).toEqual({ min: null, max: 0 });
		expect(parse('').filter).toEqual(NO_FILTER);
	});
	it('drop each bad value with a notice naming it, keeping the good ones', () => {
		for (const bad of ['deaths=-', 'deaths=100-5', 'deaths=five', 'deaths=1.5-2', 'deaths=-1-', 'deaths=12345678-']) {
			expect(parse(bad).notices, bad).toEqual([{ name: 'deaths' }]);
		}
		const { filter, notices } = parse(`type=Battles%7C%7CRiots&actor=${'x'.repeat(101)}&country=Mali`);
		expect(notices).toEqual([{ name: 'type' }, { name: 'actor' }]);
		expect(filter).toEqual({ ...NO_FILTER, countries: ['Mali'] });
		expect(parse(`type=${Array(51).fill('a').join('%7C')}`).notices).toEqual([{ name: 'type' }]);
		expect(parse('actor=+++').notices).toEqual([{ name: 'actor' }]);
	});
	it('write a filter that reads back the same, removing what is unset and keeping other parameters', () => {
		const filter = { types: ['Violence against civilians', 'Battles'], countries: ['Côte d’Ivoire'], actor: 'a|b & c', deaths: { min: null, max: 3 } };
		const written = withFilterParams(new URLSearchParams('lang=fr&deaths=1-2'), filter);
		expect(written.get('lang')).toBe('fr');
		expect(parseFilterParams(written)).toEqual({ filter, notices: [] });
		expect([...withFilterParams(written, NO_FILTER).keys()]).toEqual(['lang']);
	});
});
