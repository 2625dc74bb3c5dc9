// Serves the built app with `vite preview`, starts one Chromium, and runs every
// tests/browser/*.test.mjs file against both.
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from './chromium.mjs';

const PORT = Number(process.env.PREVIEW_PORT ?? 4173);
/** Test files run side by side against the one preview server, one per core (BROWSER_CONCURRENCY to change). */
const CONCURRENCY = Number(process.env.BROWSER_CONCURRENCY ?? availableParallelism());
const BASE_URL = `http://127.0.0.1:${PORT}`;

// One browser for every file (harness.mjs connects to it): a Chromium of each file's own cost a
// launch per file, a second of CPU each on this machine.
const browserServer = await chromium.launchServer({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });

const preview = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
	stdio: ['ignore', 'pipe', 'inherit'],
	detached: true
});
const stopPreview = () => {
	try {
		process.kill(-preview.pid);
	} catch {
		// already gone
	}
};
process.on('exit', stopPreview);
preview.on('exit', (code) => {
	if (code !== null && code !== 0) {
		console.error(`vite preview exited with code ${code} (is port ${PORT} taken? set PREVIEW_PORT)`);
		process.exit(1);
	}
});

async function waitForServer(deadline) {
	while (Date.now() < deadline) {
		try {
			const response = await fetch(BASE_URL + '/');
			if (response.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(`vite preview did not answer on ${BASE_URL} within 30 s`);
}

await waitForServer(Date.now() + 30_000);
const dir = new URL('.', import.meta.url).pathname;
// Longest first (by size, a fair proxy for run time), so the files that start last are short and no
// core waits alone on a long file at the end. The soak runs for a set time whatever its size: first.
const LONGEST = ['soak.test.mjs'];
const rank = (file) => (LONGEST.some((name) => file.endsWith(`/${name}`)) ? Infinity : statSync(file).size);
const files = readdirSync(dir)
	.filter((name) => name.endsWith('.test.mjs'))
	.map((name) => dir + name)
	.sort((a, b) => rank(b) - rank(a));
const only = process.argv.slice(2);
const selected = only.length ? files.filter((file) => only.some((name) => file.includes(name))) : files;

const reporters = [
	'--test-reporter=spec',
	'--test-reporter-destination=stdout',
	'--test-reporter=tap',
	'--test-reporter-destination=test-results/browser.tap'
];
const runner = spawn(process.execPath, ['--test', `--test-concurrency=${CONCURRENCY}`, ...reporters, ...selected], {
	stdio: 'inherit',
	env: { ...process.env, BASE_URL, BROWSER_WS: browserServer.wsEndpoint() }
});
runner.on('exit', async (code) => {
	stopPreview();
	await browserServer.close();
	process.exit(code ?? 1);
});
