import { describe, expect, it } from 'vitest';
import { type Tally, type TotalsPolicy } from './claim-rule';
import { createRunningTotals } from './running-totals';
import { incident, value, range, moreThan, toll, on, own, opponent, band, none, h } from '../../../tests/unit/toll-fixtures';

// --- The claim rule on a hand-made scenario ----------------------------------------

describe('one rule for whose figures count', () => {
	// One attack where own, opponent and independent reports disagree, on both sides.
	const attack = incident('2021-03-01T10:00:00+01:00', [
		toll(
			'security',
			'killed',
			on('2021-03-01', own('army', value(10))),
			on('2021-03-02', opponent('group', moreThan(50))),
			on('2021-03-03', value(14)),
			on('2021-03-04', own('army', value(12)))
		),
		toll(
			'attackers',
			'killed',
			on('2021-03-01', opponent('army', value(40, true))),
			on('2021-03-02', own('group', value(5))),
			on('2021-03-05', opponent('army', value(60)))
		),
		toll('civilians', 'wounded', on('2021-03-03', opponent('group', value(7))))
	]);
	const totals = createRunningTotals([attack]);
	const at = (iso: string, policy: TotalsPolicy, tally: Tally) => totals.at(h(iso), policy, tally);
	const later = '2021-04-01T00:00:00+01:00';

	it.each([
		// The army's 12 replaces its 10; the independent 14 stands beside it; the group's "more than 50" stays apart.
		{ policy: 'range', counted: band(12, 14), opponent: band(50, 50, true, true) },
		{ policy: 'first', counted: band(10), opponent: band(50, 50, true, true) },
		{ policy: 'latest', counted: band(12), opponent: band(50, 50, true, true) }
	] as const)('soldiers killed under $policy: own and independent counted, the opponent apart', ({ policy, counted, opponent: claimed }) => {
		expect(at(later, policy, 'counted').security.killed).toEqual(counted);
		expect(at(later, policy, 'opponent').security.killed).toEqual(claimed);
	});

	it('treats the attackers the same way: their own figure counts, the army’s claims stand apart', () => {
		expect(at(later, 'range', 'counted').attackers.killed).toEqual(band(5));
		// The army's 60 replaces its own "at least 40".
		expect(at(later, 'range', 'opponent').attackers.killed).toEqual(band(60));
		expect(at(later, 'first', 'opponent').attackers.killed).toEqual(band(40, 40, true));
		expect(at('2021-03-04T12:00:00+01:00', 'range', 'opponent').attackers.killed).toEqual(band(40, 40, true));
	});

	it('counts an own-side figure first reported after an opponent’s claim from the attack’s start', () => {
		// The group's own 5 came out a day after the army's claim; it is the first figure of its tally.
		expect(at('2021-03-01T10:00:00+01:00', 'range', 'counted').attackers.killed).toEqual(band(5));
	});

	it('says "none reported" where only the opponent speaks', () => {
		expect(at(later, 'range', 'counted').civilians.wounded).toEqual(none());
		expect(at(later, 'range', 'opponent').civilians.wounded).toEqual(band(7));
		expect(at(later, 'range', 'counted').civilians.killed).toEqual(none());
	});

	it('spans claimants as they come out', () => {
		expect(at('2021-03-01T12:00:00+01:00', 'range', 'counted').security.killed).toEqual(band(10));
		expect(at('2021-03-03T00:00:00+01:00', 'range', 'counted').security.killed).toEqual(band(10, 14));
		expect(at('2021-03-04T00:00:00+01:00', 'range', 'counted').security.killed).toEqual(band(12, 14));
	});
});
