// npm run generate -- --events N --seed S --out FILE [--format bin|acled-csv|ucdp-csv|geojson] [--payloads FILE]
// Writes synthetic events (never real data): the app's binary event table, a CSV with the
// columns of an ACLED export or of UCDP GED, or a GeoJSON FeatureCollection of points with ACLED's
// columns as properties, for importer tests and benchmarks. --payloads (a JSON
// list of strings) appends them to every text of a binary table, for tests of hostile text. The CSV and GeoJSON are
// streamed out in batches, so a million rows never sit in memory as one string.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { encodeEventTable } from '../src/lib/dataset/binary-format';
import { syntheticEvents, syntheticEventTable, type SyntheticEvent } from '../src/lib/dataset/synthetic';
import { GEOJSON_END, GEOJSON_SEPARATOR, GEOJSON_START, geojsonFeature } from '../src/lib/dataset/synthetic-geojson';
import { hostileEventTable } from '../src/lib/dataset/synthetic-hostile';
import { ACLED_COLUMNS, acledRecord, csvLine, UCDP_COLUMNS, ucdpRecord } from '../src/lib/dataset/synthetic-csv';

const FORMATS = ['bin', 'acled-csv', 'ucdp-csv', 'geojson'] as const;
type Format = (typeof FORMATS)[number];
const USAGE = 'usage: npm run generate -- --events N --seed S --out FILE [--format bin|acled-csv|ucdp-csv|geojson] [--payloads FILE]';
const BATCH_ROWS = 2000;

function fail(message: string): never {
	console.error(`${message}\n${USAGE}`);
	process.exit(2);
}

function wholeNumber(value: string | undefined, name: string): number {
	const n = Number(value);
	if (value === undefined || !Number.isSafeInteger(n) || n < 0) fail(`--${name} must be a whole number ≥ 0, not ${value ?? 'missing'}`);
	return n;
}

/** The text of a CSV or GeoJSON file: what starts it, each event's line, what goes between two and what ends it. */
function textFormat(format: Exclude<Format, 'bin'>) {
	if (format === 'geojson') return { start: GEOJSON_START, line: geojsonFeature, between: GEOJSON_SEPARATOR, end: GEOJSON_END };
	const [columns, record] = format === 'acled-csv' ? [ACLED_COLUMNS, acledRecord] : [UCDP_COLUMNS, ucdpRecord];
	return { start: csvLine(columns), line: (event: SyntheticEvent) => csvLine(record(event)), between: '', end: '' };
}

async function writeText(file: string, format: Exclude<Format, 'bin'>, count: number, seed: number): Promise<void> {
	const out = createWriteStream(file);
	const failed = new Promise<never>((_, reject) => out.on('error', reject));
	const write = async (text: string) => {
		// Waiting for 'drain' keeps memory flat however many rows there are.
		if (!out.write(text)) await Promise.race([once(out, 'drain'), failed]);
	};
	const { start, line, between, end } = textFormat(format);
	await write(start);
	let batch: string[] = [];
	let first = true;
	for (const event of syntheticEvents({ count, seed, ucdp: format === 'ucdp-csv' })) {
		batch.push(first ? line(event) : between + line(event));
		first = false;
		if (batch.length === BATCH_ROWS) {
			await write(batch.join(''));
			batch = [];
		}
	}
	await write(batch.join('') + end);
	out.end();
	await Promise.race([once(out, 'finish'), failed]);
}

const { values } = parseArgs({
	options: { events: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' }, format: { type: 'string', default: 'bin' }, payloads: { type: 'string' } }
});
const count = wholeNumber(values.events, 'events');
const seed = wholeNumber(values.seed, 'seed');
const file = values.out ?? fail('--out FILE is required');
const format = FORMATS.find((f) => f === values.format) ?? fail(`--format must be one of ${FORMATS.join(', ')}, not ${values.format}`);

const started = performance.now();
if (values.payloads !== undefined && format !== 'bin') fail('--payloads goes with --format bin');
if (format === 'bin') {
	const payloads = values.payloads === undefined ? null : (JSON.parse(await readFile(values.payloads, 'utf8')) as string[]);
	await writeFile(file, encodeEventTable(payloads ? hostileEventTable({ count, seed }, payloads) : syntheticEventTable({ count, seed })));
} else await writeText(file, format, count, seed);
console.log(`${file}: ${count} synthetic events (seed ${seed}, ${format}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
