import { describe, expect, it } from 'vitest';
import { createRunningTotals } from '../casualties/running-totals';
import { incident, on, opponent, own, toll, value } from '../../../tests/unit/toll-fixtures';
import { casualtyChartScene, claimedSidesOf, killedAt, tableTimes } from './casualty-chart';

const start = '2021-03-01T10:00:00Z';
const attack = incident(start, [
	toll('security', 'killed', own('a', value(6)), on('2021-03-02', own('a', value(10)))),
	toll('attackers', 'killed', opponent('b', value(40)))
]);
const totals = createRunningTotals([attack]);
const t0 = Date.parse(start);
const hour = 3_600_000;
const view = { from: t0 - 24 * hour, to: t0 + 48 * hour };
// Plot area 44…232 × 10…156.
const frame = { width: 244, height: 180, margin: { top: 10, right: 12, bottom: 24, left: 44 } };

describe('casualtyChartScene', () => {
	const scene = casualtyChartScene(totals, 'latest', view, frame);

	it('maps the window onto the plot area and the highest figure, the opposing claim included, onto its height', () => {
		expect([scene.left, scene.right, scene.top, scene.bottom]).toEqual([44, 232, 10, 156]);
		expect(scene.x(t0)).toBeCloseTo(44 + (24 / 72) * 188);
		// The claim of 40 sets the top, though it is never stacked.
		expect(scene.y.domain()).toEqual([0, 40]);
		expect(scene.y(40)).toBe(10);
	});

	it('steps the security forces up to 6 at the attack and to 10 on the day of the later report', () => {
		const edge = scene.layers.find((layer) => layer.side === 'security')!.edge;
		const ys = [...edge.matchAll(/[ML]([\d.]+),([\d.]+)/g)].map((m) => Number(m[2]));
		expect(ys[0]).toBeCloseTo(156 - (6 / 40) * 146);
		expect(ys.at(-1)).toBeCloseTo(156 - (10 / 40) * 146);
	});

	it('draws the opposing claim as its own outline and leaves the attackers’ stacked layer empty', () => {
		expect(scene.claimed.map((line) => line.side)).toEqual(['attackers']);
		expect(scene.layers.find((layer) => layer.side === 'attackers')!.edge).toBe('');
		expect(scene.yTicks.every(Number.isInteger)).toBe(true);
	});
});

describe('killedAt and tableTimes', () => {
	it('gives each side, their total and the claims apart', () => {
		const killed = killedAt(totals, 'latest', t0 + 30 * hour);
		expect(killed.bySide.map(({ band }) => (band.reported ? band.high : null))).toEqual([10, null, null]);
		expect(killed.total.high).toBe(10);
		expect(killed.claimed.map(({ side, band }) => [side, band.high])).toEqual([['attackers', 40]]);
		expect(claimedSidesOf(totals)).toEqual(['attackers']);
	});

	it('lists the window’s start and every change of either tally', () => {
		expect(tableTimes(totals, 'latest', view, 200)).toEqual({ times: [view.from, t0, Date.parse('2021-03-02T00:00:00Z')], changes: 2 });
	});
});
