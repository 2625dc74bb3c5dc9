import { describe, expect, it } from 'vitest';
import { geoDistance } from 'd3';
import { seed } from '../../../tests/unit/seed';
import type { LonLat } from '../geo/lonlat';
import { EARTH_RADIUS_KM } from '../geo/lonlat';
import { explorerCamera, homeExtent, sameTarget } from './explorer-camera';
import { incidentExtent } from './incident-extent';

const placeOf = (id: string): LonLat => {
	const place = seed.places.find((p) => p.id === id)!;
	return [place.lon, place.lat];
};
const km = (a: LonLat, b: LonLat) => geoDistance(a, b) * EARTH_RADIUS_KM;

describe('explorerCamera', () => {
	it('opens on the first chapter that frames no single attack: the border region', () => {
		const first = seed.chapters.find((c) => c.focus === undefined)!;
		expect(homeExtent(seed)).toEqual(first.extent);
		expect(explorerCamera(seed, null, null, 1.5)).toEqual(first.extent);
	});

	it('frames the attack and its movements alone when no sortie is drawn', () => {
		expect(explorerCamera(seed, 'chinagodrar-2020-01-09', null, 1.5)).toEqual(incidentExtent(seed, 'chinagodrar-2020-01-09'));
	});

	for (const [base, aspect] of [
		['niamey-airport', 1.6],
		['air-base-201', 1.6],
		['niamey-airport', 0.5]
	] as const) {
		it(`with the response drawn from ${base}, frames the base, the attack and every waypoint of its movements (aspect ${aspect})`, () => {
			const basePoint = placeOf(base);
			const camera = explorerCamera(seed, 'chinagodrar-2020-01-09', basePoint, aspect)!;
			const halfWidth = camera.widthKm / 2;
			const halfHeight = camera.widthKm / aspect / 2;
			const inside = ([lon, lat]: LonLat) =>
				km([lon, camera.center[1]], camera.center) <= halfWidth && km([camera.center[0], lat], camera.center) <= halfHeight;
			const attack = seed.incidents.find((i) => i.id === 'chinagodrar-2020-01-09')!;
			const waypoints = seed.movements.filter((m) => m.incidentId === attack.id).flatMap((m) => m.waypoints.map((w): LonLat => [w.lon, w.lat]));
			for (const point of [basePoint, placeOf(attack.placeId), ...waypoints]) expect(inside(point), `${point} in view`).toBe(true);
		});
	}

	it('is the same target for the same view, and another for another base', () => {
		const niamey = explorerCamera(seed, 'tongo-tongo-2017-10-04', placeOf('niamey-airport'), 1.5);
		expect(sameTarget(niamey, explorerCamera(seed, 'tongo-tongo-2017-10-04', placeOf('niamey-airport'), 1.5))).toBe(true);
		expect(sameTarget(niamey, explorerCamera(seed, 'tongo-tongo-2017-10-04', placeOf('air-base-201'), 1.5))).toBe(false);
		expect(sameTarget(null, null)).toBe(true);
		expect(sameTarget(niamey, null)).toBe(false);
	});

	for (const aspect of [1.6, 0.6]) {
		it(`with a dataset shown and no focus, frames every event and every attack (aspect ${aspect}); a focus still frames its attack`, () => {
			// A Sahel-wide table: Chad to Senegal, as an ACLED export for the region would reach.
			const events = { west: -17.1, south: 10.2, east: 15.3, north: 20.9 };
			const camera = explorerCamera(seed, null, null, aspect, events)!;
			const halfWidth = camera.widthKm / 2;
			const halfHeight = camera.widthKm / aspect / 2;
			const inside = ([lon, lat]: LonLat) =>
				km([lon, camera.center[1]], camera.center) <= halfWidth && km([camera.center[0], lat], camera.center) <= halfHeight;
			const corners: LonLat[] = [
				[events.west, events.south],
				[events.east, events.north],
				[events.west, events.north],
				[events.east, events.south]
			];
			for (const point of [...corners, ...seed.incidents.map((i) => placeOf(i.placeId))]) expect(inside(point), `${point} in view`).toBe(true);
			expect(camera.widthKm).toBeGreaterThan(homeExtent(seed)!.widthKm);
			expect(explorerCamera(seed, 'chinagodrar-2020-01-09', null, aspect, events)).toEqual(incidentExtent(seed, 'chinagodrar-2020-01-09'));
		});
	}
});

