import { describe, expect, it } from 'vitest';
import type { TollReport } from '../scenario/schema';
import type { Band } from './band';
import { type TotalsPolicy } from './claim-rule';
import { tollBand } from './toll-steps';
import { value, range, moreThan, toll, on, own, opponent, band, none } from '../../../tests/unit/toll-fixtures';

// --- tollBand ------------------------------------------------------------------

describe('tollBand', () => {
	const cases: { name: string; reports: TollReport[]; policy: TotalsPolicy; expected: Band }[] = [
		{ name: 'first of two values', reports: [value(25), value(89)], policy: 'first', expected: band(25) },
		{ name: 'latest of two values', reports: [value(25), value(89)], policy: 'latest', expected: band(89) },
		{ name: 'one source’s later figure replaces its earlier one', reports: [value(25), value(89)], policy: 'range', expected: band(89) },
		{ name: 'two bodies disagree', reports: [own('a', value(25)), own('b', value(89))], policy: 'range', expected: band(25, 89) },
		{ name: 'a first report that is a range', reports: [range(10, 20), value(15)], policy: 'first', expected: band(10, 20) },
		{ name: 'range over ranges and values', reports: [own('a', range(10, 20)), own('b', value(8)), own('c', range(12, 30))], policy: 'range', expected: band(8, 30) },
		{ name: 'a body lowers its own toll', reports: [own('a', value(30)), own('a', value(20))], policy: 'range', expected: band(20) },
		{ name: '"at least" at the highest figure', reports: [own('a', value(25)), own('b', value(89, true))], policy: 'range', expected: band(25, 89, true) },
		{ name: '"at least" below a higher figure', reports: [own('a', value(25, true)), own('b', value(89))], policy: 'range', expected: band(25, 89) },
		{ name: '"at least" kept by first', reports: [value(25, true), value(89)], policy: 'first', expected: band(25, 25, true) },
		{ name: '"at least 89" then "89"', reports: [own('a', value(25)), own('b', value(89, true)), own('a', value(89))], policy: 'range', expected: band(89) },
		{ name: '"89" then "at least 89"', reports: [own('a', value(89)), own('b', value(89, true))], policy: 'range', expected: band(89, 89, true) },
		{ name: '"more than" at the highest figure', reports: [own('a', value(71)), own('b', moreThan(100))], policy: 'range', expected: band(71, 100, true, true) },
		{ name: 'a single report', reports: [value(4)], policy: 'latest', expected: band(4) }
	];
	it.each(cases)('$name ($policy)', ({ reports, policy, expected }) => {
		expect(tollBand(reports, policy, 'counted')).toEqual(expected);
	});

	it('keeps the opponent’s claims out of the counted band, and says "none reported" without a report', () => {
		const reports = [own('army', value(71)), opponent('group', moreThan(100))];
		expect(tollBand(reports, 'latest', 'counted')).toEqual(band(71));
		expect(tollBand(reports, 'latest', 'opponent')).toEqual(band(100, 100, true, true));
		expect(tollBand([opponent('group', value(5))], 'range', 'counted')).toEqual(none());
	});

	it('fails loudly on a bad policy or no reports', () => {
		expect(() => tollBand([value(1)], 'median' as TotalsPolicy, 'counted')).toThrow('invalid policy: median');
		expect(() => tollBand([], 'first', 'counted')).toThrow('invalid toll');
	});
});
