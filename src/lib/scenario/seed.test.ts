// Independent checks of the seed against the facts it was written from: the
// distances are recomputed here (not with the app's geo code), places and
// waypoints are tested against the map's country polygons.
import { readFileSync } from 'node:fs';
import { geoContains } from 'd3';
import type { Feature } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { chapterExtent } from '../story/chapter-extent';
import { loadScenario } from './load';
import { haversineKm } from '../../../tests/unit/reference-geodesy';
import { SEED_TEXT, seed, seedIncident, seedPlace as place } from '../../../tests/unit/seed';

const TOPOLOGY = JSON.parse(readFileSync(new URL('../../../static/geo/sahel.topo.json', import.meta.url), 'utf8')) as Topology<{
	countries: GeometryCollection<{ name: string }>;
}>;
const COUNTRIES: Feature[] = feature(TOPOLOGY, TOPOLOGY.objects.countries).features;

const lonLat = (p: { lon: number; lat: number }) => [p.lon, p.lat] as const;

function countryAt(lon: number, lat: number): string | undefined {
	return COUNTRIES.find((country) => country.id !== undefined && geoContains(country, [lon, lat]))?.id?.toString();
}

describe('the seed scenario', () => {
	it('validates', () => {
		expect(loadScenario(SEED_TEXT)).toMatchObject({ ok: true });
	});

	// A chapter that tells an attack must show it: its hours on the timeline, its place on the map,
	// even on a 16:9 projector (the frame is widthKm across and 9/16 of that high).
	const told = seed.chapters.flatMap((c) => (c.focus === undefined ? [] : [[c.id, c, seedIncident(c.focus)] as const]));
	it.each(told)('chapter %s shows the attack it tells, in time and on the map', (_, chapter, incident) => {
		const start = Date.parse(incident.start);
		expect(Date.parse(chapter.window.from)).toBeLessThanOrEqual(start);
		expect(Date.parse(chapter.window.to)).toBeGreaterThanOrEqual(start);
		const extent = chapterExtent(seed, chapter)!;
		const [lon, lat] = extent.center;
		const at = place(incident.placeId);
		expect(haversineKm([lon, at.lat], [at.lon, at.lat]), 'east–west from the centre').toBeLessThanOrEqual(extent.widthKm / 2);
		expect(haversineKm([lon, lat], [lon, at.lat]), 'north–south from the centre').toBeLessThanOrEqual((extent.widthKm * 9) / 16 / 2);
	});
});

describe('distances recomputed from the seed coordinates', () => {
	it.each([
		['niamey-airport', 'chinagodrar', 213.6, 1],
		['air-base-201', 'chinagodrar', 569, 1],
		['niamey-airport', 'tongo-tongo', 178, 1],
		['niamey-airport', 'ayorou', 194, 1],
		['niamey-airport', 'inates', 215, 1],
		// The Chinagodrar report puts Inates "about 112 miles west".
		['inates', 'chinagodrar', 180, 5]
	])('%s → %s ≈ %d km', (from, to, km, tolerance) => {
		expect(Math.abs(haversineKm(lonLat(place(from)), lonLat(place(to))) - km)).toBeLessThanOrEqual(tolerance);
	});
});

describe('places and tracks on the map', () => {
	it.each(seed.places.map((p) => [p.id, p] as const))('%s lies in its stated country', (_, p) => {
		expect(countryAt(p.lon, p.lat)).toBe(p.country);
	});

	// Each waypoint's time carries the offset of the country it is meant to be
	// in (Mali UTC+0, Niger UTC+1): the map must agree.
	const COUNTRY_BY_OFFSET: Record<string, string> = { '+00:00': '466', '+01:00': '562' };
	const waypoints = seed.movements.flatMap((m) => m.waypoints.map((w, k) => [`${m.id}[${k}]`, w] as const));
	it.each(waypoints)('waypoint %s lies on the side of the border its time zone says', (_, w) => {
		expect(countryAt(w.lon, w.lat)).toBe(COUNTRY_BY_OFFSET[w.t.slice(-6)]);
	});

	it.each([
		['ayorou-raid-from-mali', ['466', '562', '466']],
		['chinagodrar-vehicles-from-west', ['466', '562']],
		['chinagodrar-withdrawal-to-mali', ['562', '466']]
	])('%s crosses the Mali–Niger border as reported', (id, sequence) => {
		const movement = seed.movements.find((m) => m.id === id);
		const countries = movement?.waypoints.map((w) => countryAt(w.lon, w.lat)) ?? [];
		const crossings = countries.filter((c, k) => k === 0 || c !== countries[k - 1]);
		expect(crossings).toEqual(sequence);
	});
});

describe('tolls as the facts table gives them', () => {
	const toll = (incidentId: string, side: string, measure: string, partyEn?: string) =>
		seed.incidents
			.find((i) => i.id === incidentId)
			?.tolls.find((t) => t.side === side && t.measure === measure && (partyEn === undefined || t.party?.en === partyEn))
			?.reports.map((r) => ['value' in r ? r.value : [r.low, r.high], r.reported ?? 'undated', r.atLeast ?? false]);

	it('Chinagodrar: 25 on 9 Jan, at least 89 on 11 Jan, 89 official on 12 Jan; attackers 63 then 77 on 12 Jan', () => {
		expect(toll('chinagodrar-2020-01-09', 'security', 'killed')).toEqual([
			[25, '2020-01-09', false],
			[89, '2020-01-11', true],
			[89, '2020-01-12', false]
		]);
		expect(toll('chinagodrar-2020-01-09', 'security', 'wounded')).toEqual([[6, '2020-01-09', false]]);
		expect(toll('chinagodrar-2020-01-09', 'attackers', 'killed')).toEqual([
			[63, '2020-01-09', false],
			[77, '2020-01-12', false]
		]);
	});

	it('Ayorou: 12, then 13 gendarmes killed; 5 wounded, at least 5 per ANP; 1 attacker killed, at least 1 with the pursuit', () => {
		expect(toll('ayorou-2017-10-21', 'security', 'killed')?.map(([value]) => value)).toEqual([12, 13, 13]);
		expect(toll('ayorou-2017-10-21', 'security', 'wounded')).toEqual([
			[5, '2017-10-21', false],
			[5, '2017-10-21', false],
			[5, '2017-10-21', true]
		]);
		expect(toll('ayorou-2017-10-21', 'attackers', 'killed')).toEqual([
			[1, '2017-10-21', false],
			[1, '2017-10-21', true]
		]);
	});

	it('Tongo Tongo: 4 US killed, 2 wounded; 4 Nigerien soldiers and 1 interpreter killed, 8 wounded; at least 21 attackers', () => {
		expect(toll('tongo-tongo-2017-10-04', 'security', 'killed', 'US soldiers')?.map(([value]) => value)).toEqual([4, 4]);
		expect(toll('tongo-tongo-2017-10-04', 'security', 'wounded', 'US soldiers')?.map(([value]) => value)).toEqual([2]);
		expect(toll('tongo-tongo-2017-10-04', 'security', 'killed', 'Nigerien soldiers')?.map(([value]) => value)).toEqual([4]);
		expect(toll('tongo-tongo-2017-10-04', 'security', 'killed', 'Nigerien interpreter')?.map(([value]) => value)).toEqual([1]);
		expect(toll('tongo-tongo-2017-10-04', 'security', 'wounded', 'Nigerien soldiers')?.map(([value]) => value)).toEqual([8]);
		expect(toll('tongo-tongo-2017-10-04', 'attackers', 'killed')).toEqual([[21, 'undated', true]]);
	});

	it('Inates: 71 killed and 12 wounded (Defence Ministry, 11 Dec); the Islamic State’s "more than 100" is an opposing claim', () => {
		const inates = seed.incidents.find((i) => i.id === 'inates-2019-12-10');
		const killed = inates?.tolls.find((t) => t.side === 'security' && t.measure === 'killed')?.reports ?? [];
		expect(killed.map((r) => ('value' in r ? r.value : undefined))).toEqual([71, 100]);
		expect(killed[0]?.reported).toBe('2019-12-11');
		expect(killed[1]?.moreThan).toBe(true);
		expect(killed[1]?.atLeast).toBeUndefined();
		expect(killed[1]?.claimBy).toBe('opponent');
		expect(killed[1]?.claimant?.en).toMatch(/Islamic State/);
		expect(toll('inates-2019-12-10', 'security', 'wounded')?.map(([value]) => value)).toEqual([12]);
	});

	// The one rule: a side's own authorities about its own people are "own", its enemies' figures "opponent".
	it('says who gave every figure, relative to the people counted', () => {
		for (const incident of seed.incidents) {
			for (const t of incident.tolls) {
				for (const r of t.reports) {
					const who = r.claimant?.en ?? '';
					if (t.side === 'attackers') expect(r.claimBy, `${incident.id}: ${who}`).toBe('opponent');
					if (/Islamic State/.test(who)) expect(r.claimBy).toBe('opponent');
					if (t.side === 'security' && /Niger|Nigerien|Security sources|Dunford|Bazoum|Gagara/.test(who)) expect(r.claimBy).toBe('own');
				}
			}
		}
	});
});

describe('provenance', () => {
	it('marks the figures nobody published as estimates', () => {
		expect(place('ikrafane-forest').precision).toBe('estimate');
		expect(place('inates').precision).toBe('estimate');
		const mirage = seed.aircraftTypes.find((a) => a.id === 'mirage-2000d');
		const reaper = seed.aircraftTypes.find((a) => a.id === 'mq-9-reaper');
		expect([mirage?.cruiseKmh.estimate, mirage?.combatRadiusKm?.estimate, reaper?.maxKmh.estimate]).toEqual([true, true, true]);
	});

	// Walks the raw JSON: every number outside the presentation-only chapters
	// must sit in an object that cites a source, directly or through an ancestor.
	it('gives every number a source', () => {
		const unsourced: string[] = [];
		const walk = (value: unknown, path: string, sourced: boolean): void => {
			if (typeof value === 'number' && !sourced) unsourced.push(path);
			if (value === null || typeof value !== 'object') return;
			const cites = !Array.isArray(value) && ('sourceId' in value || 'sourceIds' in value);
			for (const [key, item] of Object.entries(value)) walk(item, `${path}.${key}`, sourced || cites);
		};
		// Chapters, the frame and the surface's extent are presentation, not facts.
		const { chapters: _presentation, frame: _frame, surfaceExtent: _surface, ...data } = JSON.parse(SEED_TEXT) as Record<string, unknown>;
		walk(data, '', false);
		expect(unsourced).toEqual([]);
	});

	it('links only to http(s) pages', () => {
		for (const source of seed.sources) if (source.url !== undefined) expect(source.url).toMatch(/^https?:\/\//);
	});
});
