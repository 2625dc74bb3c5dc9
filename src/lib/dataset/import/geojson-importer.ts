// A GeoJSON FeatureCollection of points → an EventTable, through the CSV import's own presets,
// column mapping and checks: each feature becomes a record whose columns are its properties (the
// keys of the first features, in order) and the point's longitude and latitude. A feature that is
// not a Point, or has no usable coordinates, is rejected by its index in `features` with a reason.
// The text is scanned in pieces (FeatureScanner), one feature parsed at a time.
import { GEOJSON_LIMITS } from '../limits';
import { detectDayOrder } from './day';
import { FeatureScanner, GeoJsonShapeError } from './feature-scanner';
import { PREVIEW_ROWS, type FileHead, type ImportOptions, type ImportResult } from './import-options';
import { detectPreset, missingRoles } from './preset';
import { RecordSink } from './record-sink';
import { problem, type RowProblem } from './row-problem';
import { NotUtf8Error, PROGRESS_STEP, textChunks } from './text-chunks';

/** The columns the point's coordinates fill, after the properties'. */
export const GEOMETRY_COLUMNS = ['longitude (geometry)', 'latitude (geometry)'] as const;
/** Features whose property keys make the header. */
const SAMPLE = 200;
/** Keys never read as columns: a file cannot reach an object's prototype through them. */
const INERT_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

type Parsed = { index: number; value: unknown } | { index: number; problem: RowProblem };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A property's value as a cell: text as is, numbers and booleans written out, null empty, anything else as JSON. */
function cell(value: unknown): string {
	if (typeof value === 'string') return value;
	if (value === null || value === undefined) return '';
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return JSON.stringify(value);
}

/** The feature as a record for `keys`, or why it is not a point feature. */
export function featureRecord(feature: unknown, keys: readonly string[], index: number): string[] | RowProblem {
	if (!isObject(feature) || feature.type !== 'Feature') {
		return problem(index, '', 'notFeature', isObject(feature) ? cell(feature.type) : Array.isArray(feature) ? 'array' : cell(feature));
	}
	const geometry = feature.geometry;
	if (!isObject(geometry)) return problem(index, '', 'noGeometry', '');
	if (geometry.type !== 'Point') return problem(index, '', 'notPoint', cell(geometry.type));
	const coordinates = geometry.coordinates;
	if (!Array.isArray(coordinates) || coordinates.length < 2) return problem(index, '', 'badCoordinates', cell(coordinates));
	const properties = isObject(feature.properties) ? feature.properties : {};
	const record = keys.map((key) => (Object.hasOwn(properties, key) ? cell(properties[key]) : ''));
	record.push(cell(coordinates[0]), cell(coordinates[1]));
	return record;
}

/** The property keys of the features, in order of first appearance, inert ones left out. */
function propertyKeys(features: readonly unknown[]): string[] {
	const keys = new Set<string>();
	for (const feature of features) {
		if (!isObject(feature) || !isObject(feature.properties)) continue;
		for (const key of Object.keys(feature.properties)) if (!INERT_KEYS.has(key)) keys.add(key);
	}
	return [...keys];
}

/** The header and preset from the first features; the coordinates come from the geometry unless the reader chose columns. */
function fileHead(sample: readonly Parsed[], options: ImportOptions): FileHead {
	const keys = propertyKeys(sample.flatMap((p) => ('value' in p ? [p.value] : [])));
	const header = [...keys, ...GEOMETRY_COLUMNS];
	let preset = options.columns?.preset;
	if (!preset) {
		// Named as a CSV would name them, so the presets that need latitude and longitude know the file.
		const detected = detectPreset([...keys, 'longitude', 'latitude']);
		preset = { ...detected, mapping: { ...detected.mapping, lon: keys.length, lat: keys.length + 1 } };
	}
	const records = sample.flatMap((p) => ('value' in p ? [featureRecord(p.value, keys, p.index)] : [])).filter((r) => Array.isArray(r));
	const dateColumns = [preset.mapping.date, preset.mapping.dateEnd].filter((i) => i !== undefined);
	const detected = detectDayOrder(records.flatMap((record) => dateColumns.map((i) => record[i] ?? '')));
	const dayOrder = options.columns && options.columns.dayOrder !== 'unknown' ? options.columns.dayOrder : detected;
	return { header, rows: records.slice(0, PREVIEW_ROWS), preset, dayOrder };
}

class Cancelled extends Error {}

export async function importGeoJson(source: Blob | string, options: ImportOptions): Promise<ImportResult> {
	const total = typeof source === 'string' ? source.length : source.size;
	if (total > GEOJSON_LIMITS.fileBytes) return { ok: false, code: 'tooLarge', detail: String(GEOJSON_LIMITS.fileBytes / 2 ** 20), report: null, head: null };
	// Set once the first features have given the columns (closures set them, hence an object).
	const at: { head: FileHead | null; sink: RecordSink | null; keys: string[] } = { head: null, sink: null, keys: [] };
	const sample: Parsed[] = [];
	const take = (parsed: Parsed) => {
		if ('problem' in parsed) return at.sink!.reject(parsed.problem);
		const record = featureRecord(parsed.value, at.keys, parsed.index);
		if (Array.isArray(record)) at.sink!.take(record, parsed.index);
		else at.sink!.reject(record);
	};
	const open = () => {
		const head = (at.head = fileHead(sample, options));
		at.keys = head.header.slice(0, -GEOMETRY_COLUMNS.length);
		if (missingRoles(head.preset).length) return;
		at.sink = new RecordSink(head, options);
		for (const parsed of sample) take(parsed);
	};
	const scanner = new FeatureScanner((json, index) => {
		let parsed: Parsed;
		try {
			parsed = { index, value: JSON.parse(json) };
		} catch {
			parsed = { index, problem: problem(index, '', 'badJson', json) };
		}
		if (at.sink) take(parsed);
		else if (!at.head) {
			sample.push(parsed);
			if (sample.length === SAMPLE) open();
		}
	});
	let reported = -PROGRESS_STEP;
	try {
		for await (const chunk of textChunks(source, 'utf-8')) {
			if (options.signal?.aborted) throw new Cancelled();
			scanner.feed(chunk.text);
			if (at.head && !at.sink) break; // columns missing: said below, nothing more to read
			if (chunk.read - reported < PROGRESS_STEP && chunk.read < total) continue;
			reported = chunk.read;
			options.onProgress?.({ read: chunk.read, total, rows: at.sink?.rowsRead ?? sample.length, problems: at.sink?.problems ?? 0, format: 'geojson' });
		}
		if (!at.head || at.sink) scanner.end();
		if (!at.head && sample.length > 0) open();
	} catch (error) {
		if (error instanceof Cancelled) return { ok: false, code: 'cancelled', detail: '', report: null, head: null };
		if (error instanceof GeoJsonShapeError) return { ok: false, code: error.problem, detail: error.detail, report: null, head: at.head };
		const detail = error instanceof NotUtf8Error ? 'the text is not UTF-8, which GeoJSON must be' : error instanceof Error ? error.message : String(error);
		return { ok: false, code: 'unreadable', detail, report: null, head: at.head };
	}
	const { head, sink } = at;
	if (!head) return { ok: false, code: 'empty', detail: '', report: null, head: null };
	if (!sink) return { ok: false, code: 'missingColumns', detail: missingRoles(head.preset).join(', '), report: null, head };
	return sink.finish({ format: 'geojson', delimiter: '', encoding: 'utf-8' });
}
