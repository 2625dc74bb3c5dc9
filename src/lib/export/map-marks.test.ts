import { describe, expect, it } from 'vitest';
import { geoPath } from 'd3';
import { seedProjection } from '../../../tests/unit/seed';
import { sahelDetail } from '../map/sahel-detail';
import { baseMarks } from './map-marks';
import type { Mark } from './frame';

const numbers = (d: string) => d.match(/-?\d+(\.\d+)?(e-?\d+)?/g)!.map(Number);
const paths = (marks: Mark[]) => marks.filter((m): m is Extract<Mark, { kind: 'path' }> => m.kind === 'path' && m.d !== '');

describe('baseMarks under a camera', () => {
	it('gives, in the map’s projected pixels at 0.001 px, paths that a camera moves onto the frame’s own to within its 0.1 px', () => {
		const [width, height] = [1280, 527];
		const projection = seedProjection(width, height);
		const camera = { k: 6.5, x: -3100.25, y: -1240.5 };
		// The frame's pixels computed apart: the same projection scaled and moved by the camera.
		const [tx, ty] = projection.translate();
		const zoomed = projection.scale(projection.scale() * camera.k).translate([tx * camera.k + camera.x, ty * camera.k + camera.y]);
		const input = { width, height, scene: { rings: [{ center: [2.18, 13.48] as [number, number], km: 200 }] }, detail: sahelDetail, surface: [], transparent: true };
		const frame = paths(baseMarks({ ...input, path: (o) => geoPath(zoomed).digits(1)(o) }));
		const under = paths(baseMarks({ ...input, path: (o) => geoPath(seedProjection(width, height)).digits(3)(o) }));
		expect(under.length).toBe(frame.length);
		let worst = 0;
		let compared = 0;
		under.forEach((mark, i) => {
			const [a, b] = [numbers(mark.d), numbers(frame[i]!.d)];
			expect(a.length).toBe(b.length);
			for (let j = 0; j < a.length; j++) worst = Math.max(worst, Math.abs(a[j]! * camera.k + (j % 2 === 0 ? camera.x : camera.y) - b[j]!));
			compared += a.length;
		});
		expect(compared).toBeGreaterThan(1000);
		expect(worst).toBeLessThan(0.05 + 0.0005 * camera.k + 1e-6);
	});
});
