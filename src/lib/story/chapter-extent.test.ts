import { describe, expect, it } from 'vitest';
import { greatCircleKm } from '../geo/distance';
import { loadSeedScenario } from '../scenario/seed.server';
import { chapterExtent, framedPoints } from './chapter-extent';

const seed = loadSeedScenario();
const chapter = (id: string) => seed.chapters.find((c) => c.id === id)!;
const placeAt = (id: string): [number, number] => {
	const place = seed.places.find((p) => p.id === id)!;
	return [place.lon, place.lat];
};

describe('chapterExtent', () => {
	it('keeps an extent set by hand', () => {
		const extent = { center: [1, 2] as [number, number], widthKm: 99 };
		expect(chapterExtent(seed, { extent })).toBe(extent);
	});

	it('frames an incident on its place, at least 150 km across (Inates, which has no movement)', () => {
		expect(framedPoints(seed, ['inates-2019-12-10'])).toEqual([placeAt('inates')]);
		expect(chapterExtent(seed, chapter('inates'))).toEqual({ center: placeAt('inates'), widthKm: 150 });
	});

	it('frames an incident with its movements: every waypoint of Chinagodrar’s tracks is inside', () => {
		const extent = chapterExtent(seed, { frameOn: ['chinagodrar-2020-01-09'] })!;
		const waypoints = seed.movements.filter((m) => m.incidentId === 'chinagodrar-2020-01-09').flatMap((m) => m.waypoints);
		expect(waypoints.length).toBeGreaterThan(3);
		for (const w of waypoints) {
			expect(greatCircleKm([w.lon, extent.center[1]], extent.center)).toBeLessThan(extent.widthKm / 2);
			expect(greatCircleKm([extent.center[0], w.lat], extent.center)).toBeLessThan(extent.widthKm / 2 / 1.5);
		}
	});

	it('frames the Tongo Tongo ambush with the nearest commune on the map, centred between them', () => {
		const extent = chapterExtent(seed, chapter('tongo-tongo-ambush'))!;
		const [tongo, inates] = [placeAt('tongo-tongo'), placeAt('inates')];
		expect(extent.center[0]).toBeCloseTo((tongo[0] + inates[0]) / 2, 6);
		expect(extent.center[1]).toBeCloseTo((tongo[1] + inates[1]) / 2, 6);
		expect(extent.widthKm).toBeGreaterThan(greatCircleKm(tongo, inates));
	});

	it('is null when nothing it names has a place', () => {
		expect(chapterExtent(seed, { frameOn: ['nowhere'] })).toBeNull();
	});
});
