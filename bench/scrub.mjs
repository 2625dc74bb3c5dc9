// Whole main-thread time per scrub step and frames while playing, in headless Chromium, from its
// trace: every step moves the clock, and a bare calibration page is measured in the same run.
// Budgets (issue 11), CPU per step p95 / playing: the seed inside Chinagodrar with every layer on
// ≤ 6 ms / 60 fps, no long task; 100,000 events ≤ 8 ms / ≥ 55 fps; 1,000,000 events ≤ 16 ms /
// ≥ 30 fps, no long task over 100 ms. Needs a built app served at BASE_URL with the synthetic
// tables in its /bench-data/ (run.mjs generates them and starts the server).
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from '../tests/browser/chromium.mjs';
import { CATEGORIES, TRACE_CATEGORIES, overlapping, readTrace, sumTasks } from './trace.mjs';
import { median, medianOfRepeats, round, summarise } from './stats.mjs';
import { CALIBRATION_PATH, CHINAGODRAR_PATH, STEP_MARK, everyLayerOn, frameStats, openCase, play, sweep, takeLongTasks, watchLongTasks } from './scrub-page.mjs';

const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);
/** Two sweeps of ArrowRight from Home to the window's end (round steps: about 50 to 230 a sweep, 97 to 204 in the cases here), every step moving the clock. */
const SWEEPS = 2;
const PLAY_MS = 5000;
/** Only these cases (comma-separated ids) beside the calibration, e.g. BENCH_CASES=events-1m. */
const ONLY = process.env.BENCH_CASES?.split(',');
const FIELDS = ['cpu', 'wall', ...CATEGORIES];

/** Waits for the event table to be loaded and summarised; returns the page's own measure of the load (request to indexed table). */
async function eventsLoaded(page) {
	await page.waitForFunction(() => / of [\d,]+ events/.test(document.querySelector('section.events')?.textContent ?? ''), null, { timeout: 120_000 });
	const loadMs = await page.evaluate(() => performance.getEntriesByName('sahel-timeline:event-load')[0]?.duration);
	if (!(loadMs > 0)) throw new Error('the page did not measure its event load');
	return { eventLoadMs: round(loadMs) };
}

/**
 * The page's whole JS memory once garbage is collected: objects and strings, plus the typed arrays'
 * backing stores (the table's columns, its indexes, the map's buffers), which V8 keeps outside the
 * object heap. Taken once the page has settled, so the map's buffers for the events are counted
 * (read as soon as the summary shows, it gave 138 to 154 MB by when the canvas had been drawn).
 */
async function heapAfterGc(page) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('HeapProfiler.collectGarbage');
	const { usedSize, backingStorageSize } = await cdp.send('Runtime.getHeapUsage');
	await cdp.detach();
	return { heapMB: round((usedSize + backingStorageSize) / 2 ** 20) };
}

const CASES = [
	{ id: 'calibration', label: 'calibration (bare ARIA slider)', path: CALIBRATION_PATH },
	{ id: 'whole', label: 'seed, `/` whole period', path: '/' },
	{
		id: 'chinagodrar',
		label: 'seed, inside Chinagodrar, every layer on',
		path: CHINAGODRAR_PATH,
		setup: everyLayerOn,
		budget: { cpuP95MsPerStep: 6, fps: 60, longTaskMs: 50 }
	},
	{
		id: 'events-100k',
		label: '100,000 synthetic events, whole period',
		path: '/?data=/bench-data/events-100k.bin',
		setup: eventsLoaded,
		budget: { cpuP95MsPerStep: 8, fps: 55 }
	},
	{
		id: 'events-1m',
		label: '1,000,000 synthetic events, whole period',
		path: '/?data=/bench-data/events-1m.bin',
		setup: eventsLoaded,
		budget: { cpuP95MsPerStep: 16, fps: 30, longTaskMs: 100, loadMs: 1500, heapMB: 150 }
	}
].filter((c) => !ONLY || c.id === 'calibration' || ONLY.includes(c.id));

/** Steps of one case: per step wall, CPU and CPU by category (ms); CPU outside the steps, per step. */
async function scrubCase(browser, page) {
	const sweeps = [];
	await browser.startTracing(page, { categories: TRACE_CATEGORIES });
	for (let i = 0; i < SWEEPS; i++) sweeps.push((await sweep(page, `${STEP_MARK}${i}-`)).map((s) => s.name));
	const { marks, tasks } = readTrace(await browser.stopTracing(), STEP_MARK);
	const sweepWindows = sweeps.map((names) => names.map((name) => [marks.get(`${name}:start`), marks.get(`${name}:end`)]));
	const windows = sweepWindows.flat();
	if (windows.some(([from, to]) => !(to > from))) throw new Error('a step mark is missing from the trace');
	const records = windows.map(([from, to]) => sumTasks(overlapping(tasks, from, to)));
	// Work a step deferred past its end mark (a timer, a late URL write) lands between steps: counted here.
	let outsideCpu = 0;
	for (const own of sweepWindows) {
		const inSteps = new Set(own.flatMap(([from, to]) => overlapping(tasks, from, to)));
		outsideCpu += sumTasks(overlapping(tasks, own[0][0], own.at(-1)[1]).filter((t) => !inSteps.has(t))).cpu;
	}
	return { records, outsideCpuPerStep: outsideCpu / records.length };
}

async function playCase(browser, page) {
	await browser.startTracing(page, { categories: TRACE_CATEGORIES });
	const { times, moved, stillMoving } = await play(page, PLAY_MS);
	const { marks, tasks } = readTrace(await browser.stopTracing(), STEP_MARK);
	const stats = frameStats(times);
	const { cpu } = sumTasks(overlapping(tasks, marks.get(`${STEP_MARK}play:start`), marks.get(`${STEP_MARK}play:end`)));
	return { ...stats, cpuMsPerFrame: cpu / stats.frames, clockMoved: moved && stillMoving };
}

async function runCase(browser, definition) {
	const { page, context, errors, setupResult } = await openCase(browser, BASE_URL, definition);
	try {
		const heap = definition.setup === eventsLoaded ? await heapAfterGc(page) : {};
		await watchLongTasks(page);
		const { records, outsideCpuPerStep } = await scrubCase(browser, page);
		const scrubLongTasks = await takeLongTasks(page);
		const playing = await playCase(browser, page);
		const playLongTasks = await takeLongTasks(page);
		if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
		return {
			...setupResult,
			...heap,
			steps: records.length,
			...summarise(records, FIELDS),
			outsideStepsCpuMsPerStep: round(outsideCpuPerStep),
			scrubLongTasksMs: scrubLongTasks,
			playing: { ...Object.fromEntries(Object.entries(playing).map(([k, v]) => [k, typeof v === 'number' ? round(v) : v])), longTasksMs: playLongTasks }
		};
	} finally {
		await context.close();
	}
}

const loadAverage = () => os.loadavg().map((v) => round(v));
const started = { date: new Date().toISOString(), loadAverage: loadAverage() };
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const chromiumVersion = browser.version();
const repeats = [];
try {
	for (let r = 0; r < REPEATS; r++) {
		const repeat = { loadAverage: loadAverage(), cases: {} };
		for (const definition of CASES) repeat.cases[definition.id] = await runCase(browser, definition);
		repeats.push(repeat);
		console.log(`repeat ${r + 1}/${REPEATS} done (load average ${repeat.loadAverage.join(', ')})`);
	}
} finally {
	await browser.close();
}

const PLAY_FIELDS = ['fps', 'droppedFrames', 'intervalP50Ms', 'intervalP95Ms', 'intervalMaxMs', 'cpuMsPerFrame'];
const cases = Object.fromEntries(
	CASES.map(({ id, label, path }) => {
		const runs = repeats.map((r) => r.cases[id]);
		const ratio = (q) => round(median(repeats.map((r) => r.cases[id].cpu[q] / r.cases.calibration.cpu[q])));
		const result = {
			label,
			path,
			median: medianOfRepeats(runs, FIELDS),
			cpuRatioToCalibration: { p50: ratio('p50'), p95: ratio('p95') },
			outsideStepsCpuMsPerStep: round(median(runs.map((r) => r.outsideStepsCpuMsPerStep))),
			...(runs[0].eventLoadMs === undefined
				? {}
				: { eventLoadMs: round(median(runs.map((r) => r.eventLoadMs))), heapMB: round(median(runs.map((r) => r.heapMB))) }),
			scrubLongTasksMs: runs.flatMap((r) => r.scrubLongTasksMs),
			playing: {
				...Object.fromEntries(PLAY_FIELDS.map((f) => [f, round(median(runs.map((r) => r.playing[f])))])),
				longTasksMs: runs.flatMap((r) => r.playing.longTasksMs),
				clockMovedThroughout: runs.every((r) => r.playing.clockMoved)
			},
			repeats: runs
		};
		return [id, result];
	})
);

/** Each budgeted case against its budget: CPU p95 per step, frames per second, long tasks while scrubbing or playing. */
const budgets = Object.fromEntries(
	CASES.filter((c) => c.budget).map(({ id, budget }) => {
		const c = cases[id];
		const longTasks = [...c.scrubLongTasksMs, ...c.playing.longTasksMs];
		const met = {
			cpu: c.median.cpu.p95 <= budget.cpuP95MsPerStep,
			fps: Math.round(c.playing.fps) >= budget.fps,
			longTasks: budget.longTaskMs === undefined || longTasks.every((ms) => ms <= budget.longTaskMs),
			load: budget.loadMs === undefined || c.eventLoadMs <= budget.loadMs,
			heap: budget.heapMB === undefined || c.heapMB <= budget.heapMB
		};
		const measured = { cpuP95MsPerStep: c.median.cpu.p95, fps: c.playing.fps, longestTaskMs: Math.max(0, ...longTasks), eventLoadMs: c.eventLoadMs, heapMB: c.heapMB };
		return [id, { budget, measured, met, allMet: Object.values(met).every(Boolean) }];
	})
);
const result = {
	date: started.date,
	machine: { cpu: os.cpus()[0]?.model, cores: os.cpus().length, loadAverageStart: started.loadAverage, loadAverageEnd: loadAverage(), node: process.version },
	chromium: chromiumVersion,
	method: {
		step: 'keydown ArrowRight dispatched on the slider, then requestAnimationFrame → setTimeout 0, between two performance marks; every task of the renderer main thread overlapping that interval counts whole',
		pattern: `${REPEATS} repeats × ${SWEEPS} sweeps of ArrowRight from Home to the window's end, each step to the next round time (Home not measured); every step asserted to change aria-valuenow`,
		figures: 'per repeat p50/p95 over its steps, then the median over repeats; cpu = main-thread thread time (trace tdur), wall = busy time (trace dur); categories are CPU self time',
		traceCategories: TRACE_CATEGORIES,
		playing: `${PLAY_MS} ms from the window's start; dropped frames = Σ (round(interval / 16.67 ms) − 1)`
	},
	budgets,
	cases
};
writeFileSync(new URL('./results/scrub.json', import.meta.url), JSON.stringify(result, null, 2) + '\n');

console.log(`\nChromium ${chromiumVersion}; load average ${started.loadAverage.join(', ')} → ${result.machine.loadAverageEnd.join(', ')}`);
console.log(`ms per step, median of ${REPEATS} repeats' p50 / p95 (CPU = main-thread thread time):`);
console.log(['case', 'CPU', 'wall', ...CATEGORIES, '× calib', 'outside'].join(' | '));
for (const c of Object.values(cases)) {
	const cell = (f) => `${c.median[f].p50.toFixed(2)} / ${c.median[f].p95.toFixed(2)}`;
	console.log([c.label, ...FIELDS.map(cell), `${c.cpuRatioToCalibration.p50} / ${c.cpuRatioToCalibration.p95}`, c.outsideStepsCpuMsPerStep].join(' | '));
}
for (const c of Object.values(cases)) {
	const p = c.playing;
	if (c.eventLoadMs !== undefined) console.log(`loading ${c.label}: ${c.eventLoadMs} ms from request to indexed table; JS heap after GC ${c.heapMB} MB`);
	console.log(`playing ${c.label}: ${p.fps} fps, ${p.droppedFrames} dropped, ${p.cpuMsPerFrame} ms CPU/frame, long tasks ${JSON.stringify(p.longTasksMs)}`);
}
for (const [id, { budget, measured, allMet }] of Object.entries(budgets)) {
	const longTasks = budget.longTaskMs === undefined ? '' : `, longest task ${measured.longestTaskMs} ms ≤ ${budget.longTaskMs}`;
	const load = budget.loadMs === undefined ? '' : `, load ${measured.eventLoadMs} ms ≤ ${budget.loadMs}, heap ${measured.heapMB} MB ≤ ${budget.heapMB}`;
	console.log(`budget ${id}: CPU p95 ${measured.cpuP95MsPerStep} ms ≤ ${budget.cpuP95MsPerStep}, ${measured.fps} fps ≥ ${budget.fps}${longTasks}${load}: ${allMet ? 'met' : 'MISSED'}`);
}
