import { describe, expect, it } from 'vitest';
import { TOTALS_POLICIES, type Tally, type TotalsPolicy } from './claim-rule';
import { createRunningTotals, type Totals } from './running-totals';
import { incident, value, range, moreThan, toll, on, own, opponent, band, none, h } from '../../../tests/unit/toll-fixtures';

// --- createRunningTotals on a small synthetic scenario -------------------------

describe('createRunningTotals', () => {
	const incidents = [
		// Out of order on purpose: sorting is the function's job.
		incident('2018-02-01T10:00:00+01:00', [toll('civilians', 'killed', range(3, 7))]),
		incident('2018-01-01T05:00:00+01:00', [
			toll('security', 'killed', own('a', value(4)), own('b', value(5))),
			toll('attackers', 'killed', value(20, true))
		]),
		// Same instant as the one above: one step, both counted.
		incident('2018-01-01T05:00:00+01:00', [
			{ side: 'security', measure: 'killed', party: { en: 'Allies', fr: 'Alliés' }, reports: [value(2)] },
			toll('security', 'wounded', own('a', value(1)), own('b', value(3)))
		])
	];
	const totals = createRunningTotals(incidents);

	it('is "none reported" before the first start and counts from the start on', () => {
		expect(totals.at(h('2018-01-01T04:59:59.999+01:00'), 'range', 'counted').security.killed).toEqual(none());
		expect(totals.at(h('2018-01-01T05:00:00+01:00'), 'first', 'counted').security.killed).toEqual(band(6));
	});

	it.each([
		{ policy: 'first', security: band(6), wounded: band(1), civilians: band(3, 7) },
		{ policy: 'latest', security: band(7), wounded: band(3), civilians: band(3, 7) },
		{ policy: 'range', security: band(6, 7), wounded: band(1, 3), civilians: band(3, 7) }
	] as const)('adds parties and incidents under $policy', ({ policy, security, wounded, civilians }) => {
		const end = totals.at(h('2020-01-01T00:00:00Z'), policy, 'counted');
		expect(end.security.killed).toEqual(security);
		expect(end.security.wounded).toEqual(wounded);
		expect(end.civilians.killed).toEqual(civilians);
		expect(end.attackers.killed).toEqual(band(20, 20, true));
		expect(end.security.missing).toEqual(none());
	});

	it('steps at each distinct start', () => {
		const steps = totals.steps('latest', 'counted');
		expect(steps.map((s) => s.t)).toEqual([h('2018-01-01T05:00:00+01:00'), h('2018-02-01T10:00:00+01:00')]);
		expect(steps[1]!.totals).toEqual(totals.at(h('2018-02-01T10:00:00+01:00'), 'latest', 'counted'));
		expect(totals.extent).toEqual({ from: steps[0]!.t, to: steps[1]!.t });
	});

	it('gives window points from `from` to `to`', () => {
		const window = { from: h('2017-12-01T00:00:00Z'), to: h('2018-03-01T00:00:00Z') };
		const points = totals.stepsIn(window, 'range', 'counted');
		expect(points.map((p) => p.t)).toEqual([window.from, ...totals.steps('range', 'counted').map((s) => s.t), window.to]);
		expect(points[0]!.totals.security.killed).toEqual(none());
		expect(points.at(-1)!.totals).toEqual(totals.at(window.to, 'range', 'counted'));
		expect(totals.changesIn(window, 'range', 'counted')).toBe(2);
	});

	it('fails loudly on bad input', () => {
		expect(() => totals.at(Number.NaN, 'range', 'counted')).toThrow('invalid time: NaN');
		expect(() => totals.at(0, 'mean' as TotalsPolicy, 'counted')).toThrow('invalid policy: mean');
		expect(() => totals.at(0, 'range', 'hearsay' as Tally)).toThrow('invalid tally: hearsay');
		expect(() => totals.stepsIn({ from: 2, to: 1 }, 'range', 'counted')).toThrow('invalid window');
		expect(() => createRunningTotals([incident('not a date', [])])).toThrow('invalid incident start: not a date');
	});

	it('has nothing reported without incidents', () => {
		const empty = createRunningTotals([]);
		expect(empty.at(0, 'first', 'counted').civilians.killed).toEqual(none());
		expect(empty.steps('first', 'counted')).toEqual([]);
		expect(empty.begunBy(0)).toBe(0);
		expect(empty.extent).toBeNull();
	});
});

// --- Totals as reported by time t --------------------------------------------------

describe('totals as reported by time t', () => {
	const start = '2018-03-10T22:30:00+01:00';
	const night = createRunningTotals([
		incident(start, [
			toll(
				'security',
				'killed',
				on('2018-03-10', own('a', value(10))),
				on('2018-03-11', own('b', value(12))),
				on('2018-03-11T09:00:00+01:00', own('c', value(15)))
			)
		])
	]);
	// A date counts from 00:00 in the incident's zone: 11 Mar 00:00+01:00 is still 10 Mar (23:00) in UTC.
	const midnight = h('2018-03-11T00:00:00+01:00');
	const nine = h('2018-03-11T09:00:00+01:00');

	it.each([
		{ t: h(start) - 1, first: none(), latest: none(), range: none() },
		{ t: h(start), first: band(10), latest: band(10), range: band(10) },
		{ t: midnight - 1, first: band(10), latest: band(10), range: band(10) },
		{ t: midnight, first: band(10), latest: band(12), range: band(10, 12) },
		{ t: nine - 1, first: band(10), latest: band(12), range: band(10, 12) },
		{ t: nine, first: band(10), latest: band(15), range: band(10, 15) }
	])('at $t: first $first.high, latest $latest.high, range $range.low–$range.high', ({ t, first, latest, range: expected }) => {
		expect(night.at(t, 'first', 'counted').security.killed).toEqual(first);
		expect(night.at(t, 'latest', 'counted').security.killed).toEqual(latest);
		expect(night.at(t, 'range', 'counted').security.killed).toEqual(expected);
	});

	it('steps when a report comes out, under the policies it changes', () => {
		expect(night.steps('latest', 'counted').map((step) => step.t)).toEqual([h(start), midnight, nine]);
		expect(night.steps('range', 'counted').map((step) => step.t)).toEqual([h(start), midnight, nine]);
		expect(night.steps('first', 'counted').map((step) => step.t)).toEqual([h(start)]);
		expect(night.changesIn({ from: h(start), to: nine }, 'latest', 'counted')).toBe(2);
		expect(night.extent).toEqual({ from: h(start), to: nine });
	});

	it('says where the totals last changed, so a view can read them there and redraw only on a change', () => {
		expect(night.settledAt(h(start) - 1, 'latest')).toBe(-Infinity);
		expect(night.settledAt(midnight - 1, 'latest')).toBe(h(start));
		expect(night.settledAt(nine + 3_600_000, 'latest')).toBe(nine);
		expect(night.settledAt(nine + 3_600_000, 'first')).toBe(h(start));
		for (const t of [h(start) - 1, midnight - 1, midnight + 1, nine + 1]) {
			for (const policy of TOTALS_POLICIES) {
				expect(night.at(night.settledAt(t, policy), policy, 'counted')).toEqual(night.at(t, policy, 'counted'));
				expect(night.begunBy(night.settledAt(t, policy))).toBe(night.begunBy(t));
			}
		}
		expect(() => night.settledAt(Number.NaN, 'latest')).toThrow('invalid time: NaN');
	});

	it('counts a report of the start’s day, an undated one and a late first one from the start, never before', () => {
		const totals = createRunningTotals([
			incident('2018-05-01T18:00:00+01:00', [
				// Both dated the day of the attack, which began at 18:00.
				toll('security', 'killed', on('2018-05-01', value(3)), on('2018-05-01', value(5))),
				// A first report that came out ten days later is still the first figure there is.
				toll('security', 'wounded', on('2018-05-11', value(7)), on('2018-05-12', value(9))),
				// A reference work's undated figure comes after the dated ones and counts from the start.
				toll('attackers', 'killed', on('2018-05-02', own('a', value(20))), own('b', value(30)))
			])
		]);
		const at = (iso: string) => totals.at(h(iso), 'latest', 'counted');
		expect(at('2018-05-01T17:59:59+01:00').security).toEqual(totals.at(0, 'latest', 'counted').security);
		expect(at('2018-05-01T18:00:00+01:00').security.killed).toEqual(band(5));
		expect(at('2018-05-01T18:00:00+01:00').security.wounded).toEqual(band(7));
		expect(at('2018-05-12T00:00:00+01:00').security.wounded).toEqual(band(9));
		expect(at('2018-05-01T18:00:00+01:00').attackers.killed).toEqual(band(30));
		expect(totals.at(h('2018-05-01T18:00:00+01:00'), 'range', 'counted').attackers.killed).toEqual(band(20, 30));
	});

	it('never lets an opponent’s claim make a step in the counted tally', () => {
		const totals = createRunningTotals([
			incident('2019-12-10T15:00:00+01:00', [
				toll('security', 'killed', on('2019-12-11', own('army', value(71))), on('2019-12-12', opponent('group', moreThan(100))))
			])
		]);
		for (const policy of TOTALS_POLICIES) {
			expect(totals.at(h('2020-01-01T00:00:00Z'), policy, 'counted').security.killed).toEqual(band(71));
			expect(totals.steps(policy, 'counted').map((step) => step.t)).toEqual([h('2019-12-10T15:00:00+01:00')]);
		}
	});

	it('drops "at least" when a later report confirms the figure, and lowers a total a later report lowers', () => {
		const totals = createRunningTotals([
			incident('2020-01-09T12:00:00+01:00', [
				toll('security', 'killed', on('2020-01-09', own('gov', value(25))), on('2020-01-11', own('sec', value(89, true))), on('2020-01-12', own('gov', value(89)))),
				toll('attackers', 'killed', on('2020-01-09', value(30)), on('2020-01-10', value(20)))
			]),
			incident('2020-01-09T18:00:00+01:00', [toll('security', 'killed', on('2020-01-09', value(4, true)))])
		]);
		const latest = (iso: string) => totals.at(h(iso), 'latest', 'counted');
		expect(latest('2020-01-11T12:00:00+01:00').security.killed).toEqual(band(93, 93, true));
		// Still "at least": the second incident's toll is.
		expect(latest('2020-01-12T00:00:00+01:00').security.killed).toEqual(band(93, 93, true));
		expect(latest('2020-01-09T12:00:00+01:00').attackers.killed).toEqual(band(30));
		expect(latest('2020-01-10T00:00:00+01:00').attackers.killed).toEqual(band(20));
		// One source lowering its own figure: the range follows it down.
		expect(totals.at(h('2020-01-10T00:00:00+01:00'), 'range', 'counted').attackers.killed).toEqual(band(20));
	});
});
