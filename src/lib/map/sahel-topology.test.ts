import { describe, expect, it } from 'vitest';
import { geoContains } from 'd3';
import type { Position } from 'geojson';
import { sahelMap, sharedBorder } from './sahel-topology';
import { haversineKm } from '../../../tests/unit/reference-geodesy';


function lineLengthKm(lines: Position[][]): number {
	let total = 0;
	for (const line of lines) for (let i = 1; i < line.length; i++) total += haversineKm(line[i - 1]!, line[i]!);
	return total;
}

function country(id: string) {
	const found = sahelMap.countries.find((c) => c.id === id);
	if (!found) throw new Error(`no country ${id}`);
	return found;
}

describe('sahelMap', () => {
	it('keeps Mali, Niger, Burkina Faso and every neighbour with ISO ids', () => {
		const ids = sahelMap.countries.map((c) => c.id);
		for (const id of ['466', '562', '854', '012', '478', '686', '324', '384', '288', '768', '204', '566', '148', '434']) {
			expect(ids).toContain(id);
		}
	});

	it('draws the Mali–Niger border within 10% of its published length (821–838 km, CIA World Factbook)', () => {
		const km = lineLengthKm(sharedBorder('466', '562').coordinates);
		expect(km).toBeGreaterThan(821 * 0.9);
		expect(km).toBeLessThan(838 * 1.1);
	});

	it('finds no shared border between countries that do not touch', () => {
		expect(sharedBorder('854', '012').coordinates).toEqual([]);
	});

	it.each([
		['Ayorou', 0.92, 14.7347, '562'],
		['Niamey', 2.1175, 13.515, '562'],
		['Chinagodrar', 3.0019, 15.2258, '562'],
		['Tongo Tongo', 1.8355, 15.0532, '562'],
		['Ménaka', 2.4, 15.9167, '466'],
		['Gao', -0.0056, 16.2472, '466'],
		['Ouagadougou', -1.5275, 12.3686, '854']
	])('%s falls inside the right country', (_name, lon, lat, id) => {
		const inside = sahelMap.countries.filter((c) => geoContains(c, [lon, lat])).map((c) => c.id);
		expect(inside).toEqual([id]);
	});

	// The stronger line is exactly the Mali–Niger, Mali–Burkina Faso and Niger–Burkina Faso borders:
	// as long as the three together, and no stretch of another border (Niger–Nigeria) in it.
	it('draws the Liptako–Gourma borders, and only those, stronger', () => {
		const pairs = [['466', '562'], ['466', '854'], ['562', '854']] as const;
		const expectedKm = pairs.reduce((sum, [a, b]) => sum + lineLengthKm(sharedBorder(a, b).coordinates), 0);
		expect(expectedKm).toBeGreaterThan(2000);
		expect(lineLengthKm(sahelMap.triBorders.coordinates)).toBeCloseTo(expectedKm, 6);
		const key = ([lon, lat]: Position) => `${lon},${lat}`;
		const strong = new Set(sahelMap.triBorders.coordinates.flat().map(key));
		const nigerNigeria = sharedBorder('562', '566').coordinates.flat();
		expect(nigerNigeria.length).toBeGreaterThan(10);
		expect(nigerNigeria.filter((p) => strong.has(key(p))).length).toBeLessThanOrEqual(2);
	});
});
