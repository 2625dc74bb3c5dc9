// Runs every benchmark: builds and serves the app, then each bench script; results go to bench/results/.
// `npm run bench -- NAME...` runs only those (response-surface, dataset-load, import-memory, scrub, embed-size, export, import, hardening).
import { execSync, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';

/** BENCH_PORT to run beside another preview (the browser tests use 4173). */
const PORT = Number(process.env.BENCH_PORT ?? 4174);
const BASE_URL = `http://127.0.0.1:${PORT}`;
const run = (command, env = {}) => execSync(command, { stdio: 'inherit', env: { ...process.env, ...env } });
const only = process.argv.slice(2);
const wanted = (name) => only.length === 0 || only.includes(name);

if (wanted('response-surface')) run('npx tsx bench/response-surface.ts');
// --expose-gc so the memory it reports is what the table holds, not uncollected garbage.
if (wanted('dataset-load')) run('node --expose-gc --import tsx bench/dataset-load.ts');
if (wanted('import-memory')) run('node --expose-gc --import tsx bench/import-memory.ts');
run('npm run --silent build');
// The synthetic tables the scrub bench loads with ?data=, served from the built app's own origin
// (never real ACLED rows: their terms forbid redistribution).
mkdirSync('.svelte-kit/output/client/bench-data', { recursive: true });
for (const [name, events] of [['events-100k', 100_000], ['events-1m', 1_000_000]]) {
	run(`npx tsx scripts/generate.ts --events ${events} --seed 11 --out .svelte-kit/output/client/bench-data/${name}.bin`);
}
const preview = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
	stdio: 'ignore',
	detached: true
});
try {
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(BASE_URL)).ok) break;
		} catch {
			await new Promise((resolve) => setTimeout(resolve, 200));
		}
	}
	if (wanted('scrub')) run('node bench/scrub.mjs', { BASE_URL });
	if (wanted('embed-size')) run('node bench/embed-size.mjs', { BASE_URL });
	if (wanted('export')) run('node bench/export.mjs', { BASE_URL });
	if (wanted('import')) run('node bench/import.mjs', { BASE_URL });
	// Last: an hour and more.
	if (wanted('hardening')) run('node bench/hardening.mjs', { BASE_URL });
} finally {
	process.kill(-preview.pid);
}
