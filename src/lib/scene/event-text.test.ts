import { describe, expect, it } from 'vitest';
import { buildEventTable } from '../dataset/build-table';
import { stringAt } from '../dataset/event-table';
import { syntheticEvents, syntheticEventTable } from '../dataset/synthetic';
import { eventCells, eventDetails, formatDeaths } from './event-text';

describe('eventCells and eventDetails on synthetic events, against the generator’s own rows', () => {
	const options = { count: 2000, seed: 31 };
	const table = syntheticEventTable(options);
	const byId = new Map([...syntheticEvents(options)].map((e) => [e.id, e]));

	it('say each row’s type, place, actors, deaths, source and notes as the generator made them', () => {
		// Compared as two lists in one assertion: thousands of expect() calls cost seconds.
		const actual = [];
		const expected = [];
		for (let row = 0; row < table.length; row++) {
			const e = byId.get(stringAt(table.id, row))!;
			const { date: _date, ...cells } = eventCells(table, row, 'en');
			const details = eventDetails(table, row, 'fr');
			actual.push({ ...cells, id: details.id, notes: details.notes, precision: details.precision, geoPrecision: details.geoPrecision, actor1: details.actor1, actor2: details.actor2, lon: Number(details.lon.replace(',', '.')), lat: Number(details.lat.replace(',', '.')) });
			const estimated = e.fatalitiesLow != null && !(e.fatalitiesLow === e.fatalities && e.fatalitiesHigh === e.fatalities);
			expected.push({
				type: e.eventType,
				place: [e.location, e.admin1, e.country].filter((s, i, all) => s && all.indexOf(s) === i).join(', '),
				actors: e.actor2 ? `${e.actor1} — ${e.actor2}` : e.actor1,
				deaths: estimated ? `${e.fatalities} (estimates ${e.fatalitiesLow}–${e.fatalitiesHigh})` : String(e.fatalities),
				source: 'Synthetic',
				id: e.id,
				notes: e.notes,
				precision: e.timePrecision,
				geoPrecision: e.geoPrecision,
				actor1: e.actor1,
				actor2: e.actor2,
				// The generator rounds to 4 decimals, as the details show them.
				lon: e.lon,
				lat: e.lat
			});
		}
		expect(actual).toEqual(expected);
	});
});

describe('formatDeaths', () => {
	it('says "none reported" where no figure was given, never 0, and 0 where 0 was', () => {
		expect(formatDeaths(NaN, NaN, NaN, 'en')).toBe('none reported');
		expect(formatDeaths(NaN, 3, 9, 'fr')).toBe('aucun rapporté');
		expect(formatDeaths(0, NaN, NaN, 'en')).toBe('0');
		expect(formatDeaths(1250, 1000, 1500, 'en')).toBe('1,250 (estimates 1,000–1,500)');
		expect(formatDeaths(12, 12, 12, 'fr')).toBe('12');
	});

	it('reads the table’s NaN as none reported in a row’s cells', () => {
		const table = buildEventTable(
			[
				{ id: 'a', start: 0, lon: 1, lat: 14, fatalities: null },
				{ id: 'b', start: 1, lon: 1, lat: 14, fatalities: 0 }
			],
			{ name: 't', countingRule: 't', synthetic: true }
		);
		expect([eventCells(table, 0, 'en').deaths, eventCells(table, 1, 'en').deaths]).toEqual(['none reported', '0']);
	});
});
