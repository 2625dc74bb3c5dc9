import { describe, expect, it } from 'vitest';
import { eventDeaths } from '../casualties/event-deaths';
import { createRunningTotals } from '../casualties/running-totals';
import { syntheticEventTable } from '../dataset/synthetic';
import { DAY } from '../time/time-window';
import { casualtyChartScene } from './casualty-chart';
import { eventDeathsScene, sampleEventDeaths } from './event-deaths-chart';

const META = { name: 'Test events', countingRule: 'test rule', synthetic: true };
const table = syntheticEventTable({ count: 4000, seed: 7, from: Date.UTC(2018, 0, 1), to: Date.UTC(2019, 0, 1) });
const deaths = eventDeaths(table);
const view = { from: Date.UTC(2018, 2, 1), to: Date.UTC(2018, 5, 1) };
// Plot area 44…232 × 6…52.
const frame = { width: 244, height: 70, margin: { top: 6, right: 12, bottom: 18, left: 44 } };

/** Deaths in events begun by t, summed row by row. */
function naiveKilled(t: number): number {
	let sum = 0;
	for (let r = 0; r < table.length; r++) if (table.start[r]! <= t && !Number.isNaN(table.fatalities[r]!)) sum += table.fatalities[r]!;
	return sum;
}

describe('sampleEventDeaths', () => {
	const series = sampleEventDeaths(deaths, view, 90);

	it('samples the window evenly, both ends included', () => {
		expect(series.t.length).toBe(91);
		expect(series.t[0]).toBe(view.from);
		expect(series.t[90]).toBe(view.to);
		expect(series.t[45]).toBeCloseTo((view.from + view.to) / 2);
	});

	it('gives at each sample the naive sum of the deaths in events begun by then', () => {
		for (let k = 0; k < series.t.length; k++) expect(series.killed[k], `sample ${k}`).toBe(naiveKilled(series.t[k]!));
	});

	it('costs a lookup per sample, not per row: a window with no events inside repeats one value', () => {
		const after = sampleEventDeaths(deaths, { from: Date.UTC(2019, 1, 1), to: Date.UTC(2019, 2, 1) }, 10);
		expect(new Set(after.killed).size).toBe(1);
		expect(after.killed[0]).toBe(naiveKilled(Infinity));
	});

	it('refuses a fractional sample count or a reversed window', () => {
		expect(() => sampleEventDeaths(deaths, view, 2.5)).toThrow('invalid samples: 2.5');
		expect(() => sampleEventDeaths(deaths, { from: 2, to: 1 }, 4)).toThrow('invalid window');
	});
});

describe('eventDeathsScene', () => {
	const scene = eventDeathsScene(deaths, view, frame);

	it('shares the story chart’s time axis for the same window and frame', () => {
		const story = casualtyChartScene(createRunningTotals([]), 'range', view, { ...frame, height: 120 });
		expect(scene.x.domain()).toEqual(story.x.domain());
		expect(scene.x.range()).toEqual(story.x.range());
		expect([scene.left, scene.right, scene.top, scene.bottom]).toEqual([44, 232, 6, 52]);
	});

	it('scales from zero to at least the window’s last cumulative figure, on its own', () => {
		const [low, high] = scene.y.domain() as [number, number];
		expect(low).toBe(0);
		expect(high).toBeGreaterThanOrEqual(naiveKilled(view.to));
		expect(scene.yTicks.length).toBeGreaterThanOrEqual(2);
		expect(scene.yTicks.every(Number.isInteger)).toBe(true);
	});

	it('draws one step per pixel column at most, ending at the window’s last figure', () => {
		const points = [...scene.edge.matchAll(/[ML]([\d.]+),([\d.]+)/g)];
		// curveStepAfter: two points a sample, bar the last.
		expect(points.length).toBeLessThanOrEqual(2 * (scene.right - scene.left) + 1);
		expect(Number(points.at(-1)![2])).toBeCloseTo(scene.y(naiveKilled(view.to)));
		expect(scene.fill).not.toBe('');
	});

	it('draws nothing where no event begun gives a figure: "none reported" is not a line at 0', () => {
		const none = eventDeaths({ ...META, start: Float64Array.from([view.from + DAY]), fatalities: Float32Array.from([NaN]) });
		const empty = eventDeathsScene(none, view, frame);
		expect([empty.edge, empty.fill]).toEqual(['', '']);
		// With a figure from the middle of the window on, the line starts there, not at the window's start.
		const later = eventDeaths({ ...META, start: Float64Array.from([(view.from + view.to) / 2]), fatalities: Float32Array.from([3]) });
		const half = eventDeathsScene(later, view, frame);
		expect(Number(/^M([\d.]+),/.exec(half.edge)![1])).toBeCloseTo((scene.left + scene.right) / 2, 0);
	});
});
