import { describe, expect, it } from 'vitest';
import { syntheticEvents } from '../synthetic';
import { GEOJSON_END, GEOJSON_SEPARATOR, GEOJSON_START, geojsonFeature } from '../synthetic-geojson';
import { stringAt } from '../event-table';
import { GEOJSON_LIMITS } from '../limits';
import { importGeoJson } from './geojson-importer';
import { importData } from './import-data';
import type { ImportOptions, ImportResult } from './import-options';

const options: ImportOptions = { name: 'points.geojson', countingRule: (preset, column) => `${preset}:${column}` };
const DAY = 86_400_000;

const collection = (features: string[]) => GEOJSON_START + features.join(GEOJSON_SEPARATOR) + GEOJSON_END;
const point = (lon: unknown, lat: unknown, properties: object) => JSON.stringify({ type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties });

function ok(result: ImportResult) {
	if (!result.ok) throw new Error(`${result.code} ${result.detail}`);
	return result;
}

describe('importGeoJson', () => {
	// Over a megabyte, so the file arrives in more than one piece.
	const events = [...syntheticEvents({ count: 2500, seed: 5 })];
	const good = events.map(geojsonFeature);

	it('imports the generator’s points as an ACLED export, each event where and when the generator put it', async () => {
		const text = collection(good);
		expect(text.length).toBeGreaterThan(1 << 20);
		const result = ok(await importData(new Blob([text]), options));
		expect(result.report).toMatchObject({ format: 'geojson', preset: 'acled', rowsRead: 2500, imported: 2500, rejected: 0 });
		expect(result.table).toMatchObject({ synthetic: true, countingRule: 'acled:fatalities', length: 2500 });
		const byId = new Map(events.map((event) => [event.id, event]));
		const table = result.table;
		for (let i = 0; i < table.length; i++) {
			const event = byId.get(stringAt(table.id, i))!;
			// The generator writes 4 decimals; the table keeps Float32.
			expect(Math.abs(table.lon[i]! - event.lon)).toBeLessThan(1e-4);
			expect(Math.abs(table.lat[i]! - event.lat)).toBeLessThan(1e-4);
			expect(table.fatalities[i]).toBe(event.fatalities);
			// ACLED dates an event by its middle day: the span read covers that whole day.
			const middle = Math.floor((event.start + event.end) / 2 / DAY) * DAY;
			expect(table.start[i]).toBeLessThanOrEqual(middle);
			expect(table.end[i]).toBeGreaterThanOrEqual(middle + DAY - 1);
		}
	});

	it('rejects each feature that is not a usable point by its index in features, with the reason', async () => {
		const date = { event_date: '2019-03-10', event_id_cnty: 'SYN-X' };
		const features = [
			...good.slice(0, 3),
			JSON.stringify({ type: 'Feature', geometry: { type: 'Polygon', coordinates: [] }, properties: date }),
			JSON.stringify({ type: 'Feature', geometry: null, properties: date }),
			'42',
			JSON.stringify({ type: 'Feature', geometry: { type: 'Point', coordinates: [1] }, properties: date }),
			point(1.5, 191.2, date),
			'{"type":"Feature",}',
			point('east', 14, date)
		];
		const result = ok(await importGeoJson(collection(features), options));
		expect(result.report).toMatchObject({ rowsRead: 10, imported: 3, rejected: 7 });
		expect(result.report.problems.map(({ row, column, code, value }) => [row, column, code, value])).toEqual([
			[3, '', 'notPoint', 'Polygon'],
			[4, '', 'noGeometry', ''],
			[5, '', 'notFeature', '42'],
			[6, '', 'badCoordinates', '[1]'],
			[7, 'latitude (geometry)', 'outOfRange', '191.2'],
			[8, '', 'badJson', '{"type":"Feature",}'],
			[9, 'longitude (geometry)', 'notANumber', 'east']
		]);
	});

	it('never reads __proto__ or constructor as a column, nor through them', async () => {
		const hostile = '{"type":"Feature","geometry":{"type":"Point","coordinates":[1,14]},"properties":{"__proto__":{"date":"2020-01-01","polluted":1},"constructor":"2020-01-02","date":"2019-05-06"}}';
		const result = ok(await importGeoJson(collection([hostile]), options));
		expect(result.head.header).toEqual(['date', 'longitude (geometry)', 'latitude (geometry)']);
		expect(result.table.start[0]).toBe(Date.UTC(2019, 4, 6));
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('opens the column editor for properties it cannot read, and takes the reader’s columns', async () => {
		const text = collection([point(2, 13, { when: '2020-02-03', name: 'A' }), point(3, 14, { when: '2020-02-04', name: 'B' })]);
		const missing = await importGeoJson(text, options);
		expect(missing).toMatchObject({ ok: false, code: 'missingColumns', detail: 'date' });
		const head = missing.head!;
		expect(head.header).toEqual(['when', 'name', 'longitude (geometry)', 'latitude (geometry)']);
		const columns = { preset: { ...head.preset, mapping: { ...head.preset.mapping, date: 0, location: 1 } }, dayOrder: 'unknown' as const };
		const result = ok(await importGeoJson(text, { ...options, columns }));
		expect([...result.table.start]).toEqual([Date.UTC(2020, 1, 3), Date.UTC(2020, 1, 4)]);
		expect([...result.table.lon]).toEqual([2, 3]);
	});

	it('says what is wrong with a document that is not a FeatureCollection of points, or is past a limit', async () => {
		const fail = async (text: string) => {
			const result = await importGeoJson(text, options);
			return result.ok ? 'ok' : `${result.code} ${result.detail}`;
		};
		expect(await fail('{"type":"Feature","geometry":null,"properties":{}}')).toBe('notCollection Feature');
		expect(await fail(collection(good.slice(0, 2)).slice(0, -10))).toBe('truncated ');
		expect(await fail(collection(good.slice(0, 2)) + '{}')).toBe('trailing ');
		expect(await fail('[1, 2]')).toBe('notObject ');
		expect(await fail(collection([]))).toBe('empty ');
		const deep = '['.repeat(20) + ']'.repeat(20);
		expect(await fail(`{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"a":${deep}}}]}`)).toBe(`tooDeep ${GEOJSON_LIMITS.depth}`);
		const long = point(1, 14, { date: '2020-01-01', notes: 'x'.repeat(GEOJSON_LIMITS.featureChars) });
		expect(await fail(collection([good[0]!, long]))).toBe('featureTooLarge 1');
		// The size is checked before a byte is read.
		const huge = { size: GEOJSON_LIMITS.fileBytes + 1 } as Blob;
		expect(await fail(huge as unknown as string)).toBe(`tooLarge ${GEOJSON_LIMITS.fileBytes / 2 ** 20}`);
	});
});
