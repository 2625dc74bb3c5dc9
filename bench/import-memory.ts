// Memory of a 1,000,000-row CSV import (issue 12: ≤ 2× the final table), run in Node with the
// browser's own steps: importData reads the file (a file-backed Blob, as a browser File is) in
// pieces into the table builder (the import worker), then the table is kept in IndexedDB record by
// record (dataset-store.ts: its facts, then a column at a time, each put making a structured clone
// of that record; here v8.serialize, the same serialisation, let go of once made, as the put's is
// once handed to the database).
// Reports the peak of JS heap + ArrayBuffers (sampled every 20 ms and after each step; also its
// peak until the table is built, before it is stored) and the
// process's peak resident memory (which sees even a synchronous step's transient peak) above the
// start, against the final table's bytes. `npm run bench -- import-memory`; IMPORT_ROWS to change.
import { execFileSync } from 'node:child_process';
import { serialize } from 'node:v8';
import { mkdtempSync, openAsBlob, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import type { EventTable } from '../src/lib/dataset/event-table';
import { importData } from '../src/lib/dataset/import/import-data';
import { tableBuffers } from '../src/lib/dataset/table-schema';
import { storedColumns, storedFacts } from '../src/lib/dataset/stored-table';

const ROWS = Number(process.env.IMPORT_ROWS ?? 1_000_000);
const MB = 2 ** 20;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const used = () => {
	const m = process.memoryUsage();
	return m.heapUsed + m.arrayBuffers;
};

/** Bytes the table holds: its typed arrays and its text (one byte a character: the synthetic text is Latin-1). */
function tableBytes(table: EventTable): number {
	const strings = [table.id.text, table.notes.text, ...table.location.values, ...table.source.values, ...Object.values(table.dictionaries).flat()];
	return tableBuffers(table).reduce((n, b) => n + b.byteLength, 0) + strings.reduce((n, s) => n + s.length, 0);
}

const dir = mkdtempSync(join(os.tmpdir(), 'sahel-import-memory-'));
const csv = join(dir, 'acled.csv');
try {
	execFileSync('npx', ['tsx', 'scripts/generate.ts', '--events', String(ROWS), '--seed', '43', '--out', csv, '--format', 'acled-csv'], { stdio: 'inherit' });
	gc();
	const start = { used: used(), rss: process.memoryUsage().rss, loadAverage: os.loadavg() };
	let peak = start.used;
	const sample = () => (peak = Math.max(peak, used()));
	const timer = setInterval(sample, 20);
	const began = performance.now();
	const result = await importData(await openAsBlob(csv), { name: 'acled.csv', countingRule: () => 'ACLED' });
	sample();
	const importPeak = peak;
	if (!result.ok) throw new Error(`${result.code} ${result.detail}`);
	const importedMs = performance.now() - began;
	let storedBytes = serialize(storedFacts(result.table)).byteLength;
	for (const [, value] of storedColumns(result.table)) {
		const copy = serialize(value);
		sample();
		storedBytes += copy.byteLength;
	}
	sample();
	clearInterval(timer);
	const table = tableBytes(result.table);
	const peakRss = process.resourceUsage().maxRSS * 1024;
	const out = {
		date: new Date().toISOString(),
		machine: { cpu: os.cpus()[0]?.model, cores: os.cpus().length, loadAverageStart: start.loadAverage, loadAverageEnd: os.loadavg(), node: process.version },
		rows: ROWS,
		csvMB: statSync(csv).size / MB,
		importSeconds: importedMs / 1000,
		tableMB: table / MB,
		storedRecordsMB: storedBytes / MB,
		peakHeapAndBuffersAboveStartMB: (peak - start.used) / MB,
		peakWhileImportingMB: (importPeak - start.used) / MB,
		peakRssAboveStartMB: (peakRss - start.rss) / MB,
		ratioHeapAndBuffers: (peak - start.used) / table,
		ratioWhileImporting: (importPeak - start.used) / table,
		ratioRss: (peakRss - start.rss) / table,
		budgetRatio: 2
	};
	writeFileSync('bench/results/import-memory.json', JSON.stringify(out, null, 2) + '\n');
	console.log(JSON.stringify(out, null, 2));
} finally {
	rmSync(dir, { recursive: true, force: true });
}
