// The long forms of the hardening tests (npm test runs the short ones): every boundary's fuzz with
// 10,000 cases (Vitest; in Chromium the postMessage fuzz and 100 URLs a route), then the soak for
// an hour. Writes bench/results/fuzz.json and bench/results/soak.json. Needs a built app served at
// BASE_URL (run.mjs starts one). BENCH_SOAK_SECONDS shortens the soak (to try the bench itself).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';

const RUNS = 10_000;
const BROWSER_URLS = 100;
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 3600);
const TMP = 'bench/tmp';
const machine = { cpus: os.cpus()[0]?.model.trim(), cores: os.cpus().length, node: process.version, loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10) };
/** The property tests of each boundary, by boundary. */
const VITEST = {
	'URL parameters (/, /present, /present/notes, ?data=)': 'src/lib/url/params.fuzz.test.ts',
	'URL parameters (/embed)': 'src/lib/embed/embed-params.fuzz.test.ts',
	'postMessage to /embed (schema, source, origin)': 'src/lib/embed/protocol.test.ts',
	'host commands coalesced per frame': 'src/lib/embed/command-queue.test.ts',
	'embed-resize.js on a host page': 'src/lib/embed/embed-resize-script.test.ts',
	'BroadcastChannel of the notes window': 'src/lib/adapters/notes-sync.test.ts',
	'scenario files (npm run validate)': 'src/lib/scenario/load.property.test.ts',
	'event tables (binary reader)': 'src/lib/dataset/binary-format.fuzz.test.ts'
};
const BROWSER = ['tests/browser/messages.test.mjs', 'tests/browser/url-fuzz.test.mjs', 'tests/browser/xss.test.mjs'];

mkdirSync(TMP, { recursive: true });
const env = (extra) => ({ ...process.env, TZ: 'Africa/Niamey', ...extra });
/** Runs a command to the end, passing or failing: the figures are written either way, and the exit code says which. */
let failed = false;
const run = (command, args, extra) => {
	const { status } = spawnSync(command, args, { stdio: 'inherit', env: env(extra) });
	failed ||= status !== 0;
	return status === 0;
};
const seconds = (since) => Math.round((performance.now() - since) / 100) / 10;

// Vitest: every fuzz property at RUNS cases (the other tests of those files run too).
let started = performance.now();
const report = `${TMP}/fuzz-vitest.json`;
run('npx', ['vitest', 'run', ...Object.values(VITEST), '--reporter=dot', '--reporter=json', `--outputFile=${report}`], { FUZZ_RUNS: String(RUNS) });
const vitest = JSON.parse(readFileSync(report, 'utf8'));
const boundaries = Object.entries(VITEST).map(([boundary, file]) => {
	const results = vitest.testResults.find((r) => r.name.endsWith(file))?.assertionResults ?? [];
	const fuzz = results.filter((t) => /fuzz|never throws|\d+ (queries|values|messages|damaged)/i.test(`${t.ancestorTitles.join(' ')} ${t.title}`));
	return { boundary, file, properties: fuzz.map((t) => ({ name: t.title, status: t.status, seconds: Math.round(t.duration / 100) / 10 })) };
});
const vitestSeconds = seconds(started);

// Chromium: the browser fuzz and flood tests with the long figures.
started = performance.now();
const tap = `${TMP}/fuzz-browser.tap`;
run(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...BROWSER], {
	FUZZ_RUNS: String(RUNS),
	FUZZ_BROWSER_URLS: String(BROWSER_URLS)
});
const browser = [...readFileSync(tap, 'utf8').matchAll(/^(ok|not ok) \d+ - (.*)\n(?:.*\n)*?\s+duration_ms: ([\d.]+)/gm)].map(([, ok, name, ms]) => ({
	name,
	status: ok === 'ok' ? 'passed' : 'failed',
	seconds: Math.round(Number(ms) / 100) / 10
}));
const browserSeconds = seconds(started);

writeFileSync(
	'bench/results/fuzz.json',
	JSON.stringify({ date: new Date().toISOString(), machine, command: 'npm run bench (bench/hardening.mjs)', runsPerProperty: RUNS, browserUrlsPerRoute: BROWSER_URLS, vitest: { seconds: vitestSeconds, boundaries }, browser: { seconds: browserSeconds, tests: browser } }, null, '\t')
);

// The soak: an hour of playback beside chapter changes.
started = performance.now();
const passed = run(process.execPath, ['--test', 'tests/browser/soak.test.mjs'], { SOAK_SECONDS: String(SOAK_SECONDS), SOAK_RESULTS: `${TMP}/soak.json` });
const soak = JSON.parse(readFileSync(`${TMP}/soak.json`, 'utf8'));
writeFileSync('bench/results/soak.json', JSON.stringify({ ...soak, passed, machine, command: `npm run bench (bench/hardening.mjs, SOAK_SECONDS=${SOAK_SECONDS})`, seconds: seconds(started) }, null, '\t'));
process.exitCode = failed ? 1 : 0;
