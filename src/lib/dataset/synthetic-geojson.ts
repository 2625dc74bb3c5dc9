// Synthetic events as a GeoJSON FeatureCollection of points: each feature's properties are the
// ACLED export's columns (numbers as numbers) but its coordinates, which are the point's. A
// fixture for the importer, never real data; written a feature at a time, so a million never sit
// in memory as one string.
import { ACLED_COLUMNS, acledRecord } from './synthetic-csv';
import type { SyntheticEvent } from './synthetic';

export const GEOJSON_START = '{"type":"FeatureCollection","features":[\n';
export const GEOJSON_END = '\n]}\n';
/** Between two features. */
export const GEOJSON_SEPARATOR = ',\n';

const NUMERIC = new Set(['year', 'time_precision', 'geo_precision', 'fatalities', 'timestamp']);

export function geojsonFeature(event: SyntheticEvent): string {
	const record = acledRecord(event);
	const properties: Record<string, string | number> = {};
	ACLED_COLUMNS.forEach((column, i) => {
		if (column !== 'latitude' && column !== 'longitude') properties[column] = NUMERIC.has(column) ? Number(record[i]) : String(record[i]);
	});
	const coordinates = [Number(event.lon.toFixed(4)), Number(event.lat.toFixed(4))];
	return JSON.stringify({ type: 'Feature', geometry: { type: 'Point', coordinates }, properties });
}
