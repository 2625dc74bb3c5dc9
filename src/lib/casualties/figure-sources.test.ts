import { describe, expect, it } from 'vitest';
import { h, incident, on, opponent, own, toll, value } from '../../../tests/unit/toll-fixtures';
import { figureSourceIds } from './figure-sources';

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
