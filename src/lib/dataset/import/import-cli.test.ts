// npm run import, run as a user would (through tsx) on synthetic files: it writes the table the
// browser import would make, and refuses with a clear message what it cannot read.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeEventTable, encodeEventTable } from '../binary-format';
import { stringAt } from '../event-table';
import { syntheticEvents, syntheticEventTable } from '../synthetic';
import { ACLED_COLUMNS, acledRecord, csvLine } from '../synthetic-csv';
import { GEOJSON_END, GEOJSON_SEPARATOR, GEOJSON_START, geojsonFeature } from '../synthetic-geojson';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const workDir = mkdtempSync(join(tmpdir(), 'sahel-import-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** Each run starts Node and tsx: seconds beside a build on a shared 2-core machine, so each test has the spawn's own budget. */
const SPAWN_BUDGET_MS = 60_000;

function runImport(...args: string[]) {
	const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: SPAWN_BUDGET_MS });
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const events = [...syntheticEvents({ count: 40, seed: 5 })];
/** The generator's ids in a table's order: sorted by start, ties in file order. */
const idsByStart = (list: typeof events) => list.map((e, i) => ({ id: e.id, start: e.start, i })).sort((a, b) => a.start - b.start || a.i - b.i).map((e) => e.id);
const idsOf = (file: string) => {
	const table = decodeEventTable(new Uint8Array(readFileSync(file)));
	return { table, ids: Array.from({ length: table.length }, (_, r) => stringAt(table.id, r)) };
};
const csv = join(workDir, 'acled.csv');
writeFileSync(csv, csvLine(ACLED_COLUMNS) + events.map((e) => csvLine(acledRecord(e))).join('') + 'SYN-BAD,2019-01-01\n');

describe('npm run import', () => {
	it('writes the binary table of an ACLED file, with errors.csv, and says what it read', { timeout: SPAWN_BUDGET_MS }, () => {
		const out = join(workDir, 'acled.bin');
		const errors = join(workDir, 'errors.csv');
		const { status, stdout } = runImport(csv, '--preset', 'acled', '--out', out, '--errors', errors);
		expect(status).toBe(0);
		expect(stdout).toContain(`${csv}: 41 rows read, 40 imported, 1 rejected (acled, utf-8)`);
		expect(stdout).toContain(`${csv}: row 41, whole row: the row has 2 fields, the header ${ACLED_COLUMNS.length}`);
		const table = decodeEventTable(new Uint8Array(readFileSync(out)));
		expect(table).toMatchObject({ name: 'acled.csv', synthetic: true, length: 40 });
		// The generator's own events, sorted by start as a table is (ties in file order).
		expect(idsOf(out).ids).toEqual(idsByStart(events));
		expect(readFileSync(errors, 'utf8')).toBe(`Row,Column,Value,Reason\r\n41,whole row,2,"the row has 2 fields, the header ${ACLED_COLUMNS.length}"\r\n`);
	});

	it('refuses a file that is not of the preset asked for, a missing file and a bad command line, writing nothing', { timeout: 3 * SPAWN_BUDGET_MS }, () => {
		const out = join(workDir, 'never.bin');
		expect(runImport(csv, '--preset', 'ucdp', '--out', out)).toMatchObject({
			status: 1,
			stderr: `${csv}: this is not a UCDP GED file: its header lacks that format's columns (try --preset generic)\n`
		});
		const missing = runImport(join(workDir, 'none.csv'), '--preset', 'generic', '--out', out);
		expect(missing.status).toBe(1);
		expect(missing.stderr).toMatch(/none\.csv: cannot read the file: ENOENT/);
		const usage = runImport(csv, '--preset', 'acled');
		expect(usage.status).toBe(2);
		expect(usage.stderr).toMatch(/^--out names the binary table to write\nusage: npm run import -- FILE \[--preset acled\|ucdp\|generic\] --out OUT\.bin/);
		expect(existsSync(out)).toBe(false);
	});

	it('reads a GeoJSON FeatureCollection as the browser does: features counted and numbered from 0, the others refused by feature', { timeout: 2 * SPAWN_BUDGET_MS }, () => {
		const geojson = join(workDir, 'points.geojson');
		const line = JSON.stringify({ type: 'Feature', geometry: { type: 'LineString', coordinates: [[0, 14], [1, 15]] }, properties: {} });
		writeFileSync(geojson, GEOJSON_START + [...events.map(geojsonFeature), line].join(GEOJSON_SEPARATOR) + GEOJSON_END);
		const out = join(workDir, 'points.bin');
		const errors = join(workDir, 'points-errors.csv');
		const { status, stdout } = runImport(geojson, '--out', out, '--errors', errors, '--lang', 'fr');
		expect(status).toBe(0);
		expect(stdout).toContain(`${geojson}: 41 features read, 40 imported, 1 rejected (acled, GeoJSON)`);
		expect(stdout).toContain(`${geojson}: feature 40, entité entière: la géométrie est un LineString, pas un Point`);
		const { table, ids } = idsOf(out);
		expect(table).toMatchObject({ name: 'points.geojson', synthetic: true, length: 40 });
		expect(ids).toEqual(idsByStart(events));
		expect(readFileSync(errors, 'utf8')).toBe('Entité (depuis 0),Colonne,Valeur,Motif\r\n40,entité entière,LineString,"la géométrie est un LineString, pas un Point"\r\n');
		// ACLED-shaped properties are not UCDP GED: refused, nothing written.
		const never = join(workDir, 'never-geo.bin');
		expect(runImport(geojson, '--preset', 'ucdp', '--out', never)).toMatchObject({ status: 1, stderr: expect.stringContaining('this is not a UCDP GED file') });
		expect(existsSync(never)).toBe(false);
	});

	it('checks an event table in the binary format and writes it again, renamed; refuses a damaged one and --preset', { timeout: 3 * SPAWN_BUDGET_MS }, () => {
		const source = syntheticEventTable({ count: 30, seed: 9 });
		const bin = join(workDir, 'table.bin');
		writeFileSync(bin, encodeEventTable(source));
		const out = join(workDir, 'renamed.bin');
		const { status, stdout } = runImport(bin, '--out', out, '--name', 'Sahel 2019');
		expect(status).toBe(0);
		expect(stdout).toBe(`${bin}: an event table of 30 events, checked; wrote it to ${out}\n`);
		expect(decodeEventTable(new Uint8Array(readFileSync(out)))).toEqual({ ...source, name: 'Sahel 2019' });
		const damaged = join(workDir, 'damaged.bin');
		writeFileSync(damaged, readFileSync(bin).subarray(0, 200));
		const never = join(workDir, 'never-bin.bin');
		const refused = runImport(damaged, '--out', never);
		expect(refused.status).toBe(1);
		expect(refused.stderr).toMatch(/damaged\.bin: not a valid event table: .+; nothing written\n$/);
		expect(runImport(bin, '--preset', 'acled', '--out', never)).toMatchObject({ status: 2, stderr: expect.stringMatching(/^a binary event table has no columns to map: leave out --preset\n/) });
		expect(existsSync(never)).toBe(false);
	});
});
