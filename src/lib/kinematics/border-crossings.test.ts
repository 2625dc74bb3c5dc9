import { readFileSync } from 'node:fs';
import type { FeatureCollection, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { createCountryIndex } from '../geo/country-index';
import type { LonLat } from '../geo/lonlat';
import { borderCrossings } from './border-crossings';
import type { TimedPoint } from './track';

// Independent references on the unit sphere (3D vectors, no d3): distance,
// and the distance from a point to a great-circle arc (a border segment).
const R = 6371;
type Vector = [number, number, number];
const rad = (deg: number) => (deg * Math.PI) / 180;
const toVector = ([lon, lat]: LonLat | number[]): Vector => [
	Math.cos(rad(lat!)) * Math.cos(rad(lon!)),
	Math.cos(rad(lat!)) * Math.sin(rad(lon!)),
	Math.sin(rad(lat!))
];
const dot = (u: Vector, v: Vector) => u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
const cross = (u: Vector, v: Vector): Vector => [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]];
const norm = (u: Vector) => Math.sqrt(dot(u, u));
const angleKm = (u: Vector, v: Vector) => R * Math.atan2(norm(cross(u, v)), dot(u, v));
const distanceKm = (a: LonLat, b: LonLat) => angleKm(toVector(a), toVector(b));

function distanceToArcKm(p: LonLat, a: number[], b: number[]): number {
	const [P, A, B] = [toVector(p), toVector(a), toVector(b)];
	const n = cross(A, B);
	// The foot of the perpendicular lies on the arc when P is on the inner side of both ends.
	if (dot(cross(n, A), P) >= 0 && dot(cross(B, n), P) >= 0) return R * Math.abs(Math.asin(dot(P, n) / norm(n)));
	return Math.min(angleKm(P, A), angleKm(P, B));
}

const topology = JSON.parse(readFileSync('static/geo/sahel.topo.json', 'utf8')) as Topology<{
	countries: GeometryCollection<{ name: string }>;
}>;
const countries = feature(topology, topology.objects.countries) as FeatureCollection;
const { countryAt } = createCountryIndex(countries.features);

function sharedBorder(one: string, other: string): MultiLineString {
	return mesh(topology, topology.objects.countries, (a, b) => a !== b && [one, other].includes(String(a.id)) && [one, other].includes(String(b.id)));
}
function distanceToBorderKm(p: LonLat, border: MultiLineString): number {
	let best = Infinity;
	for (const line of border.coordinates) {
		for (let i = 1; i < line.length; i++) best = Math.min(best, distanceToArcKm(p, line[i - 1]!, line[i]!));
	}
	return best;
}

const HOUR = 3_600_000;
const t0 = Date.UTC(2020, 0, 9, 11, 0);
const at = (hours: number, [lon, lat]: LonLat): TimedPoint => ({ t: t0 + hours * HOUR, lon, lat });

const menaka: LonLat = [2.4, 15.9167]; // Mali
const chinagodrar: LonLat = [3.0019, 15.2258]; // Niger
const ayorou: LonLat = [0.92, 14.7347]; // Niger
const ansongo: LonLat = [0.5017, 15.6594]; // Mali
const gao: LonLat = [-0.0056, 16.2472]; // Mali
const ouagadougou: LonLat = [-1.5275, 12.3686]; // Burkina Faso
const niameyAirport: LonLat = [2.1703, 13.4817]; // Niger

describe('borderCrossings on the real map', () => {
	it.each([
		{ name: 'Ménaka → Chinagodrar', from: menaka, to: chinagodrar, expected: ['466', '562'] },
		{ name: 'Chinagodrar → Ménaka', from: chinagodrar, to: menaka, expected: ['562', '466'] },
		{ name: 'Ansongo → Ayorou', from: ansongo, to: ayorou, expected: ['466', '562'] },
		{ name: 'Gao → Ouagadougou', from: gao, to: ouagadougou, expected: ['466', '854'] }
	])('$name crosses once, on the border, at the time constant speed gives', ({ from, to, expected }) => {
		const [fromId, toId] = expected as [string, string];
		const crossings = borderCrossings([at(0, from), at(2, to)], countryAt);
		expect(crossings).toHaveLength(1);
		const [crossing] = crossings as [(typeof crossings)[number]];
		expect([crossing.from, crossing.to]).toEqual([fromId, toId]);
		expect(distanceToBorderKm(crossing.position, sharedBorder(fromId, toId))).toBeLessThan(0.1);

		const travelled = distanceKm(from, crossing.position) / distanceKm(from, to);
		const kmPerMs = distanceKm(from, to) / (2 * HOUR);
		expect(Math.abs(crossing.t - (t0 + travelled * 2 * HOUR)) * kmPerMs).toBeLessThan(1e-6);
		// On the track's great circle, not merely near the border.
		expect(distanceToArcKm(crossing.position, [...from], [...to])).toBeLessThan(1e-6);
	});

	it('a raid from Mali into Niger and back crosses twice, in order', () => {
		const crossings = borderCrossings([at(0, ansongo), at(1, ayorou), at(1.5, ayorou), at(3, menaka)], countryAt);
		expect(crossings.map(({ from, to }) => [from, to])).toEqual([
			['466', '562'],
			['562', '466']
		]);
		const [first, second] = crossings as [(typeof crossings)[number], (typeof crossings)[number]];
		expect(first.t).toBeGreaterThan(t0);
		expect(first.t).toBeLessThan(t0 + HOUR);
		expect(second.t).toBeGreaterThan(t0 + 1.5 * HOUR);
		expect(second.t).toBeLessThan(t0 + 3 * HOUR);
		const border = sharedBorder('466', '562');
		for (const { position } of crossings) expect(distanceToBorderKm(position, border)).toBeLessThan(0.1);
	});

	it.each([
		{ name: 'inside Niger', track: [at(0, niameyAirport), at(1, chinagodrar)] },
		{ name: 'inside Mali', track: [at(0, gao), at(1, ansongo), at(2, menaka)] },
		{ name: 'one waypoint', track: [at(0, chinagodrar)] },
		{ name: 'no waypoints', track: [] },
		{ name: 'standing still', track: [at(0, chinagodrar), at(5, chinagodrar)] }
	])('$name: no crossing', ({ track }) => {
		expect(borderCrossings(track, countryAt)).toEqual([]);
	});
});

describe('borderCrossings with a synthetic map', () => {
	const westOfOne = (p: LonLat) => (p[0] < 1 ? 'W' : 'E');

	it.each([0.1, 0.01, 0.001])('finds the meridian 1° E along the equator within toleranceKm = %s', (toleranceKm) => {
		const [crossing] = borderCrossings([at(0, [0, 0]), at(2, [2, 0])], westOfOne, toleranceKm);
		expect(crossing).toBeDefined();
		expect(distanceKm(crossing!.position, [1, 0])).toBeLessThan(toleranceKm / 2);
		expect(Math.abs(crossing!.t - (t0 + HOUR))).toBeLessThan(((toleranceKm / 2) * 2 * HOUR) / distanceKm([0, 0], [2, 0]));
		expect([crossing!.from, crossing!.to]).toEqual(['W', 'E']);
	});

	it('walks two borders that fall between the same two samples', () => {
		const sliver = (p: LonLat) => (p[0] < 1 ? 'A' : p[0] < 1.003 ? 'S' : 'B'); // S is 330 m wide
		const crossings = borderCrossings([at(0, [0.9995, 0]), at(1, [1.0045, 0])], sliver, 0.01);
		expect(crossings.map(({ from, to }) => `${from}→${to}`)).toEqual(['A→S', 'S→B']);
		expect(distanceKm(crossings[0]!.position, [1, 0])).toBeLessThan(0.005);
		expect(distanceKm(crossings[1]!.position, [1.003, 0])).toBeLessThan(0.005);
	});

	it('reports leaving every country as a crossing to null', () => {
		const coast = (p: LonLat) => (p[1] > 5 ? 'land' : null);
		const crossings = borderCrossings([at(0, [0, 6]), at(1, [0, 4])], coast);
		expect(crossings.map(({ from, to }) => [from, to])).toEqual([['land', null]]);
	});

	it.each([0, -1, Number.NaN])('rejects toleranceKm = %s', (toleranceKm) => {
		expect(() => borderCrossings([], westOfOne, toleranceKm)).toThrow(`invalid toleranceKm: ${toleranceKm}`);
	});

	it('rejects waypoints out of time order', () => {
		expect(() => borderCrossings([at(1, [0, 0]), at(0, [2, 0])], westOfOne)).toThrow('invalid points: time goes back at index 1');
	});
});
