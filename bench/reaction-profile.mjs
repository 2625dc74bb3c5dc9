// Where one scrub step's script goes, reaction by reaction: the Chinagodrar case of scrub.mjs (every
// layer on), stepped forward from a given clock time and back, many times; Svelte's runtime is
// instrumented as the page loads it (the chunk that holds update_reaction, rewritten through
// page.route) to time each reaction's run, minus the reactions it ran inside it (self time). The
// page is cross-origin isolated (headers added the same way) so that performance.now() counts in
// 5 µs, not 100 µs. The times are wall times: run it on an idle machine. A diagnostic, not a budget:
// the instrumentation adds its own cost, so compare its runs with each other, not with scrub.mjs.
// BASE_URL as for scrub.mjs; BENCH_FROM (10:58, the clock shown in the page's UTC, HH:MM) the step
// starts from; BENCH_REPEATS (30); BENCH_SHOWN (30) rows. Build with `npx vite build --minify false`
// to read the reactions' code. A new branch of an {#if} or {#each} shows as "BRANCH" and its code.
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from '../tests/browser/chromium.mjs';
import { CHINAGODRAR_PATH, SLIDER, everyLayerOn, home, openCase } from './scrub-page.mjs';

const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
const FROM = process.env.BENCH_FROM ?? '10:58';
const REPEATS = Number(process.env.BENCH_REPEATS ?? 30);
const SHOWN = Number(process.env.BENCH_SHOWN ?? 30);

/** Svelte's runtime with each reaction timed into globalThis.__reactions while it is set. */
function instrument(source) {
	const run = '\t\tvar result = fn();\n\t\treaction.f |= REACTION_RAN;';
	const branch = 'else this.#onscreen.set(key, branch(() => fn(this.anchor)));';
	if (!source.includes(run) || !source.includes(branch)) throw new Error("this Svelte's runtime is not the one reaction-profile.mjs knows how to instrument");
	const code = (fn) => `String(${fn}).replace(/\\s+/g, ' ').slice(0, 140)`;
	return source
		.replace(
			run,
			`\t\tvar __r = globalThis.__reactions, __key, __start;
\t\tif (__r) { __key = (reaction.f & 2 ? 'derived ' : 'effect  ') + (fn.__branch ? 'BRANCH ' + fn.__branch : ${code('fn')}); __start = performance.now(); __r.stack.push(0); }
\t\tvar result = fn();
\t\tif (__r) { const took = performance.now() - __start; const inner = __r.stack.pop(); __r.self[__key] = (__r.self[__key] ?? 0) + took - inner; __r.runs[__key] = (__r.runs[__key] ?? 0) + 1; if (__r.stack.length) __r.stack[__r.stack.length - 1] += took; else __r.total += took; }
\t\treaction.f |= REACTION_RAN;`
		)
		.replace(branch, `else { const __b = () => fn(this.anchor); __b.__branch = ${code('fn')}; this.#onscreen.set(key, branch(__b)); }`);
}

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const isolated = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp', 'cross-origin-resource-policy': 'same-origin' };
// openCase makes the context: its routes are added to every context this browser makes.
const newContext = browser.newContext.bind(browser);
browser.newContext = async (options) => {
	const context = await newContext(options);
	await context.route(`${BASE_URL}/**`, async (route) => {
		const response = await route.fetch();
		const isScript = route.request().url().endsWith('.js');
		const body = isScript ? await response.text() : undefined;
		const rewritten = body?.includes('function update_reaction(reaction)') ? instrument(body) : body;
		await route.fulfill({ response, headers: { ...response.headers(), ...isolated }, ...(rewritten !== undefined ? { body: rewritten } : {}) });
	});
	return context;
};

try {
	const { page } = await openCase(browser, BASE_URL, { path: CHINAGODRAR_PATH, setup: everyLayerOn });
	if (!(await page.evaluate(() => crossOriginIsolated))) throw new Error('the page is not cross-origin isolated: its timers would count in 100 µs');
	await home(page);
	const clock = () => page.evaluate((s) => new Date(Number(document.querySelector(s).getAttribute('aria-valuenow'))).toISOString().slice(11, 16), SLIDER);
	/** A keydown on the slider and the frame after it; with `measure`, its reactions are timed. */
	const press = (key, measure = false) =>
		page.evaluate(
			async ({ selector, key, measure }) => {
				if (measure) globalThis.__reactions = globalThis.__kept ?? { self: {}, runs: {}, stack: [], total: 0, steps: 0 };
				document.querySelector(selector).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
				// Svelte runs the reactions in a microtask after the change.
				await Promise.resolve();
				await Promise.resolve();
				if (measure) {
					globalThis.__kept = globalThis.__reactions;
					globalThis.__kept.steps++;
					globalThis.__reactions = undefined;
				}
				await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
			},
			{ selector: SLIDER, key, measure }
		);
	for (let i = 0; (await clock()) !== FROM; i++) {
		if (i > 200) throw new Error(`the sweep never showed ${FROM} (HH:MM, UTC, on a step)`);
		await press('ArrowRight');
	}
	await page.waitForTimeout(1000);
	let to = '';
	for (let i = 0; i < REPEATS; i++) {
		await press('ArrowRight', true);
		to = await clock();
		await press('ArrowLeft');
		await page.waitForTimeout(150);
	}
	const { self, runs, total, steps } = await page.evaluate(() => globalThis.__kept);
	console.log(`${FROM} → ${to}, ${steps} steps: reactions ${(total / steps).toFixed(3)} ms a step (instrumented); self time, ms a step, runs a step, reaction:`);
	for (const [key, ms] of Object.entries(self)
		.sort((a, b) => b[1] - a[1])
		.slice(0, SHOWN))
		console.log(`${(ms / steps).toFixed(3).padStart(7)} ${String(Math.round((runs[key] / steps) * 10) / 10).padStart(5)}  ${key}`);
} finally {
	await browser.close();
}
