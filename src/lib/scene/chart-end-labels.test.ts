import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3';
import { createRunningTotals } from '../casualties/running-totals';
import { incident, on, opponent, own, range, toll, value } from '../../../tests/unit/toll-fixtures';
import { END_LABEL, endLabelGutter, endValues, placeEndLabels } from './chart-end-labels';

const start = '2021-03-01T10:00:00Z';
const t0 = Date.parse(start);
const day = 86_400_000;
const totals = createRunningTotals([
	incident(start, [
		toll('security', 'killed', own('a', value(6)), on('2021-03-02', own('a', value(10)))),
		toll('civilians', 'killed', range(3, 5)),
		toll('attackers', 'killed', opponent('b', value(40, true)))
	])
]);
const view = { from: t0 - day, to: t0 + 2 * day };

describe('endValues', () => {
	it('labels each drawn layer at its middle and each opposing claim at its height, in words', () => {
		expect(endValues(totals, 'range', view, 'en')).toEqual([
			// Security 10 (the authority's revision of its 6) stacked on 0…10, civilians 3–5 on 10…15.
			{ id: 'security', side: 'security', claimed: false, text: '10', at: 5 },
			{ id: 'civilians', side: 'civilians', claimed: false, text: '3–5', at: 12.5 },
			{ id: 'claimed-attackers', side: 'attackers', claimed: true, text: 'at least 40', at: 40 }
		]);
		expect(endValues(totals, 'latest', view, 'fr').map((v) => v.text)).toEqual(['10', '3–5', 'au moins 40']);
	});

	it('gives a window that ends before anything was reported no labels, and the plot its narrow margin', () => {
		const before = { from: t0 - 2 * day, to: t0 - day };
		expect(endValues(totals, 'range', before, 'en')).toEqual([]);
		expect(endLabelGutter([])).toBe(12);
	});
});

describe('endLabelGutter and placeEndLabels', () => {
	it('leaves room for the leader and the widest label', () => {
		// "at least 40": 11 characters at 0.62 em of 11 px.
		expect(endLabelGutter([{ text: '6–10' }, { text: 'at least 40' }])).toBe(Math.ceil(END_LABEL.leader + END_LABEL.textGap + 11 * 11 * 0.62 + 1));
	});

	it('keeps labels of nearby values apart and between the figure’s top and the axis', () => {
		const y = scaleLinear().domain([0, 40]).range([100, 10]);
		const placed = placeEndLabels(endValues(totals, 'range', view, 'en'), { y, bottom: 100 });
		// Security's middle (5) and civilians' (12.5) are 17 px apart: room enough; the claim at the top.
		expect(placed.map((label) => label.fromY)).toEqual([y(5), y(12.5), y(40)]);
		const tops = placed.map((label) => label.y - END_LABEL.lineHeight / 2).sort((a, b) => a - b);
		for (let i = 1; i < tops.length; i++) expect(tops[i]! - tops[i - 1]!).toBeGreaterThanOrEqual(END_LABEL.lineHeight);
		expect(Math.min(...tops)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...tops) + END_LABEL.lineHeight).toBeLessThanOrEqual(100);
		// Squeezed into 30 px, three labels of 14 px still never overlap; the top one stays at the top.
		const squeezed = placeEndLabels(endValues(totals, 'range', view, 'en'), { y: scaleLinear().domain([0, 40]).range([30, 28]), bottom: 44 });
		const ys = squeezed.map((label) => label.y).sort((a, b) => a - b);
		expect(ys[0]).toBe(END_LABEL.lineHeight / 2);
		expect(ys[1]! - ys[0]!).toBeGreaterThanOrEqual(END_LABEL.lineHeight);
		expect(ys[2]! - ys[1]!).toBeGreaterThanOrEqual(END_LABEL.lineHeight);
	});
});
