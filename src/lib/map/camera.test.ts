import { describe, expect, it } from 'vitest';
import { seedProjection } from '../../../tests/unit/seed';
import { chapterCamera } from './chapter-camera';
import { type CameraExtent, cameraFor, extentAround, extentForAspect, sameCamera, viewedExtent } from './camera';
import { haversineKm } from '../../../tests/unit/reference-geodesy';

const MAX_ZOOM = 80;
const triBorder: CameraExtent = { center: [1.1, 14.9], widthKm: 600 };
const oneAttack: CameraExtent = { center: [1.93, 15.2], widthKm: 5 };

describe('cameraFor', () => {
	const projection = seedProjection(1280, 720);

	it('frames the whole region with no zoom, as the projection already fits it', () => {
		expect(cameraFor(null, 1280, 720, projection, MAX_ZOOM)).toEqual({ k: 1, x: 0, y: 0 });
	});

	it('frames an extent as chapterCamera does, within the zoom limit', () => {
		expect(cameraFor(triBorder, 1280, 720, projection, MAX_ZOOM)).toEqual(chapterCamera(triBorder, 1280, 720, projection));
	});

	it('stops at the deepest zoom with the centre still in the middle', () => {
		const camera = cameraFor(oneAttack, 1280, 720, projection, MAX_ZOOM);
		expect(chapterCamera(oneAttack, 1280, 720, projection).k).toBeGreaterThan(MAX_ZOOM);
		expect(camera.k).toBe(MAX_ZOOM);
		const [px, py] = projection(oneAttack.center)!;
		expect(camera.k * px + camera.x).toBeCloseTo(640, 6);
		expect(camera.k * py + camera.y).toBeCloseTo(360, 6);
	});

	it('with a covered top, centres the extent in the band below it at the same width', () => {
		const top = 120;
		const camera = cameraFor(triBorder, 1280, 720, projection, MAX_ZOOM, { top, right: 0, bottom: 0, left: 0 });
		const [px, py] = projection(triBorder.center)!;
		expect(camera.k * px + camera.x).toBeCloseTo(640, 6);
		expect(camera.k * py + camera.y).toBeCloseTo(top + (720 - top) / 2, 6);
		// The same kilometres across the map's width: the edges through the centre, measured independently.
		const edge = (sx: number) => projection.invert!([(sx - camera.x) / camera.k, (top + (720 - top) / 2 - camera.y) / camera.k])!;
		expect(haversineKm(edge(0), edge(1280))).toBeCloseTo(triBorder.widthKm, 0);
	});

	it('with a covered right and bottom (a key in the corner), frames the extent across the rectangle left', () => {
		const insets = { top: 40, right: 300, bottom: 60, left: 20 };
		const camera = cameraFor(triBorder, 1280, 720, projection, MAX_ZOOM, insets);
		const [px, py] = projection(triBorder.center)!;
		const [mx, my] = [20 + (1280 - 320) / 2, 40 + (720 - 100) / 2];
		expect(camera.k * px + camera.x).toBeCloseTo(mx, 6);
		expect(camera.k * py + camera.y).toBeCloseTo(my, 6);
		// The extent's kilometres between the rectangle's left and right edges, not the map's.
		const at = (sx: number) => projection.invert!([(sx - camera.x) / camera.k, (my - camera.y) / camera.k])!;
		expect(haversineKm(at(20), at(1280 - 300))).toBeCloseTo(triBorder.widthKm, 0);
	});
});

describe('viewedExtent', () => {
	it.each([
		[1920, 1080],
		[375, 667]
	])('gives back the extent a camera was made for, in %d × %d', (width, height) => {
		const projection = seedProjection(width, height);
		const seen = viewedExtent(cameraFor(triBorder, width, height, projection, MAX_ZOOM), width, height, projection)!;
		expect(seen.center[0]).toBeCloseTo(triBorder.center[0], 6);
		expect(seen.center[1]).toBeCloseTo(triBorder.center[1], 6);
		expect(seen.widthKm / triBorder.widthKm).toBeCloseTo(1, 5);
	});

	it('keeps a reader’s own view across a resize: the same place, as wide', () => {
		const before = seedProjection(1280, 720);
		const after = seedProjection(375, 667);
		const own = { k: 3.7, x: -1500, y: -700 };
		const seen = viewedExtent(own, 1280, 720, before)!;
		const refit = cameraFor(seen, 375, 667, after, MAX_ZOOM);
		const again = viewedExtent(refit, 375, 667, after)!;
		expect(again.center[0]).toBeCloseTo(seen.center[0], 6);
		expect(again.center[1]).toBeCloseTo(seen.center[1], 6);
		expect(again.widthKm / seen.widthKm).toBeCloseTo(1, 5);
	});

	it('is null when the map is panned off the projection’s world', () => {
		const projection = seedProjection(1280, 720);
		expect(viewedExtent({ k: 1, x: 0, y: 5000 }, 1280, 720, projection)).toBeNull();
		expect(viewedExtent({ k: 0.8, x: -20000, y: 3000 }, 1280, 720, projection)).toBeNull();
	});
});

describe('extentAround', () => {
	const niameyAirport: [number, number] = [2.1703, 13.4817];
	const chinagodrar: [number, number] = [3.0019, 15.2258];

	it('centres between the two points', () => {
		const { center } = extentAround(niameyAirport, chinagodrar, 2);
		expect(haversineKm(center, niameyAirport)).toBeCloseTo(haversineKm(center, chinagodrar), 6);
	});

	it('widens a tall pair by the map’s aspect, a wide pair by its own spread', () => {
		const south: [number, number] = [2, 14];
		const north: [number, number] = [2, 15];
		const tall = extentAround(south, north, 2, 1);
		expect(tall.widthKm).toBeCloseTo(2 * haversineKm(south, north), 6);
		const wide = extentAround([1, 14], [3, 14], 2, 1);
		expect(wide.widthKm).toBeCloseTo(haversineKm([1, 14], [3, 14]), 1);
	});

	it('leaves room around both points once framed', () => {
		const projection = seedProjection(1280, 720);
		const camera = cameraFor(extentAround(niameyAirport, chinagodrar, 1280 / 720), 1280, 720, projection, MAX_ZOOM);
		for (const point of [niameyAirport, chinagodrar]) {
			const [px, py] = projection(point)!;
			const [x, y] = [camera.k * px + camera.x, camera.k * py + camera.y];
			expect(x).toBeGreaterThan(20);
			expect(x).toBeLessThan(1260);
			expect(y).toBeGreaterThan(20);
			expect(y).toBeLessThan(700);
		}
	});
});

describe('extentForAspect', () => {
	/** Kilometres from the top edge to the bottom edge through the centre of a width × height map framing `extent`. */
	function tallKm(extent: CameraExtent, width: number, height: number): number {
		const projection = seedProjection(width, height);
		const { k, x, y } = cameraFor(extent, width, height, projection, MAX_ZOOM);
		const at = (sy: number) => projection.invert!([(width / 2 - x) / k, (sy - y) / k])!;
		return haversineKm(at(0), at(height));
	}

	it('shows on a wider map at least what the extent showed north to south on its own, and at least its width', () => {
		const shown = tallKm(triBorder, 1200, 1000);
		for (const [width, height] of [
			[1280, 527],
			[1920, 600],
			[1200, 1000]
		] as const) {
			const framed = extentForAspect(triBorder, width, height, 1.2);
			expect(framed.widthKm).toBeGreaterThanOrEqual(triBorder.widthKm);
			expect(tallKm(framed, width, height) / shown).toBeGreaterThan(0.995);
		}
	});

	it('keeps the extent on a map as narrow for its height as the one it was chosen on, or narrower', () => {
		expect(extentForAspect(triBorder, 1200, 1000, 1.2)).toEqual(triBorder);
		expect(extentForAspect(triBorder, 1080, 1080, 1.2)).toEqual(triBorder);
	});
});

describe('sameCamera', () => {
	it('takes a camera set again to the same framing as the same, and a pixel or a zoom step apart as another', () => {
		const at = { k: 3.52, x: -1204.31, y: -880.2 };
		expect(sameCamera(at, { ...at, x: at.x + 0.001 })).toBe(true);
		expect(sameCamera(at, { ...at, x: at.x + 1 })).toBe(false);
		expect(sameCamera(at, { ...at, k: at.k * 1.01 })).toBe(false);
	});
});
