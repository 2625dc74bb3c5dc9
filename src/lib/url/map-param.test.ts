import { describe, expect, it } from 'vitest';
import { seedProjection } from '../../../tests/unit/seed';
import { cameraFor, viewedExtent } from '../map/camera';
import { mapParam } from './map-param';
import { readParam, writeParam } from './params';

const read = (text: string) => readParam(new URLSearchParams({ map: text }), mapParam);

describe('map: the map’s framing in a link', () => {
	it('reads the centre’s longitude and latitude, then the kilometres across', () => {
		expect(read('1.7,14.6,420')).toEqual({ ok: true, value: { center: [1.7, 14.6], widthKm: 420 } });
		expect(read('-3.25,-12.5,1')).toEqual({ ok: true, value: { center: [-3.25, -12.5], widthKm: 1 } });
	});

	it.each([
		['', 'empty'],
		['1.7,14.6', 'two numbers'],
		['1.7;14.6;420', 'another separator'],
		['1.7,14.6,420,3', 'four numbers'],
		['1e2,14.6,420', 'an exponent'],
		['181,14.6,420', 'a longitude past 180°'],
		['1.7,81,420', 'a latitude past 80°'],
		['1.7,14.6,0.5', 'under a kilometre across'],
		['1.7,14.6,10001', 'wider than a continent'],
		['1.7,14.6,-420', 'a negative width'],
		['NaN,14.6,420', 'not a number']
	])('refuses “%s” (%s) with a reason', (text) => {
		const result = read(text);
		expect(result?.ok).toBe(false);
		expect(result?.ok === false && result.problem.length).toBeGreaterThan(10);
	});

	it('writes 4 decimals of a degree and 0.1 km, and reads back what it wrote', () => {
		const search = new URLSearchParams();
		writeParam(search, mapParam, { center: [1.234567, 14.000049], widthKm: 318.26 });
		expect(search.get('map')).toBe('1.2346,14,318.3');
		expect(readParam(search, mapParam)).toEqual({ ok: true, value: { center: [1.2346, 14], widthKm: 318.3 } });
	});

	it('brings a zoomed and panned map back to within a pixel, at the same size', () => {
		const [width, height] = [880, 640];
		const projection = seedProjection(width, height);
		// Zoomed in 9 times near Niamey, and zoomed in 1.6 times off-centre.
		for (const shown of [
			{ k: 9, x: -4100, y: -2300 },
			{ k: 1.6, x: -150, y: 90 }
		]) {
			const search = new URLSearchParams();
			writeParam(search, mapParam, viewedExtent(shown, width, height, projection)!);
			const read = readParam(search, mapParam);
			expect(read?.ok).toBe(true);
			const back = cameraFor(read?.ok ? read.value : null, width, height, projection, 80);
			// A place at each corner lands where it was.
			for (const [sx, sy] of [
				[0, 0],
				[width, height]
			] as const) {
				const place = [(sx - shown.x) / shown.k, (sy - shown.y) / shown.k] as const;
				expect(Math.hypot(back.k * place[0] + back.x - sx, back.k * place[1] + back.y - sy)).toBeLessThan(1);
			}
		}
	});
});
