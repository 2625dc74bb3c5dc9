import { describe, expect, it } from 'vitest';
import { seed } from '../../../tests/unit/seed';
import { incidentExtent } from './incident-extent';
import { planView } from './view-plan';

const at = (iso: string) => Date.parse(iso);

describe('planView', () => {
	it('without params: the whole region at the story’s end, every attack begun (as the explorer opens)', () => {
		const plan = planView(seed, {});
		expect(plan).toEqual({ chapter: null, focus: null, camera: null, t: plan.t });
		const lastEnd = Math.max(...seed.incidents.map((i) => Date.parse(i.end)));
		expect(plan.t).toBeGreaterThanOrEqual(lastEnd);
		expect(plan.t! - lastEnd).toBeLessThanOrEqual(8 * 24 * 3600e3);
	});

	it('a window without a time keeps its own start, not the story’s end', () => {
		expect(planView(seed, { from: at('2019-12-10T00:00:00Z'), to: at('2019-12-11T00:00:00Z') }).t).toBeUndefined();
	});

	it('a chapter sets its focus, window, cursor, extent and layers', () => {
		expect(planView(seed, { chapter: 'chinagodrar-air-response' })).toEqual({
			chapter: 'chinagodrar-air-response',
			focus: 'chinagodrar-2020-01-09',
			window: { from: at('2020-01-09T10:30:00+01:00'), to: at('2020-01-09T15:00:00+01:00') },
			t: at('2020-01-09T13:15:00+01:00'),
			camera: { center: [2.59, 14.35], widthKm: 450 },
			layers: ['sorties', 'range-rings', 'response-surface']
		});
	});

	it('a chapter without an incident leaves the focus empty', () => {
		const plan = planView(seed, { chapter: 'the-border-2017-2020' });
		expect(plan.focus).toBeNull();
		expect(plan.camera).toEqual({ center: [1.9, 14.9], widthKm: 900 });
	});

	it('t, from and to override the chapter’s cursor and window, and keep its place', () => {
		const from = at('2020-01-09T00:00:00Z');
		const to = at('2020-01-10T00:00:00Z');
		const t = at('2020-01-09T12:30:00Z');
		const plan = planView(seed, { chapter: 'chinagodrar-two-fronts', from, to, t });
		expect(plan.window).toEqual({ from, to });
		expect(plan.t).toBe(t);
		expect(plan.camera).toEqual({ center: [2.95, 15.3], widthKm: 110 });
	});

	it('another incident’s focus replaces the chapter’s window, cursor and place with the incident’s', () => {
		const plan = planView(seed, { chapter: 'tongo-tongo-ambush', focus: 'inates-2019-12-10' });
		expect(plan.chapter).toBe('tongo-tongo-ambush');
		expect(plan.focus).toBe('inates-2019-12-10');
		expect(plan.window).toBeUndefined();
		expect(plan.t).toBeUndefined();
		expect(plan.camera).toEqual(incidentExtent(seed, 'inates-2019-12-10'));
	});

	it('the chapter’s own incident as focus keeps the chapter whole', () => {
		expect(planView(seed, { chapter: 'tongo-tongo-ambush', focus: 'tongo-tongo-2017-10-04' })).toEqual(
			planView(seed, { chapter: 'tongo-tongo-ambush' })
		);
	});

	it('a focus alone frames the incident', () => {
		expect(planView(seed, { focus: 'ayorou-2017-10-21' })).toEqual({
			chapter: null,
			focus: 'ayorou-2017-10-21',
			camera: incidentExtent(seed, 'ayorou-2017-10-21')
		});
	});

	it('an unknown chapter id plans no chapter', () => {
		expect(planView(seed, { chapter: 'no-such-chapter' }).chapter).toBeNull();
	});
});
