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

function validate(...files: string[]) {
	const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', ...files], {
		cwd: ROOT,
		encoding: 'utf8',
		timeout: 60_000,
		maxBuffer: 256 * 2 ** 20
	});
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

// Each case spawns tsx (1–2 s on an idle machine): the spawn's own 60 s limit applies, not Vitest's default 5 s.
describe('npm run validate', { timeout: 60_000 }, () => {
	it('prints ok for the seed and exits 0', () => {
		expect(validate(SEED)).toMatchObject({ status: 0, stdout: `${SEED}: ok\n` });
	});

	it('names the broken field and exits 1', () => {
		const broken = JSON.parse(readFileSync(join(ROOT, SEED), 'utf8'));
		broken.incidents[3].tolls[0].reports[1].value = '25';
		const file = join(workDir, 'broken.json');
		writeFileSync(file, JSON.stringify(broken));

		const { status, stdout } = validate(file, SEED);
		expect(status).toBe(1);
		expect(stdout).toBe(`${file}: incidents[3].tolls[0].reports[1].value: expected a number, got the string "25"\n${SEED}: ok\n`);
	});

	// process.exit() used to end the process before a pipe had taken all of stdout (review D3).
	it('prints every error into a pipe, however many', { timeout: 60_000 }, () => {
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
	});
});
