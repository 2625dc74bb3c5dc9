import { describe, expect, it } from 'vitest';
import { seed } from '../../../tests/unit/seed';
import { incident, on, own, toll, value } from '../../../tests/unit/toll-fixtures';
import { attackStretches, deadliestStretch } from './deadliest-stretch';

/** An attack with `n` killed; `revised`: a later report's date and figure. */
const killed = (start: string, n: number, revised?: [string, number]) =>
	incident(start, [toll('security', 'killed', own('a', value(n)), ...(revised ? [on(revised[0], own('a', value(revised[1])))] : []))]);

describe('attackStretches', () => {
	it('groups attacks whose gap is not far longer than the usual one, each group to its last report', () => {
		const stretches = attackStretches([
			killed('2020-01-01T10:00:00Z', 5),
			killed('2020-01-05T10:00:00Z', 1, ['2020-01-20', 3]),
			killed('2020-01-09T10:00:00Z', 2),
			// 171 days after the last: the usual gap is 4 days.
			killed('2020-06-28T10:00:00Z', 40)
		]);
		expect(stretches).toEqual([
			{ from: Date.parse('2020-01-01T10:00:00Z'), to: Date.parse('2020-01-20T00:00:00Z'), killed: 10 },
			{ from: Date.parse('2020-06-28T10:00:00Z'), to: Date.parse('2020-06-28T10:00:00Z'), killed: 40 }
		]);
	});

	it('keeps attacks a day apart together however close the others are', () => {
		const stretches = attackStretches([killed('2020-01-01T10:00:00Z', 1), killed('2020-01-01T10:00:00Z', 1), killed('2020-01-02T09:00:00Z', 1)]);
		expect(stretches).toHaveLength(1);
	});
});

describe('deadliestStretch', () => {
	const bounds = { from: Date.parse('2017-09-27T00:00:00Z'), to: Date.parse('2020-01-16T00:00:00Z') };

	it('finds the seed’s December 2019 – January 2020: Inates to Chinagodrar’s last report, more killed than in October 2017', () => {
		const stretch = deadliestStretch(seed.incidents, bounds);
		// Inates began 10 December 2019 at 15:00 (UTC+1); the government's 89 for Chinagodrar counts from 12 January 2020.
		expect(stretch).toEqual({ from: Date.parse('2019-12-10T14:00:00Z'), to: Date.parse('2020-01-11T23:00:00Z'), killed: 71 + 89 });
	});

	it('offers nothing when the attacks do not cluster, or there are none', () => {
		const spread = [killed('2020-01-01T10:00:00Z', 5), killed('2020-03-01T10:00:00Z', 5)];
		expect(deadliestStretch(spread, { from: Date.parse('2019-12-25T00:00:00Z'), to: Date.parse('2020-03-08T00:00:00Z') })).toBeNull();
		expect(deadliestStretch([], bounds)).toBeNull();
		// Equal tolls: the later stretch.
		const equal = [killed('2020-01-01T10:00:00Z', 5), killed('2020-01-02T10:00:00Z', 5), killed('2021-01-01T10:00:00Z', 5), killed('2021-01-02T10:00:00Z', 5)];
		expect(deadliestStretch(equal, { from: Date.parse('2019-12-01T00:00:00Z'), to: Date.parse('2021-02-01T00:00:00Z') })?.killed).toBe(10);
		expect(deadliestStretch(equal, { from: Date.parse('2019-12-01T00:00:00Z'), to: Date.parse('2021-02-01T00:00:00Z') })?.from).toBe(Date.parse('2021-01-01T10:00:00Z'));
	});
});
