import { describe, expect, it } from 'vitest';
import { buildEventTable, type EventRow } from './build-table';
import { stringAt } from './event-table';
import { filterRows, isFilterEmpty, NO_FILTER, subsetTable, type EventFilter } from './event-filter';

const DAY = 86_400_000;
const rows: EventRow[] = [
	{ id: 'a', start: 1 * DAY, lon: 1, lat: 14, eventType: 'Battles', country: 'Mali', actor1: 'JNIM', actor2: 'Military Forces of Mali', fatalities: 12, notes: 'first' },
	{ id: 'b', start: 2 * DAY, lon: 2, lat: 14, eventType: 'Riots', country: 'Niger', actor1: 'Rioters (Niger)', fatalities: 0 },
	{ id: 'c', start: 3 * DAY, lon: 3, lat: 14, eventType: 'Battles', country: 'Niger', actor1: 'ISGS', actor2: 'Military Forces of Niger', fatalities: null },
	{ id: 'd', start: 4 * DAY, lon: 4, lat: 14, eventType: 'Explosions/Remote violence', country: 'Burkina Faso', actor1: 'JNIM', fatalities: 3, notes: 'último' }
];
const table = buildEventTable(rows, { name: 'filters', countingRule: 'as given', synthetic: true });
const ids = (filter: Partial<EventFilter>) => [...filterRows(table, { ...NO_FILTER, ...filter })].map((r) => stringAt(table.id, r));

describe('filterRows', () => {
	it('keeps every row without a filter', () => {
		expect(isFilterEmpty(NO_FILTER)).toBe(true);
		expect(ids({})).toEqual(['a', 'b', 'c', 'd']);
	});
	it('filters by types and countries, each a list of names', () => {
		expect(ids({ types: ['Battles'] })).toEqual(['a', 'c']);
		expect(ids({ types: ['Battles', 'Riots'], countries: ['Niger'] })).toEqual(['b', 'c']);
		expect(ids({ types: ['Protests'] })).toEqual([]);
	});
	it('finds an actor by any part of either name, in any case', () => {
		expect(ids({ actor: 'jnim' })).toEqual(['a', 'd']);
		expect(ids({ actor: 'forces of ni' })).toEqual(['c']);
	});
	it('keeps a range of deaths, leaving out events with no figure (not 0)', () => {
		expect(ids({ deaths: { min: 0, max: 5 } })).toEqual(['b', 'd']);
		expect(ids({ deaths: { min: 10, max: null } })).toEqual(['a']);
		expect(ids({ deaths: { min: null, max: 100 } })).toEqual(['a', 'b', 'd']);
	});
});

describe('subsetTable', () => {
	it('is the chosen rows with every column, text included', () => {
		const subset = subsetTable(table, filterRows(table, { ...NO_FILTER, actor: 'JNIM' }));
		expect(subset.length).toBe(2);
		expect([stringAt(subset.id, 0), stringAt(subset.id, 1)]).toEqual(['a', 'd']);
		expect([stringAt(subset.notes, 0), stringAt(subset.notes, 1)]).toEqual(['first', 'último']);
		expect([...subset.start]).toEqual([DAY, 4 * DAY]);
		expect([...subset.fatalities]).toEqual([12, 3]);
		expect(subset.dictionaries.eventTypes[subset.eventType[1]!]).toBe('Explosions/Remote violence');
	});
});
