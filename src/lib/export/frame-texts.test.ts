import { describe, expect, it } from 'vitest';
import { h, incident, opponent, own, toll, value } from '../../../tests/unit/toll-fixtures';
import { createRunningTotals } from '../casualties/running-totals';
import { creditLines, eventTotalsLine, shortText, totalsLines } from './frame-texts';
import { eventDeaths } from '../casualties/event-deaths';
import type { Source } from '../scenario/schema';

const attack = incident('2020-01-09T13:00:00+01:00', [
	toll('security', 'killed', own('government', value(25)), opponent('attackers', value(100))),
	toll('attackers', 'killed', opponent('government', value(63)))
]);
const totals = createRunningTotals([attack]);
const t = h('2020-01-10T00:00:00Z');

describe('totalsLines', () => {
	it('counts own and independent reports, says "none reported", and puts each opponent’s claim on its own line', () => {
		expect(totalsLines({ totals, focus: null, time: t, policy: 'range' }, 'en')).toEqual([
			'The one attack so far — Security forces killed: 25 · Attackers killed: none reported · Civilians killed: none reported',
			'The one attack so far — Security forces killed, as claimed by the attackers: 100',
			'The one attack so far — Attackers killed, as claimed by the forces that fought them: 63'
		]);
	});

	it('puts the attack in focus first, and sets French typography', () => {
		const lines = totalsLines({ totals, focus: { title: 'Chinégodar', totals }, time: t, policy: 'range' }, 'fr');
		expect(lines).toHaveLength(6);
		expect(lines[0]).toMatch(/^Chinégodar — /);
		expect(lines[0]).toContain('\u00a0: 25');
		expect(lines[0]).not.toMatch(/\b0\b/);
	});
});

describe('creditLines', () => {
	const sources = new Map<string, Source>([
		['afp', { id: 'afp', publisher: 'AFP', title: 'Dispatch', published: '2020-01-10', kind: 'news' }],
		['sofrep', { id: 'sofrep', publisher: { en: 'SOFREP (attribution not confirmed)', fr: 'SOFREP (attribution non confirmée)' }, title: 'Report', kind: 'news' }]
	]);

	it('names the map data, the base map when drawn, and each source cited', () => {
		expect(creditLines(['afp', 'unknown'], sources, false, 'en')).toEqual(['Map data: Natural Earth.', 'Figures: AFP (2020-01-10).']);
		expect(creditLines([], sources, true, 'fr')).toEqual(['Fond de carte\u00a0: Natural Earth. Fleuves et lacs\u00a0: GSHHG (WDBII)\u00a0; villes\u00a0: GeoNames, CC BY 4.0.']);
	});

	it('names a publisher in the reader’s language when its name has words to translate', () => {
		expect(creditLines(['sofrep', 'afp'], sources, false, 'fr')[1]).toBe('Chiffres\u00a0: SOFREP (attribution non confirmée)\u00a0; AFP (2020-01-10).');
		expect(creditLines(['sofrep'], sources, false, 'en')[1]).toBe('Figures: SOFREP (attribution not confirmed).');
	});
});

describe('the events dataset in a footer', () => {
	// Two events with a figure (3 and 4) and one without, begun by t.
	const deaths = eventDeaths({
		name: 'Synthetic <b>events</b> ' + 'x'.repeat(1_000_000),
		countingRule: 'Invented figures',
		synthetic: true,
		start: Float64Array.from([h('2020-01-01T00:00:00Z'), h('2020-01-02T00:00:00Z'), h('2020-01-03T00:00:00Z'), h('2020-02-01T00:00:00Z')]),
		fatalities: Float32Array.from([3, NaN, 4, 50])
	});

	it('gives its deaths apart, says it is synthetic, and cuts a name of any length', () => {
		const line = eventTotalsLine(deaths, t, 'en');
		expect(line).toMatch(/^Synthetic data, not real events: Synthetic <b>events<\/b> x+… \(Invented figures\), counted apart: 7 killed in 3 events begun; 1 event with no reported toll\.$/);
		expect(eventTotalsLine(deaths, h('2019-01-01T00:00:00Z'), 'fr')).toBe(`Données synthétiques, pas des événements réels\u00a0: ${shortText(deaths.name)}\u00a0: aucun événement encore commencé.`);
		expect(line.length).toBeLessThan(300);
	});

	it('credits the dataset by its name, cut too', () => {
		const credits = creditLines([], new Map(), false, 'fr', deaths.name);
		expect(credits[1]).toMatch(/^Événements\u00a0: Synthetic <b>events<\/b> x+…\.$/);
		expect(credits[1]!.length).toBeLessThan(120);
	});
});
