import { describe, expect, it } from 'vitest';
import { seedProjection } from '../../../tests/unit/seed';
import { chapterCamera } from './chapter-camera';
import { haversineKm } from '../../../tests/unit/reference-geodesy';


const viewports: [number, number][] = [
	[1920, 1080],
	[1280, 720],
	[375, 667]
];
const extents: { center: [number, number]; widthKm: number }[] = [
	{ center: [1.1, 14.9], widthKm: 600 }, // the tri-border area
	{ center: [1.93, 15.2], widthKm: 60 }, // one attack
	{ center: [-4.5, 12.5], widthKm: 2500 }, // the whole Sahel, off the projection's centre
	{ center: [13.2, 13.7], widthKm: 5 } // Lake Chad's shore, near the map's edge
];

describe('chapterCamera', () => {
	describe.each(viewports)('in %d × %d', (width, height) => {
		const projection = seedProjection(width, height);
		const toMap = (camera: { k: number; x: number; y: number }, [sx, sy]: [number, number]) => {
			const point = projection.invert!([(sx - camera.x) / camera.k, (sy - camera.y) / camera.k]);
			if (!point) throw new Error('off the map');
			return point;
		};

		it.each(extents)('centres $center and spans $widthKm km', (extent) => {
			const camera = chapterCamera(extent, width, height, projection);
			const [px, py] = projection(extent.center)!;
			expect(camera.k * px + camera.x).toBeCloseTo(width / 2, 6);
			expect(camera.k * py + camera.y).toBeCloseTo(height / 2, 6);

			const left = toMap(camera, [0, height / 2]);
			const right = toMap(camera, [width, height / 2]);
			const km = haversineKm(left, right);
			expect(Math.abs(km / extent.widthKm - 1)).toBeLessThan(0.02);
		});
	});

	it('zooms in as the width narrows', () => {
		const projection = seedProjection(1280, 720);
		const wide = chapterCamera({ center: [1.1, 14.9], widthKm: 600 }, 1280, 720, projection);
		const narrow = chapterCamera({ center: [1.1, 14.9], widthKm: 60 }, 1280, 720, projection);
		expect(narrow.k / wide.k).toBeCloseTo(10, 1);
	});

	it.each([
		[{ center: [1, 15] as [number, number], widthKm: 60_000 }, 1280, 720, 'invalid extent'],
		[{ center: [1, 15] as [number, number], widthKm: 100 }, 0, 720, 'invalid viewport']
	])('fails loudly on %o in %d × %d', (extent, width, height, message) => {
		expect(() => chapterCamera(extent, width, height, seedProjection(1280, 720))).toThrow(message);
	});
});
