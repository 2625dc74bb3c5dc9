import { describe, expect, it } from 'vitest';
import { h, incident, on, opponent, own, toll, value } from '../../../tests/unit/toll-fixtures';
import { seed } from '../../../tests/unit/seed';
import { figureSourceIds, killedFigureSources, type FigureSource } from './figure-sources';

/** A source as a test reads it: the incident, side, figure and body. */
const brief = (sources: FigureSource[]) => sources.map(({ incident, toll, report }) => `${incident.id.split('-')[0]} ${toll.side} ${'value' in report ? report.value : '?'} ${report.authority}`);

describe('killedFigureSources', () => {
	const early = incident('2021-03-01T10:00:00+01:00', [
		toll('security', 'killed', on('2021-03-01', own('gov', value(10))), on('2021-03-03', own('press', value(14))), on('2021-03-05', own('gov', value(12)))),
		toll('security', 'wounded', on('2021-03-01', own('gov', value(30)))),
		toll('attackers', 'killed', on('2021-03-02', opponent('gov', value(50))))
	]);
	const late = incident('2021-04-01T10:00:00+01:00', [toll('security', 'killed', own('gov', value(3)))]);
	const both = [late, early];

	it('cites nothing before the first attack begins', () => {
		expect(killedFigureSources(both, h('2021-03-01T09:59:00+01:00'), 'range')).toEqual([]);
	});

	it('cites a tally’s first report from the attack’s start, whatever its date, and never a wounded toll', () => {
		// The opposing side's claim dated the 2nd is its tally's first: it counts from the start, as in the totals.
		expect(brief(killedFigureSources(both, h('2021-03-01T10:00:00+01:00'), 'range'))).toEqual(['place security 10 gov', 'place attackers 50 gov']);
	});

	it('adds a later report from the start of its day, beside the other body’s', () => {
		expect(brief(killedFigureSources(both, h('2021-03-02T23:59:00+01:00'), 'range'))).toHaveLength(2);
		expect(brief(killedFigureSources(both, h('2021-03-03T00:00:00+01:00'), 'range'))).toEqual(['place security 10 gov', 'place security 14 press', 'place attackers 50 gov']);
	});

	it('drops a body’s figure once it replaces it, under the range', () => {
		expect(brief(killedFigureSources(both, h('2021-03-05T08:00:00+01:00'), 'range'))).toEqual(['place security 14 press', 'place security 12 gov', 'place attackers 50 gov']);
	});

	it('cites only the one report the first and latest policies use', () => {
		const t = h('2021-03-05T08:00:00+01:00');
		expect(brief(killedFigureSources(both, t, 'first'))).toEqual(['place security 10 gov', 'place attackers 50 gov']);
		expect(brief(killedFigureSources(both, t, 'latest'))).toEqual(['place security 12 gov', 'place attackers 50 gov']);
	});

	it('lists attacks in the order they began, and marks the opposing side’s claims apart', () => {
		const sources = killedFigureSources(both, h('2021-05-01T00:00:00Z'), 'range');
		expect(sources.map((s) => s.incident.id)).toEqual([early.id, early.id, early.id, late.id]);
		expect(sources.map((s) => s.tally)).toEqual(['counted', 'counted', 'opponent', 'counted']);
	});

	// The seed's last chapter (12 Jan 2020, 21:00): Chinagodrar's 25 was replaced by the government's 89.
	it('cites the Chinagodrar reports that make its 89 by the evening of 12 January', () => {
		const chinagodrar = seed.incidents.filter((i) => i.id === 'chinagodrar-2020-01-09');
		const cited = killedFigureSources(chinagodrar, h('2020-01-12T21:00:00+01:00'), 'range').map((s) => s.report.sourceId);
		expect(cited).toEqual(['reuters-2020-01-11-chinagodrar', 'aniamey-2020-01-chinagodrar-afp', 'ndarason-2020-01-chinagodrar']);
		const afternoon = killedFigureSources(chinagodrar, h('2020-01-09T13:15:00+01:00'), 'range').map((s) => s.report.sourceId);
		expect(afternoon).toEqual(['journalducameroun-2020-01-13-chinagodrar', 'journalducameroun-2020-01-13-chinagodrar']);
	});
});

const from = (sourceId: string, report: ReturnType<typeof value>) => ({ ...report, sourceId });
// The ministry says 25 on the day, an agency 40 two days on, the ministry 89 the day after; the attackers claim 100.
const attack = incident('2020-01-09T13:00:00+01:00', [
	toll(
		'security',
		'killed',
		from('ministry-1', own('government', value(25))),
		on('2020-01-11', from('agency', value(40))),
		on('2020-01-12', from('ministry-2', own('government', value(89)))),
		from('claim', opponent('attackers', value(100)))
	),
	toll('security', 'wounded', from('hospital', value(6)))
]);
const later = incident('2020-03-01T10:00:00+01:00', [toll('civilians', 'killed', from('un', value(3)))]);

describe('figureSourceIds', () => {
	it('cites the reports out by then, under the range policy each body’s latest, in both tallies', () => {
		expect(figureSourceIds([attack, later], h('2020-01-10T00:00:00Z'), 'range').sort()).toEqual(['claim', 'ministry-1']);
		expect(figureSourceIds([attack, later], h('2020-01-13T00:00:00Z'), 'range').sort()).toEqual(['agency', 'claim', 'ministry-2']);
	});

	it('follows the first and latest policies', () => {
		const t = h('2020-01-13T00:00:00Z');
		expect(figureSourceIds([attack], t, 'first').sort()).toEqual(['claim', 'ministry-1']);
		expect(figureSourceIds([attack], t, 'latest').sort()).toEqual(['claim', 'ministry-2']);
	});

	it('leaves out attacks not begun and measures not shown', () => {
		expect(figureSourceIds([attack, later], h('2020-01-09T11:00:00Z'), 'range')).toEqual([]);
		expect(figureSourceIds([attack, later], h('2020-03-02T00:00:00Z'), 'range')).toContain('un');
		expect(figureSourceIds([attack], h('2020-03-02T00:00:00Z'), 'range')).not.toContain('hospital');
		expect(figureSourceIds([attack], h('2020-03-02T00:00:00Z'), 'range', 'wounded')).toEqual(['hospital']);
	});
});
