import { describe, expect, it } from 'vitest';
import { keySizes, mapKeyEntries, type Drawn } from './map-key';
import { symbolRadius } from './incident-symbol';
import { INCIDENT_LARGEST_RADIUS } from './symbols';

const nothing: Drawn = {
	incidentsLargestKilled: null,
	incidentUnderWay: false,
	routes: [],
	crossings: false,
	flight: false,
	aircraft: false,
	base: false,
	offscreen: false,
	dispute: false,
	rings: [],
	surface: false,
	rivers: false,
	capitals: false,
	towns: false
};

describe('keySizes', () => {
	it('shows the largest toll and round numbers near a third and a tenth of it, at the radii the map draws', () => {
		expect(keySizes(89).map((s) => s.killed)).toEqual([89, 25, 5]);
		expect(keySizes(89)[0]!.r).toBe(INCIDENT_LARGEST_RADIUS);
		expect(keySizes(89)[1]!.r).toBe(symbolRadius(25, 89, INCIDENT_LARGEST_RADIUS));
		expect(keySizes(1000).map((s) => s.killed)).toEqual([1000, 250, 100]);
	});

	it('keeps only sizes of at least one person, once each', () => {
		expect(keySizes(2).map((s) => s.killed)).toEqual([2]);
		expect(keySizes(0)).toEqual([]);
	});
});

describe('mapKeyEntries', () => {
	it('is empty for an empty map', () => {
		expect(mapKeyEntries(nothing)).toEqual([]);
	});

	it('names only the route styles drawn, attackers first, in order of certainty', () => {
		const entries = mapKeyEntries({
			...nothing,
			routes: [
				{ role: 'attackers', known: 'inferred' },
				{ role: 'responders', known: 'documented' },
				{ role: 'attackers', known: 'inferred' },
				{ role: 'attackers', known: 'documented' }
			]
		});
		expect(entries).toEqual([
			{ kind: 'route', role: 'attackers', known: 'documented' },
			{ kind: 'route', role: 'attackers', known: 'inferred' },
			{ kind: 'route', role: 'responders', known: 'documented' }
		]);
	});

	it('lists everything on a crowded map in a fixed order', () => {
		const entries = mapKeyEntries({
			...nothing,
			incidentsLargestKilled: 89,
			incidentUnderWay: true,
			crossings: true,
			flight: true,
			aircraft: true,
			base: true,
			offscreen: true,
			dispute: true,
			rings: [10, 20],
			surface: true,
			rivers: true,
			capitals: true,
			towns: true
		});
		expect(entries.map((e) => e.kind)).toEqual([
			'incident-sizes',
			'incident-under-way',
			'crossing',
			'dispute',
			'aircraft',
			'flight',
			'offscreen',
			'base',
			'rings',
			'surface',
			'river',
			'capital',
			'town',
			'credit'
		]);
	});
});
