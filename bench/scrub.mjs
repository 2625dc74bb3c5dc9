// Script time per frame while scrubbing and playing the seed in headless Chromium (budget: p95 ≤ 4 ms,
// no long task over 50 ms). Needs a built app served at BASE_URL (run.mjs starts one).
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from '../tests/browser/chromium.mjs';

const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
const STEPS = 300;

const percentile = (values, p) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(BASE_URL + '/');
await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
const cdp = await page.context().newCDPSession(page);
await cdp.send('Performance.enable');
const scriptSeconds = async () =>
	(await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration').value;

await page.evaluate(() => {
	window.__longTasks = [];
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) window.__longTasks.push({ ms: entry.duration, phase: window.__phase });
	}).observe({ type: 'longtask', buffered: true });
});

const phase = (name) => page.evaluate((n) => (window.__phase = n), name);

async function scrub(label) {
	await phase(label);
	const slider = page.getByRole('slider', { name: 'Time' });
	await slider.focus();
	const perFrame = [];
	for (let i = 0; i < STEPS; i++) {
		const before = await scriptSeconds();
		await slider.press(i % 50 < 40 ? 'ArrowRight' : 'PageUp');
		await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
		perFrame.push(((await scriptSeconds()) - before) * 1000);
	}
	return { label, frames: perFrame.length, medianMs: percentile(perFrame, 50), p95Ms: percentile(perFrame, 95), maxMs: Math.max(...perFrame) };
}

const overview = await scrub('scrub, whole period');
await page.goto(BASE_URL + '/?focus=chinagodrar-2020-01-09');
await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
await page.evaluate(() => {
	window.__longTasks = [];
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) window.__longTasks.push({ ms: entry.duration, phase: window.__phase });
	}).observe({ type: 'longtask' });
});
await phase('switching on range rings and the response-time surface');
for (const layer of ['Range rings (10, 20, 30, 60 min)', 'Response-time surface']) await page.getByLabel(layer).check();
await page.waitForTimeout(500);
const attack = await scrub('scrub, inside the Chinagodrar attack, every layer on');

async function playFor(label, ms) {
	await phase(label);
	const before = await scriptSeconds();
	const frames = await page.evaluate(
		(duration) =>
			new Promise((resolve) => {
				let count = 0;
				const start = performance.now();
				const tick = () => {
					count++;
					if (performance.now() - start < duration) requestAnimationFrame(tick);
					else resolve(count);
				};
				requestAnimationFrame(tick);
			}),
		ms
	);
	return { label, frames, fps: frames / (ms / 1000), meanScriptMsPerFrame: (((await scriptSeconds()) - before) * 1000) / frames };
}

await page.getByRole('slider', { name: 'Time' }).press('Home');
await page.getByRole('button', { name: 'Play', exact: true }).click();
const attackPlaying = await playFor('playing the Chinagodrar attack 5 s, every layer on', 5000);
await page.getByRole('button', { name: 'Pause', exact: true }).click();

await page.getByRole('button', { name: 'Whole period', exact: true }).click();
await page.getByRole('button', { name: 'Play', exact: true }).click();
const wholePlaying = await playFor('playing the whole period 5 s', 5000);
const longTasks = await page.evaluate(() => window.__longTasks);
await browser.close();

const result = {
	date: new Date().toISOString(),
	machine: { cpus: os.cpus()[0]?.model, cores: os.cpus().length, node: process.version },
	budget: { p95MsPerFrame: 4, longTaskMs: 50 },
	scrubbing: [overview, attack],
	playing: [attackPlaying, wholePlaying],
	longTasksMs: longTasks
};
writeFileSync(new URL('./results/scrub.json', import.meta.url), JSON.stringify(result, null, 2) + '\n');
for (const run of result.scrubbing) console.log(`${run.label}: median ${run.medianMs.toFixed(2)} ms, p95 ${run.p95Ms.toFixed(2)} ms per frame`);
for (const run of result.playing) console.log(`${run.label}: ${run.fps.toFixed(0)} fps, ${run.meanScriptMsPerFrame.toFixed(2)} ms script per frame`);
console.log(`long tasks over 50 ms: ${JSON.stringify(longTasks)}`);
