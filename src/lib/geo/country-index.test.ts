import { readFileSync } from 'node:fs';
import { geoContains } from 'd3';
import fc from 'fast-check';
import type { Feature, FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { createCountryIndex } from './country-index';
import type { LonLat } from './lonlat';

const topology = JSON.parse(readFileSync('static/geo/sahel.topo.json', 'utf8')) as Topology<{
	countries: GeometryCollection<{ name: string }>;
}>;
const countries = feature(topology, topology.objects.countries) as FeatureCollection;
const index = createCountryIndex(countries.features);

describe('createCountryIndex(…).countryAt', () => {
	it.each([
		{ place: 'Niamey airport', p: [2.1703, 13.4817] as LonLat, expected: '562' },
		{ place: 'Chinagodrar', p: [3.0019, 15.2258] as LonLat, expected: '562' },
		{ place: 'Ayorou', p: [0.92, 14.7347] as LonLat, expected: '562' },
		{ place: 'Air Base 201', p: [8.0139, 16.9503] as LonLat, expected: '562' },
		{ place: 'Ménaka', p: [2.4, 15.9167] as LonLat, expected: '466' },
		{ place: 'Gao', p: [-0.0056, 16.2472] as LonLat, expected: '466' },
		{ place: 'Ansongo', p: [0.5017, 15.6594] as LonLat, expected: '466' },
		{ place: 'Ouagadougou', p: [-1.5275, 12.3686] as LonLat, expected: '854' },
		{ place: 'Gulf of Guinea', p: [2, 3] as LonLat, expected: null },
		{ place: 'Atlantic off Dakar', p: [-20, 15] as LonLat, expected: null },
		{ place: 'Pacific, off the map', p: [-150, 0] as LonLat, expected: null }
	])('$place → $expected', ({ p, expected }) => {
		expect(index.countryAt(p)).toBe(expected);
	});

	it('agrees with an unfiltered scan of every feature (the box prefilter drops nothing)', () => {
		const bruteForce = (p: LonLat) => countries.features.find((f) => geoContains(f, p))?.id ?? null;
		fc.assert(
			fc.property(
				fc.double({ min: -20, max: 40, noNaN: true }),
				fc.double({ min: 0, max: 38, noNaN: true }),
				(lon, lat) => index.countryAt([lon, lat]) === bruteForce([lon, lat])
			),
			{ numRuns: 500, seed: 5 }
		);
	});

	it('skips features without an id and non-polygonal geometry', () => {
		const mali = countries.features.find((f) => f.id === '466');
		if (!mali) throw new Error('Mali missing from the fixture');
		const anonymous: Feature = { ...mali, id: undefined };
		const point: Feature = { type: 'Feature', id: 'pt', properties: {}, geometry: { type: 'Point', coordinates: [2.4, 15.9167] } };
		expect(createCountryIndex([anonymous, point]).countryAt([2.4, 15.9167])).toBeNull();
	});

	it('handles a box that crosses the antimeridian', () => {
		// Clockwise in lon/lat (d3's winding for a small polygon), from 170° E to 170° W.
		const island: Feature = {
			type: 'Feature',
			id: 'dateline',
			properties: {},
			geometry: { type: 'Polygon', coordinates: [[[170, -5], [170, 5], [-170, 5], [-170, -5], [170, -5]]] }
		};
		const dateline = createCountryIndex([island]);
		expect(dateline.countryAt([180, 0])).toBe('dateline');
		expect(dateline.countryAt([-175, 2])).toBe('dateline');
		expect(dateline.countryAt([175, -2])).toBe('dateline');
		expect(dateline.countryAt([0, 0])).toBeNull();
		expect(dateline.countryAt([165, 0])).toBeNull();
	});
});
