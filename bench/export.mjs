// Exports against their budgets (issue 13): a 4K PNG in at most 2 s; a 30-second 1080p chapter
// video rendered in at most 60 s with no long task over 100 ms. Long tasks by PerformanceObserver
// in the page; CPU time of the browser's processes (/proc) and, for the video, of the page's main
// thread and the encoder's worker (a trace), which a shared machine's load does not inflate; the
// video read back with mediabunny. Needs a built app at BASE_URL (run.mjs starts one).
import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from '../tests/browser/chromium.mjs';
import { readVideo } from '../tests/browser/media.mjs';
import { descendantsCpuMs } from './process-cpu.mjs';
import { namedThreadsCpu, overlapping, readTrace } from './trace.mjs';

const MARK = 'export:';
/** Enough to find the main thread's and the worker's tasks and their thread time, little enough for a minute-long trace. */
const VIDEO_TRACE = ['toplevel', 'blink.user_timing'];

const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce', acceptDownloads: true });
await context.addInitScript(() => {
	window.__longTasks = [];
	new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: true });
});
const page = await context.newPage();
const longTasksSince = async (from) => page.evaluate((n) => window.__longTasks.slice(n), from);

async function download(choose, trace = false) {
	await page.keyboard.press('e');
	const dialog = page.getByRole('dialog');
	await choose(dialog);
	const before = await page.evaluate(() => window.__longTasks.length);
	const files = [];
	const collect = (download) => files.push(download);
	page.on('download', collect);
	if (trace) await browser.startTracing(page, { categories: VIDEO_TRACE });
	const [started, cpuBefore] = [Date.now(), descendantsCpuMs()];
	await page.evaluate((mark) => performance.mark(`${mark}start`), MARK);
	await dialog.getByRole('button', { name: 'Download' }).click();
	await dialog.getByRole('status').filter({ hasText: /Downloaded|failed/ }).waitFor({ timeout: 900_000 });
	await page.evaluate((mark) => performance.mark(`${mark}end`), MARK);
	const [ms, browserCpuMs] = [Date.now() - started, descendantsCpuMs() - cpuBefore];
	const threads = trace ? threadsCpu(await browser.stopTracing()) : null;
	page.off('download', collect);
	// A video comes with its captions; the file measured is the image or the video.
	const file = files.find((f) => !f.suggestedFilename().endsWith('.vtt'));
	const longTasks = await longTasksSince(before);
	await dialog.getByRole('button', { name: 'Close' }).click();
	return { ms, browserCpuMs, threads, longTasks, file };
}

/** The page's main thread (its CPU and its longest tasks, by wall and by CPU) and the worker's CPU, between the marks. */
function threadsCpu(buffer) {
	const { marks, tasks } = readTrace(buffer, MARK);
	const [from, to] = [marks.get(`${MARK}start`), marks.get(`${MARK}end`)];
	const during = overlapping(tasks, from, to);
	const round = (ms) => Math.round(ms);
	return {
		mainCpuMs: round(during.reduce((sum, task) => sum + task.cpu, 0)),
		longestTaskWallMs: round(Math.max(0, ...during.map((task) => task.wall))),
		longestTaskCpuMs: round(Math.max(0, ...during.map((task) => task.cpu))),
		tasksOver50MsCpu: during.filter((task) => task.cpu > 50).length,
		workerCpuMs: round(namedThreadsCpu(buffer, MARK, 'DedicatedWorker thread', from, to).cpu)
	};
}

await page.goto(`${BASE_URL}/present?chapter=chinagodrar-air-response`);
await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
// A first export loads the exporter's code; the timed ones do not include that download.
await download(async (dialog) => dialog.getByRole('radio', { name: 'PNG image' }).check());
const png = [];
for (let i = 0; i < 3; i++) {
	const { ms, browserCpuMs, longTasks } = await download(async (dialog) => {
		await dialog.getByRole('radio', { name: 'PNG image' }).check();
		await dialog.getByRole('combobox').selectOption('4k');
	});
	png.push({ ms, browserCpuMs, longestTaskMs: Math.max(0, ...longTasks) });
}

await page.goto(`${BASE_URL}/present?chapter=the-border-2017-2020`);
await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
const loadBefore = os.loadavg()[0];
const video = await download(async (dialog) => {
	await dialog.getByRole('radio', { name: /^Video/ }).check();
	await dialog.getByLabel('Size').selectOption('1080');
}, true);
const read = await readVideo(context, await readFile(await video.file.path()));
await browser.close();

const result = {
	date: new Date().toISOString(),
	machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GB`,
	loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
	png4k: { runs: png, budgetMs: 2000 },
	video1080p: {
		file: video.file.suggestedFilename(),
		renderMs: video.ms,
		/** CPU of every process of the browser meanwhile (page, worker, encoder threads, GPU process). */
		browserCpuMs: video.browserCpuMs,
		...video.threads,
		loadAverageBefore: Math.round(loadBefore * 100) / 100,
		videoSeconds: read.duration,
		frames: read.frames,
		codec: read.codec,
		size: [read.width, read.height],
		longTasks: video.longTasks.length,
		longestTaskMs: Math.max(0, ...video.longTasks),
		budget: { renderMs: 60_000, longestTaskMs: 100 }
	}
};
writeFileSync(new URL('results/export.json', import.meta.url), JSON.stringify(result, null, 2) + '\n');
console.log(JSON.stringify(result, null, 2));
