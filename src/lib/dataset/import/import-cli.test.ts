// npm run import, run as a user would (through tsx) on synthetic files: it writes the table the
// browser import would make, and refuses with a clear message what it cannot read.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeEventTable } from '../binary-format';
import { stringAt } from '../event-table';
import { syntheticEvents } from '../synthetic';
import { ACLED_COLUMNS, acledRecord, csvLine } from '../synthetic-csv';

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
		const expected = events.map((e, i) => ({ id: e.id, start: e.start, i })).sort((a, b) => a.start - b.start || a.i - b.i);
		expect(Array.from({ length: 40 }, (_, r) => stringAt(table.id, r))).toEqual(expected.map((e) => e.id));
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
		expect(usage.stderr).toMatch(/^--out names the binary table to write\nusage: npm run import -- FILE --preset acled\|ucdp\|generic --out OUT\.bin/);
		expect(existsSync(out)).toBe(false);
	});
});
