// npm run import -- FILE [--preset acled|ucdp|generic] --out static/data/NAME.bin [--name NAME] [--errors FILE] [--lang en|fr]
// Converts a file the browser imports (CSV, a GeoJSON FeatureCollection of points, or the app's
// own binary event table) into the binary event table with the browser import's own modules (the
// same format detection, presets, dates, checks and problems), so a site can publish
// ?data=/data/NAME.bin. Without --preset the columns are recognised from the header as the
// browser does; with it, a file not of that preset is refused. A binary table is checked whole
// (decodeEventTable) and written again, renamed by --name. Prints what it read and the first
// problems; --errors writes errors.csv. Exit 0 when a table was written, 1 when the file gave
// none (each reason said), 2 on a bad command line.
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { decodeEventTable, encodeEventTable } from '../src/lib/dataset/binary-format';
import { countingRule } from '../src/lib/dataset/import/counting-rule';
import { errorsCsvHeader, errorsCsvLine } from '../src/lib/dataset/import/errors-csv';
import { fileFormat, importData } from '../src/lib/dataset/import/import-data';
import type { ColumnChoice } from '../src/lib/dataset/import/import-options';
import { PRESET_FAMILIES, presetAs, type PresetFamily, type PresetName } from '../src/lib/dataset/import/preset';
import { problemColumn, problemReason } from '../src/lib/dataset/import/problem-text';
import { headText, sniffEncoding } from '../src/lib/dataset/import/text-chunks';
import { LANGS, message, type Lang } from '../src/lib/i18n/messages';
import '../src/lib/i18n/on-demand/import';

const USAGE = `usage: npm run import -- FILE [--preset ${PRESET_FAMILIES.join('|')}] --out OUT.bin [--name NAME] [--errors errors.csv] [--lang en|fr]`;

function usage(problem: string): never {
	console.error(`${problem}\n${USAGE}`);
	process.exit(2);
}

let args;
try {
	args = parseArgs({
		allowPositionals: true,
		options: { preset: { type: 'string' }, out: { type: 'string' }, name: { type: 'string' }, errors: { type: 'string' }, lang: { type: 'string', default: 'en' } }
	});
} catch (error) {
	usage(error instanceof Error ? error.message : String(error));
}
const { positionals, values } = args;
if (positionals.length !== 1) usage('give exactly one file (CSV, GeoJSON or a binary event table)');
if (values.preset !== undefined && !PRESET_FAMILIES.includes(values.preset as PresetFamily)) usage(`--preset must be one of ${PRESET_FAMILIES.join(', ')}`);
if (!values.out) usage('--out names the binary table to write');
if (!LANGS.includes(values.lang as Lang)) usage(`--lang must be one of ${LANGS.join(', ')}`);
const [file] = positionals as [string];
const family = values.preset as PresetFamily | undefined;
/** Which presets each --preset accepts (a GeoJSON file's preset is found from its properties). */
const FAMILY_PRESETS: Record<PresetFamily, readonly PresetName[]> = {
	acled: ['acled', 'acled-pre-2023'],
	ucdp: ['ucdp-ged'],
	generic: ['generic', 'acled', 'acled-pre-2023', 'ucdp-ged']
};
const notOfFamily = (f: PresetFamily) => `this is not ${f === 'acled' ? 'an ACLED export' : 'a UCDP GED file'}: its header lacks that format's columns (try --preset generic)`;
const lang = values.lang as Lang;

async function main(): Promise<number> {
	let bytes: Buffer;
	try {
		bytes = await readFile(file);
	} catch (error) {
		console.error(`${file}: cannot read the file: ${error instanceof Error ? error.message : String(error)}`);
		return 1;
	}
	const source = new Blob([bytes]);
	const format = await fileFormat(source);
	if (format === 'binary') return rewriteTable(bytes);
	// A CSV's header, read as the family asked for; the importer then uses that preset, not its own guess.
	let columns: ColumnChoice | undefined;
	if (format === 'csv' && family) {
		const first = await firstHeader(source);
		if (first === null) {
			console.error(`${file}: the file is empty`);
			return 1;
		}
		const preset = presetAs(first, family);
		if (!preset) {
			console.error(`${file}: ${notOfFamily(family)}`);
			return 1;
		}
		columns = { preset, dayOrder: 'unknown' };
	}
	let errors = values.errors ? errorsCsvHeader(lang, format) : '';
	const result = await importData(source, {
		name: values.name ?? basename(file),
		columns,
		countingRule: (name, column) => countingRule(lang, name, column),
		onProblem: values.errors ? (problem) => void (errors += errorsCsvLine(problem, lang)) : undefined
	});
	if (values.errors) await writeFile(values.errors, errors);
	const report = result.report;
	if (report) {
		const unit = format === 'geojson' ? { read: 'features read', one: 'feature' } : { read: 'rows read', one: 'row' };
		console.log(`${file}: ${report.rowsRead} ${unit.read}, ${report.imported} imported, ${report.rejected} rejected (${report.preset}, ${format === 'geojson' ? 'GeoJSON' : report.encoding})`);
		for (const p of report.problems) console.log(`${file}: ${unit.one} ${p.row}, ${problemColumn(p, lang)}: ${problemReason(p, lang)}`);
		if (report.problems.length < report.rejected) console.log(`${file}: … the first ${report.problems.length} problems shown${values.errors ? `, all in ${values.errors}` : ' (--errors FILE writes them all)'}`);
	}
	if (result.ok && family && format === 'geojson' && !FAMILY_PRESETS[family].includes(report!.preset)) {
		console.error(`${file}: ${notOfFamily(family)}; nothing written`);
		return 1;
	}
	if (!result.ok) {
		const why = {
			empty: 'the file is empty',
			missingColumns: `no column for: ${result.detail}`,
			noValidRows: `no ${format === 'geojson' ? 'feature' : 'row'} could be imported`,
			cancelled: 'cancelled',
			unreadable: `cannot read it: ${result.detail}`
		}[result.code as string] ?? message(lang, `importFailed_${result.code}`, { name: file, detail: result.detail });
		console.error(`${file}: ${why}; nothing written`);
		return 1;
	}
	await writeFile(values.out!, encodeEventTable(result.table));
	console.log(`${file}: wrote ${result.table.length} events to ${values.out}`);
	return 0;
}

/** A binary event table, checked whole as ?data= reads it, written again (renamed by --name). */
async function rewriteTable(bytes: Buffer): Promise<number> {
	if (family) usage('a binary event table has no columns to map: leave out --preset');
	let table;
	try {
		table = decodeEventTable(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
	} catch (error) {
		console.error(`${file}: not a valid event table: ${error instanceof Error ? error.message : String(error)}; nothing written`);
		return 1;
	}
	if (values.errors) usage('a binary event table has no rows to reject: leave out --errors');
	const named = values.name === undefined ? table : { ...table, name: values.name };
	await writeFile(values.out!, encodeEventTable(named));
	console.log(`${file}: an event table of ${table.length} events, checked; wrote it to ${values.out}`);
	return 0;
}

/** The first record's cells (the header), or null for a file with no text. */
async function firstHeader(source: Blob): Promise<string[] | null> {
	const head = (await headText(source, await sniffEncoding(source))).replace(/^\uFEFF/, '');
	const record = Papa.parse<string[]>(head, { preview: 1, skipEmptyLines: true, delimitersToGuess: [',', ';', '\t'] }).data[0];
	return record && record.some((cell) => cell.trim() !== '') ? record : null;
}

process.exitCode = await main();
