// Which importer reads a file: a GeoJSON document starts with "{" (after any BOM and blank space),
// which no CSV header this app reads does; anything else is read as CSV. The app's own binary
// event table is told by its magic (npm run import reads it too).
import { hasTableMagic } from '../table-magic';
import { importGeoJson } from './geojson-importer';
import { importCsv } from './importer';
import type { ImportOptions, ImportResult } from './import-options';
import { headText, sniffEncoding } from './text-chunks';

export async function isGeoJson(source: Blob | string): Promise<boolean> {
	const head = typeof source === 'string' ? source.slice(0, 1024) : await headText(source.slice(0, 1024), await sniffEncoding(source));
	return /^\uFEFF?\s*\{/.test(head);
}

/** What a file is: the app's binary event table (its first bytes are the magic), GeoJSON or CSV. */
export type FileFormat = 'binary' | 'geojson' | 'csv';

export async function fileFormat(source: Blob): Promise<FileFormat> {
	if (await hasTableMagic(source)) return 'binary';
	return (await isGeoJson(source)) ? 'geojson' : 'csv';
}

export async function importData(source: Blob | string, options: ImportOptions): Promise<ImportResult> {
	return (await isGeoJson(source)) ? importGeoJson(source, options) : importCsv(source, options);
}
