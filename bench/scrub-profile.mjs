// What the costliest scrub steps do: the Chinagodrar case of scrub.mjs (every layer on), traced with
// V8's sampling profiler; prints every step's CPU by category with the clock it reached, then, for the
// costliest 5 % of steps against the median ones, the functions the samples fell in (self and
// inclusive ms per step) and the trace events that took the most CPU. A diagnostic, not a budget.
// BASE_URL as for scrub.mjs; BENCH_SWEEPS (default 2) sweeps from Home to the window's end; BENCH_SAMPLING=0 leaves V8's
// sampler off (every step's CPU as scrub.mjs sees it, no function ranking); BENCH_SHOWN (15) rows of
// each ranking; BENCH_TRACE_OUT=FILE also keeps the trace (DevTools opens it); writes results/scrub-profile.json. Build with `npx vite build --minify false` to read names.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from '../tests/browser/chromium.mjs';
import { CATEGORIES, TRACE_CATEGORIES, overlapping, readTrace, sumTasks } from './trace.mjs';
import { percentile, round } from './stats.mjs';
import { CHINAGODRAR_PATH, STEP_MARK, everyLayerOn, openCase, sweep } from './scrub-page.mjs';
import { eventsByName, profileSamples, rankFunctions, samplesIn } from './profile.mjs';

const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
const SWEEPS = Number(process.env.BENCH_SWEEPS ?? 2);
const SHOWN = Number(process.env.BENCH_SHOWN ?? 15);
const SAMPLING = process.env.BENCH_SAMPLING !== '0';

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const loadAverage = os.loadavg().map((v) => round(v));
let steps;
try {
	const { page, context } = await openCase(browser, BASE_URL, { path: CHINAGODRAR_PATH, setup: everyLayerOn });
	const taken = [];
	await browser.startTracing(page, { categories: [...TRACE_CATEGORIES, ...(SAMPLING ? ['disabled-by-default-v8.cpu_profiler'] : [])] });
	for (let i = 0; i < SWEEPS; i++) {
		for (const { name, index, after } of await sweep(page, `${STEP_MARK}${i}-`)) taken.push({ name, sweep: i, index, clock: new Date(after).toISOString().slice(11, 16) });
	}
	const buffer = await browser.stopTracing();
	await context.close();
	if (process.env.BENCH_TRACE_OUT) writeFileSync(process.env.BENCH_TRACE_OUT, buffer);
	const { marks, tasks } = readTrace(buffer, STEP_MARK);
	const { traceEvents } = JSON.parse(buffer.toString('utf8'));
	const samples = profileSamples(traceEvents, STEP_MARK);
	steps = taken.map((s) => {
		const from = marks.get(`${s.name}:start`);
		const to = marks.get(`${s.name}:end`);
		const own = overlapping(tasks, from, to);
		const windows = own.map((t) => [t.start, t.end]);
		return { ...s, ...sumTasks(own), windows, own };
	});
	const byCpu = [...steps].sort((a, b) => b.cpu - a.cpu);
	const costly = byCpu.slice(0, Math.max(1, Math.ceil(steps.length * 0.05)));
	const middle = byCpu.slice(Math.floor(steps.length * 0.45), Math.ceil(steps.length * 0.55));
	const describe = (group) => {
		const windows = group.flatMap((s) => s.windows);
		const own = [...new Set(group.flatMap((s) => s.own))];
		return {
			steps: group.length,
			cpuPerStep: round(group.reduce((sum, s) => sum + s.cpu, 0) / group.length),
			functions: rankFunctions(samplesIn(samples, windows), group.length, SHOWN),
			events: eventsByName(own, group.length, SHOWN)
		};
	};
	const result = {
		date: new Date().toISOString(),
		loadAverage,
		sampleCount: samples.length,
		steps: steps.map(({ windows, own, wall, ...s }) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, typeof v === 'number' && !['sweep', 'index'].includes(k) ? round(v) : v]))),
		costliest: { clocks: costly.map((s) => `${s.sweep}-${s.index} ${s.clock} ${round(s.cpu)}`), ...describe(costly) },
		median: describe(middle)
	};
	writeFileSync(new URL('./results/scrub-profile.json', import.meta.url), JSON.stringify(result, null, 2) + '\n');

	console.log(`load average ${loadAverage.join(', ')}; ${samples.length} profile samples in the page's main thread`);
	console.log(['step', 'clock UTC', 'cpu', ...CATEGORIES].join('\t'));
	for (const s of steps) console.log([`${s.sweep}-${s.index}`, s.clock, ...['cpu', ...CATEGORIES].map((f) => s[f].toFixed(2))].join('\t'));
	console.log(`\nCPU per step p50 ${round(percentile(steps.map((s) => s.cpu), 50))}, p95 ${round(percentile(steps.map((s) => s.cpu), 95))} ms ${SAMPLING ? '(the profiler inflates script)' : '(no sampler)'}`);
	console.log(`costliest steps: ${byCpu.slice(0, 20).map((s) => `${s.clock} ${round(s.cpu)}`).join(', ')}`);
	for (const [title, group] of [['costliest 5 %', result.costliest], ['median steps (45–55 %)', result.median]]) {
		console.log(`\n${title}: ${group.steps} steps, ${group.cpuPerStep} ms CPU a step${group.clocks ? ` (${group.clocks.join('; ')})` : ''}`);
		console.log('  functions, ms a step (self / inclusive):');
		for (const f of group.functions) console.log(`    ${f.key.padEnd(9)} ${f.self.toFixed(3)} / ${f.inclusive.toFixed(3)}  ${f.name}`);
		console.log('  trace events, CPU self ms a step:');
		for (const e of group.events) console.log(`    ${e.cpu.toFixed(3)}  ${e.name} ×${e.count}`);
	}
} finally {
	await browser.close();
}
