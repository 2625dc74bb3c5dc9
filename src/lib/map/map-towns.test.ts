import { describe, expect, it } from 'vitest';
import { baseMapTownsApart, storyTowns } from './map-towns';
import { seed } from '../../../tests/unit/seed';
import type { MapTown } from './reference-towns';

const town = (id: string, lon: number, lat: number): MapTown => ({ id, name: { en: id, fr: id }, lon, lat, capital: false });
const places = seed.places;
const ayorou = places.find((p) => p.id.startsWith('ayorou'))!;

describe('the towns a map names', () => {
	it('drops a base-map town that stands on a story place or a capital (within 5 km, about 0.045° of latitude), and keeps one further off', () => {
		const near = town('near', ayorou.lon, ayorou.lat + 0.03); // ≈ 3.3 km north
		const far = town('far', ayorou.lon, ayorou.lat + 0.06); // ≈ 6.7 km north
		const onNiamey = town('niamey-again', 2.1254, 13.5116);
		expect(baseMapTownsApart([near, far, onNiamey], places).map((t) => t.id)).toEqual(['far']);
	});

	it('names the story’s settlements and bases, but not where an attack already on the map names the place, nor forests or airbases', () => {
		const all = storyTowns(places, new Set()).map((t) => t.id);
		const expected = places.filter((p) => ['town', 'village', 'military-base', 'camp'].includes(p.kind)).map((p) => p.id);
		expect(all).toEqual(expected);
		expect(storyTowns(places, new Set([ayorou.id])).map((t) => t.id)).toEqual(expected.filter((id) => id !== ayorou.id));
		expect(storyTowns(places, new Set()).every((t) => t.story && !t.capital)).toBe(true);
	});
});
