import { describe, expect, it } from 'vitest';
import { seedProjection } from '../../../tests/unit/seed';
import { cameraFor, type CameraExtent } from './camera';
import { clearCamera } from './camera-clear';
import { LOCATOR_ZOOM } from './locator';
import type { CameraTransform } from './chapter-camera';
import type { LonLat } from '../geo/lonlat';

const MAX_ZOOM = 80;
/** As the explorer frames: targets as given, at any scale (the readable scale is targetCamera's own test). */
const FRAMING = { aspect: null, kmPerPx: Infinity, maxZoom: MAX_ZOOM };
const width = 1280;
const height = 720;
const projection = seedProjection(width, height);
const map = { width, height, projection };
const region: CameraExtent = { center: [1.9, 14.9], widthKm: 900 };
const onScreen = ({ k, x, y }: CameraTransform, place: LonLat) => {
	const [px, py] = projection(place)!;
	return [k * px + x, k * py + y] as const;
};
/** A key-sized box whose centre is where the bare framing draws `place`. */
const boxOver = (place: LonLat) => {
	const [sx, sy] = onScreen(cameraFor(region, width, height, projection, MAX_ZOOM), place);
	return { x: sx - 100, y: sy - 80, width: 200, height: 160 };
};

describe('clearCamera', () => {
	it('frames the whole region with no zoom, whatever lies over the map', () => {
		expect(clearCamera(null, map, FRAMING, { boxes: [{ x: 0, y: 0, width: 640, height: 720 }], locator: null }, [[1.9, 14.9]])).toEqual({ k: 1, x: 0, y: 0 });
	});

	it('keeps the bare framing when no attack is under an overlay (the explorer’s home, a chapter as readers know it)', () => {
		const corner = { x: width - 60, y: 10, width: 48, height: 200 };
		const attacks: LonLat[] = [region.center, [1.2, 15.0]];
		expect(clearCamera(region, map, FRAMING, { boxes: [corner], locator: null }, attacks)).toEqual(cameraFor(region, width, height, projection, MAX_ZOOM));
	});

	it('ignores an attack off the map and a box over nothing', () => {
		const far: LonLat = [20, 30];
		const box = { x: 20, y: 20, width: 200, height: 100 };
		const [fx, fy] = onScreen(cameraFor(region, width, height, projection, MAX_ZOOM), far);
		expect(fx > width || fy < 0).toBe(true);
		expect(clearCamera(region, map, FRAMING, { boxes: [box], locator: null }, [far])).toEqual(cameraFor(region, width, height, projection, MAX_ZOOM));
	});

	it('moves an attack the bare framing puts under an overlay out from under it, zooming out no further than the rectangle left asks', () => {
		const attack: LonLat = [5.2, 14.6];
		const key = { ...boxOver(attack), x: width - 300, width: 290 };
		const bare = cameraFor(region, width, height, projection, MAX_ZOOM);
		const [bx, by] = onScreen(bare, attack);
		expect(bx > key.x && bx < key.x + key.width && by > key.y && by < key.y + key.height).toBe(true);
		const camera = clearCamera(region, map, FRAMING, { boxes: [key], locator: null }, [attack]);
		const [sx, sy] = onScreen(camera, attack);
		expect(sx < key.x || sy < key.y || sy > key.y + key.height).toBe(true);
		expect(camera.k).toBeLessThan(bare.k);
		// The extent's width across what the key leaves to its left (cut from the right: 290 + 10 + 8 px).
		expect(camera.k / bare.k).toBeCloseTo((width - 308) / width, 2);
	});

	it('keeps an attack clear of the locator on a map zoomed in to show it, not on one zoomed out', () => {
		const attack: LonLat = [1.0, 15.4];
		const locator = { x: 12, y: 12, width: 240, height: 150 };
		const near: CameraExtent = { center: [1.9, 14.9], widthKm: 300 };
		const bare = cameraFor(near, width, height, projection, MAX_ZOOM);
		const [bx, by] = onScreen(bare, attack);
		expect(bare.k).toBeGreaterThanOrEqual(LOCATOR_ZOOM);
		expect(bx < locator.x + locator.width && by < locator.y + locator.height).toBe(true);
		const camera = clearCamera(near, map, FRAMING, { boxes: [], locator }, [attack]);
		const [sx, sy] = onScreen(camera, attack);
		expect(sx > locator.x + locator.width || sy > locator.y + locator.height).toBe(true);
		expect(camera.k).toBeGreaterThanOrEqual(LOCATOR_ZOOM);
		// Zoomed out past the locator's zoom, a box where it would stand hides nothing.
		const far: CameraExtent = { center: [1.9, 14.9], widthKm: 2000 };
		const whole = cameraFor(far, width, height, projection, MAX_ZOOM);
		const [wx, wy] = onScreen(whole, attack);
		expect(whole.k).toBeLessThan(LOCATOR_ZOOM);
		const over = { x: wx - 75, y: wy - 75, width: 150, height: 150 };
		expect(clearCamera(far, map, FRAMING, { boxes: [], locator: over }, [attack])).toEqual(whole);
	});
});
