// Serves the built app with `vite preview`, starts one Chromium, and runs every
// tests/browser/*.test.mjs file against both.
import { spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import { run } from 'node:test';
import { spec, tap } from 'node:test/reporters';
import { availableParallelism } from 'node:os';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from './chromium.mjs';
import timingReporter from './timing-reporter.mjs';

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
	throw new Error(`vite preview did not answer on ${BASE_URL} within ${SERVER_WAIT_MS / 1000} s`);
}

// A readiness wait, not a measure: on a loaded machine (load 7, a build beside it) the server once took over 30 s.
const SERVER_WAIT_MS = 120_000;
await waitForServer(Date.now() + SERVER_WAIT_MS);
const dir = new URL('.', import.meta.url).pathname;
const TIMINGS = 'test-results/browser-timings.json';
/** Each file's time in the last run (timing-reporter.mjs), if there was one. */
function lastTimes() {
	try {
		return new Map(JSON.parse(readFileSync(TIMINGS, 'utf8')).files.map(({ file, ms }) => [file.replace('tests/browser/', ''), ms]));
	} catch {
		return null;
	}
}
// Longest first, so the files that start last are short and no core waits alone on a long file at
// the end: by the last run's times, a file it did not run first of all; with no last run, by size
// (a rough proxy), the soak first (it runs for a set time whatever its size).
const last = lastTimes();
const rank = (name) => (last ? (last.get(name) ?? Infinity) : name === 'soak.test.mjs' ? Infinity : statSync(dir + name).size);
const files = readdirSync(dir)
	.filter((name) => name.endsWith('.test.mjs'))
	.sort((a, b) => rank(b) - rank(a) || 0) // two files the last run did not run: Infinity − Infinity
	.map((name) => dir + name);
const only = process.argv.slice(2);
const selected = only.length ? files.filter((file) => only.some((name) => file.includes(name))) : files;

/** The 15 costliest tests and the files' times, from the timing reporter's file. */
function printCostliest() {
	try {
		const { files, tests } = JSON.parse(readFileSync(TIMINGS, 'utf8'));
		const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`.padStart(8);
		console.log(`\nThe 15 costliest tests (${TIMINGS} has them all):`);
		for (const test of tests.slice(0, 15)) console.log(`${seconds(test.ms)}  ${test.file.replace('tests/browser/', '')}: ${test.name}`);
		console.log(`Files: ${files.filter((file) => !file.fromAnEarlierRun).map((file) => `${file.file.replace('tests/browser/', '')} ${(file.ms / 1000).toFixed(0)} s`).join(', ')}`);
	} catch {
		// no run, no figures
	}
}

// node:test's run(), not `node --test`: the command line sorts its files by name (Node 20), which
// undid the order above and left the soak to run last, alone.
process.env.BASE_URL = BASE_URL;
process.env.BROWSER_WS = browserServer.wsEndpoint();
let failed = false;
const stream = run({ files: selected, concurrency: CONCURRENCY });
// Each reporter and each file's run listen for the stream's end: more than Node's default of 10.
stream.setMaxListeners(selected.length + 10);
stream.on('test:fail', () => (failed = true));
stream.compose(spec).pipe(process.stdout);
const written = [
	[tap, 'test-results/browser.tap'],
	[timingReporter, `${TIMINGS}.part`]
].map(([reporter, path]) => finished(stream.compose(reporter).pipe(createWriteStream(path))));
await Promise.all(written);
// Kept once whole (a run cut short leaves the last figures), with the last run's times of the files
// this one did not run, for the next run's order.
const timings = JSON.parse(readFileSync(`${TIMINGS}.part`, 'utf8'));
const ran = new Set(timings.files.map(({ file }) => file));
for (const [name, ms] of last ?? []) if (!ran.has(`tests/browser/${name}`)) timings.files.push({ file: `tests/browser/${name}`, ms, fromAnEarlierRun: true });
writeFileSync(TIMINGS, JSON.stringify(timings, null, '\t'));
rmSync(`${TIMINGS}.part`);
printCostliest();
stopPreview();
await browserServer.close();
process.exit(failed ? 1 : 0);
