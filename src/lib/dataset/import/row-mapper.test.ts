import { describe, expect, it } from 'vitest';
import { ACLED_COLUMNS, UCDP_COLUMNS, acledRecord, ucdpRecord } from '../synthetic-csv';
import { syntheticEvents } from '../synthetic';
import { detectPreset } from './preset';
import { rowMapper } from './row-mapper';

const acledHeader = [...ACLED_COLUMNS];
const acled = rowMapper(acledHeader, detectPreset(acledHeader), 'unknown');
const ucdpHeader = [...UCDP_COLUMNS];
const ucdp = rowMapper(ucdpHeader, detectPreset(ucdpHeader), 'unknown');

/** An ACLED row with these columns changed. */
function acledRow(values: Partial<Record<(typeof ACLED_COLUMNS)[number], string>>): string[] {
	const base: Record<string, string> = {
		event_id_cnty: 'SYN-MLI1', event_date: '2019-03-10', time_precision: '1', event_type: 'Battles',
		actor1: 'A', actor2: '', country: 'Mali', admin1: 'Mopti', location: 'Somewhere', latitude: '14.5',
		longitude: '-4.2', geo_precision: '1', fatalities: '0', notes: 'Synthetic, not real', source: 'Synthetic'
	};
	return ACLED_COLUMNS.map((c) => values[c] ?? base[c] ?? '');
}

// 2019-03-10 is day 17,965 (counted by hand from 2019-01-01 = 17,897, plus 31 + 28 + 9).
const MAR_10 = 17_965 * 86_400_000;
const DAY = 86_400_000;

describe('rowMapper, ACLED', () => {
	it('maps a day-precise row; fatalities 0 stays 0', () => {
		const r = acled(acledRow({}), 1);
		expect(r.ok && r.event).toMatchObject({
			id: 'SYN-MLI1', start: MAR_10, end: MAR_10 + DAY - 1, timePrecision: 'day', lat: 14.5, lon: -4.2,
			geoPrecision: 'exact', eventType: 'Battles', actor2: undefined, fatalities: 0, fatalitiesLow: null
		});
	});
	it('turns a week (its middle day) and a month into spans', () => {
		const week = acled(acledRow({ time_precision: '2' }), 1);
		expect(week.ok && [week.event.start, week.event.end]).toEqual([MAR_10 - 3 * DAY, MAR_10 + 4 * DAY - 1]);
		const month = acled(acledRow({ time_precision: '3', geo_precision: '3' }), 1);
		expect(month.ok && [month.event.start, month.event.end, month.event.geoPrecision]).toEqual([
			Date.UTC(2019, 2, 1), Date.UTC(2019, 3, 1) - 1, 'region'
		]);
	});
	it('reports every problem of a row with its column', () => {
		expect(acled(acledRow({ latitude: '191.2', event_date: 'someday', fatalities: '-1' }), 7)).toEqual({
			ok: false,
			problems: [
				{ row: 7, column: 'latitude', code: 'outOfRange', value: '191.2', expected: '−90…90' },
				{ row: 7, column: 'event_date', code: 'dateUnparsable', value: 'someday', expected: '' },
				{ row: 7, column: 'fatalities', code: 'negative', value: '-1', expected: '' }
			]
		});
		expect(acled(['SYN-1', '2019-03-10'], 3)).toEqual({
			ok: false,
			problems: [{ row: 3, column: '', code: 'ragged', value: '2', expected: '31' }]
		});
		const infinite = acled(acledRow({ fatalities: 'Infinity', longitude: 'east' }), 5);
		expect(!infinite.ok && infinite.problems.map((p) => `${p.column} ${p.code}`)).toEqual(['longitude notANumber', 'fatalities notANumber']);
		const empty = acled(acledRow({ longitude: '' }), 2);
		expect(!empty.ok && empty.problems[0]).toMatchObject({ column: 'longitude', code: 'missing' });
	});
	it('gives the synthetic generator’s events back from its ACLED rows', () => {
		for (const event of syntheticEvents({ count: 100, seed: 3 })) {
			const r = acled(acledRecord(event).map(String), 1);
			if (!r.ok) throw new Error(JSON.stringify(r.problems));
			// ACLED has no year precision and no "country" place precision (3 is region).
			expect(r.event).toMatchObject({ id: event.id, start: event.start, end: event.end, timePrecision: event.timePrecision, fatalities: event.fatalities });
			expect(r.event.lat).toBeCloseTo(event.lat, 4);
		}
	});
});

describe('rowMapper, UCDP GED', () => {
	it('keeps best, low and high and the span of date_start…date_end', () => {
		for (const event of syntheticEvents({ count: 100, seed: 4, ucdp: true })) {
			const r = ucdp(ucdpRecord(event).map(String), 1);
			if (!r.ok) throw new Error(JSON.stringify(r.problems));
			expect(r.event).toMatchObject({
				id: event.id, start: event.start, end: event.end, timePrecision: event.timePrecision, geoPrecision: event.geoPrecision,
				fatalities: event.fatalities, fatalitiesLow: event.fatalitiesLow ?? event.fatalities, fatalitiesHigh: event.fatalitiesHigh ?? event.fatalities
			});
			expect(r.event.eventType).toMatch(/^(State-based conflict|Non-state conflict|One-sided violence)$/);
		}
	});
});

describe('rowMapper, generic', () => {
	it('reads dd/mm/yyyy by the order given, a decimal comma, and names ambiguous dates', () => {
		const header = ['date', 'lat', 'lon'];
		const map = (order: 'dmy' | 'unknown') => rowMapper(header, detectPreset(header), order);
		const r = map('dmy')(['10/03/2019', '14,5', '-4,2'], 1);
		expect(r.ok && [r.event.start, r.event.lat, r.event.lon, r.event.id, r.event.fatalities]).toEqual([MAR_10, 14.5, -4.2, 'row 1', null]);
		expect(map('unknown')(['10/03/2019', '1', '1'], 4)).toEqual({
			ok: false,
			problems: [{ row: 4, column: 'date', code: 'dateAmbiguous', value: '10/03/2019', expected: '' }]
		});
	});
});
