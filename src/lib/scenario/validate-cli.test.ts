// The shell entry point, run as a user would (through tsx), on the real seed
// and on a broken copy of it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadScenario } from './load';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SEED = 'seeds/sahel-2017-2020.json';
const workDir = mkdtempSync(join(tmpdir(), 'sahel-validate-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** Each run starts Node and tsx: 7 s beside a build on a shared 2-core machine, so each test has the spawn's own budget. */
const SPAWN_BUDGET_MS = 60_000;

function validate(...files: string[]) {
	const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', ...files], {
		cwd: ROOT,
		encoding: 'utf8',
		timeout: SPAWN_BUDGET_MS,
		maxBuffer: 256 * 2 ** 20
	});
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run validate', () => {
	it('prints ok for the seed and exits 0', () => {
		expect(validate(SEED)).toMatchObject({ status: 0, stdout: `${SEED}: ok\n` });
	}, SPAWN_BUDGET_MS);

	it('names the broken field and exits 1', () => {
		const broken = JSON.parse(readFileSync(join(ROOT, SEED), 'utf8'));
		broken.incidents[3].tolls[0].reports[1].value = '25';
		const file = join(workDir, 'broken.json');
		writeFileSync(file, JSON.stringify(broken));

		const { status, stdout } = validate(file, SEED);
		expect(status).toBe(1);
		expect(stdout).toBe(`${file}: incidents[3].tolls[0].reports[1].value: expected a number, got the string "25"\n${SEED}: ok\n`);
	}, 2 * SPAWN_BUDGET_MS);

	// process.exit() used to end the process before a pipe had taken all of stdout (review D3).
	it('prints every error into a pipe, however many', { timeout: SPAWN_BUDGET_MS }, () => {
		const broken = JSON.parse(readFileSync(join(ROOT, SEED), 'utf8'));
		broken.sources = Array.from({ length: 9_000 }, () => ({ id: 'Not An Id' }));
		const file = join(workDir, 'many-errors.json');
		writeFileSync(file, JSON.stringify(broken));
		const expected = loadScenario(JSON.stringify(broken));
		const { status, stdout } = validate(file);
		expect(status).toBe(1);
		expect(expected.ok === false && expected.errors.length).toBeGreaterThan(30_000);
		expect(stdout.trimEnd().split('\n')).toHaveLength(expected.ok ? 0 : expected.errors.length);
	});

	it('gives line and column for a file that is not JSON', () => {
		const file = join(workDir, 'not-json.json');
		writeFileSync(file, '{\n  "id": "sahel",\n  "title": \n}\n');
		expect(validate(file)).toMatchObject({
			status: 1,
			stdout: `${file}: not valid JSON at line 4, column 1: Unexpected token '}'\n`
		});
	}, SPAWN_BUDGET_MS);
});
