import { describe, expect, it } from 'vitest';
import type { LonLat } from '../geo/lonlat';
import { seed, seedProjection } from '../../../tests/unit/seed';
import { haversineKm } from '../../../tests/unit/reference-geodesy';
import { cameraFor, extentForAspect, PRESENTER_ASPECT, targetCamera, type CameraExtent } from './camera';
import { incidentSymbols } from './incident-symbol';
import { separatingKmPerPx } from './readable-scale';
import { INCIDENT_LARGEST_RADIUS } from './symbols';

const MAX_ZOOM = 80;
const border: CameraExtent = { center: [1.9, 14.9], widthKm: 900 };
const kmPerPx = separatingKmPerPx(incidentSymbols(seed, INCIDENT_LARGEST_RADIUS));
const framing = { aspect: null, kmPerPx, maxZoom: MAX_ZOOM };

/** The four attacks' discs on a width × height map under `target`'s camera: [x, y, r] in pixels. */
function discs(target: CameraExtent | null, width: number, height: number): [number, number, number][] {
	const projection = seedProjection(width, height);
	const { k, x, y } = targetCamera(target, width, height, projection, framing);
	return incidentSymbols(seed, INCIDENT_LARGEST_RADIUS).map(({ at, r }) => {
		const [px, py] = projection(at)!;
		return [k * px + x, k * py + y, r];
	});
}

describe('targetCamera', () => {
	it.each([
		[320, 309],
		[360, 481],
		[600, 274],
		[1280, 567]
	])('on a %i × %i map, draws the whole region’s and the border chapter’s attacks apart, each on the map', (width, height) => {
		for (const target of [null, border]) {
			const drawn = discs(target, width, height);
			for (const [x, y] of drawn) {
				expect(x).toBeGreaterThan(0);
				expect(x).toBeLessThan(width);
				expect(y).toBeGreaterThan(0);
				expect(y).toBeLessThan(height);
			}
			drawn.forEach(([ax, ay, ar], i) => {
				for (const [bx, by, br] of drawn.slice(i + 1)) expect(Math.hypot(ax - bx, ay - by)).toBeGreaterThanOrEqual(ar + br);
			});
		}
	});

	it('narrows a target about its centre to the kilometres the map has pixels for', () => {
		const projection = seedProjection(320, 309);
		const camera = targetCamera(border, 320, 309, projection, framing);
		const edge = (sx: number): LonLat => projection.invert!([(sx - camera.x) / camera.k, (309 / 2 - camera.y) / camera.k]) as LonLat;
		expect(haversineKm(edge(0), edge(320))).toBeCloseTo(320 * kmPerPx, 0);
		expect(haversineKm(edge(160), border.center)).toBeLessThan(0.01);
	});

	it('frames as before a target, or the region, that reads on the map already', () => {
		const projection = seedProjection(1280, 720);
		expect(targetCamera(border, 1280, 720, projection, framing)).toEqual(cameraFor(border, 1280, 720, projection, MAX_ZOOM));
		const free = { ...framing, kmPerPx: Infinity };
		expect(targetCamera(null, 1280, 720, projection, free)).toEqual({ k: 1, x: 0, y: 0 });
		const presenter = { ...free, aspect: PRESENTER_ASPECT };
		const clock = { top: 100, right: 0, bottom: 0, left: 0 };
		expect(targetCamera(border, 1280, 720, projection, presenter, clock)).toEqual(
			cameraFor(extentForAspect(border, 1280, 620, PRESENTER_ASPECT), 1280, 720, projection, MAX_ZOOM, clock)
		);
	});
});
