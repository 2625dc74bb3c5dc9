// Shared by the browser tests: pages in the one Chromium and against the one preview server run.mjs started.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from './chromium.mjs';

export const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
const ROOT = new URL('../../', import.meta.url).pathname;
export const SCREENSHOT_DIR = `${ROOT}test-results/`;

/** The seed scenario as on disk, for tests that check what the pages show against it (read-only by convention). */
export const seed = JSON.parse(readFileSync(new URL('../../seeds/sahel-2017-2020.json', import.meta.url), 'utf8'));

/** A source's publisher or title as a reader of `lang` reads it: one string, or `{ en, fr }` when its words differ. */
export const textIn = (text, lang) => (typeof text === 'string' ? text : text[lang]);

export const VIEWPORTS = {
	desktop: { width: 1280, height: 800 },
	phone: { width: 390, height: 844 },
	projector: { width: 1920, height: 1080 }
};

/**
 * The Chromium run.mjs started for every test file (BROWSER_WS), or one of the file's own when a
 * file is run alone. A test file's pages live in contexts of their own either way (no cookie,
 * storage or cache shared); closing the browser a file connected to only disconnects it.
 */
export async function launchBrowser() {
	if (process.env.BROWSER_WS) return chromium.connect(process.env.BROWSER_WS);
	return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}

/**
 * Runs the project's synthetic generator (scripts/generate.ts, never real data) with `args`
 * (`--events`, `--seed`, `--format`, …), writes test-results/NAME and returns its path. Node with
 * tsx's loader, not `npx tsx`: npm's start-up cost more than the generation.
 */
export function syntheticFile(name, args) {
	mkdirSync(SCREENSHOT_DIR, { recursive: true });
	const out = `${SCREENSHOT_DIR}${name}`;
	execFileSync(process.execPath, ['--import', 'tsx', 'scripts/generate.ts', ...args.map(String), '--out', out], { stdio: 'ignore', cwd: ROOT });
	return out;
}

/**
 * Resolves after two animation frames: what an input or a resize changed (state, effects that
 * redraw, measured sizes) is on screen by then. Await it before reading what an action caused.
 */
export function nextFrames(page) {
	return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/**
 * Makes every Content-Security-Policy violation in the context's documents (frames included) a
 * console error, which the tests count as a problem: every page must work under its CSP.
 */
export function reportCspViolations(context) {
	return context.addInitScript(() => {
		document.addEventListener(
			'securitypolicyviolation',
			(event) => console.error(`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`),
			true
		);
	});
}

/**
 * Before any document runs: alert, confirm, prompt and print record a call instead of opening, so a
 * test can tell whether injected text ever ran (window.__ran lists what did).
 */
export function recordScriptRuns(context) {
	return context.addInitScript(() => {
		window.__ran = [];
		for (const name of ['alert', 'confirm', 'prompt', 'print']) window[name] = (...args) => void window.__ran.push(`${name}(${args.join(', ')})`);
	});
}

/**
 * Nothing from outside ran or became markup: no recorded alert, no on* attribute, no script,
 * iframe, object or embed but the app's own, no javascript: or data: link.
 */
export async function expectInert(page) {
	const found = await page.evaluate(() => {
		const bad = [...window.__ran];
		for (const element of document.querySelectorAll('*')) {
			for (const attribute of element.attributes) {
				if (/^on/i.test(attribute.name)) bad.push(`${element.tagName} ${attribute.name}`);
				if (/^(href|src|action|formaction|xlink:href)$/i.test(attribute.name) && /^\s*(javascript|data|vbscript):/i.test(attribute.value)) bad.push(`${element.tagName} ${attribute.name}=${attribute.value.slice(0, 40)}`);
			}
		}
		for (const element of document.querySelectorAll('iframe, object, embed, script:not([type="module"]):not([src])')) {
			if (!(element.tagName === 'SCRIPT' && element.textContent.includes('__sveltekit'))) bad.push(element.outerHTML.slice(0, 80));
		}
		return bad;
	});
	assert.deepEqual(found, [], 'nothing injected ran or became markup');
}

/**
 * A page that fails the test on any console error (a CSP violation is one) or uncaught exception.
 * `prepare(page)` runs before the page loads (to route requests, say); `touch` emulates a phone's touch screen.
 * The offline cache's service worker is refused unless `serviceWorkers: 'allow'`: every page but the
 * embed registers it once loaded, and its install downloads the whole app (3 MB) into each new
 * context (six explorer loads took 9.2 s of CPU with it, 5.2 s without, browser and server); the
 * app stays online-only when refused, as in a browser that keeps no site data. offline.test.mjs
 * and csp.test.mjs let it run.
 */
export async function openPage(browser, path, { viewport = VIEWPORTS.desktop, reducedMotion = 'no-preference', locale = 'en-GB', touch = false, serviceWorkers = 'block', prepare } = {}) {
	// `touch`: a phone's screen, a finger for a pointer (pointer: coarse) and touch events.
	const context = await browser.newContext({ viewport, reducedMotion, locale, hasTouch: touch, isMobile: touch, serviceWorkers });
	await reportCspViolations(context);
	await recordScriptRuns(context);
	const page = await context.newPage();
	const problems = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol.startsWith('http')) {
			problems.push(`request left the app's origin: ${request.url()}`);
		}
	});
	await prepare?.(page);
	await page.goto(BASE_URL + path);
	await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
	// Sizes measured by the browser (bind:clientWidth, ResizeObserver) reach the page a frame or two
	// after hydration; a test that measures before then sees the prerendered layout.
	await nextFrames(page);
	return { page, context, problems };
}

/**
 * Waits for the code a reader's hand needs: d3-zoom on the map and d3's brush on the overview strip.
 * The explorer and /present load them just after hydration (first-interaction.ts); on a loaded
 * machine a gesture sent before they arrive is lost, as a CI run's drag on the overview was.
 */
export async function gesturesReady(page) {
	await page.waitForFunction(() =>
		[...document.querySelectorAll('svg[aria-roledescription="map"]')].every((svg) => '__zoom' in svg) &&
		[...document.querySelectorAll('.overview .brush')].every((layer) => layer.querySelector('.overlay') !== null)
	);
}

/**
 * Opens a page, runs `body({ page, context, problems })`, then fails on any console error, page
 * error or request outside the app's origin, and closes the page whatever happened.
 * Call as withPage(browser, path, body) or withPage(browser, path, options, body).
 */
export async function withPage(browser, path, ...rest) {
	const body = rest.pop();
	const { page, context, problems } = await openPage(browser, path, rest[0]);
	try {
		await body({ page, context, problems });
		assert.deepEqual(problems, []);
	} finally {
		await context.close();
	}
}

/**
 * Writes a screenshot of a page or a locator to test-results/ when SCREENSHOTS is set (to look at
 * a run: SCREENSHOTS=1 npm run test:browser); otherwise does nothing, as no test compares them.
 */
export async function screenshot(target, name, options = {}) {
	if (!process.env.SCREENSHOTS) return;
	mkdirSync(SCREENSHOT_DIR, { recursive: true });
	await target.screenshot({ ...options, path: `${SCREENSHOT_DIR}${name}.png` });
}

/**
 * A download's bytes (a string with `encoding`). Read as a stream: the shared browser is connected
 * to, not launched by, the test's process, so a download has no local path.
 */
export async function readDownload(download, encoding) {
	const chunks = [];
	for await (const chunk of await download.createReadStream()) chunks.push(chunk);
	const bytes = Buffer.concat(chunks);
	return encoding ? bytes.toString(encoding) : bytes;
}

/**
 * Polls until check() returns a truthy value (transitions and rAF make updates asynchronous).
 * With `progress` (a function read at each poll), the `timeout` runs from the last time its value
 * changed: work that keeps moving (messages handled, files cached) may take as long as a loaded
 * machine needs, and only work that stops moving fails.
 */
export async function eventually(check, { timeout = 3000, interval = 50, message = 'condition', progress } = {}) {
	let deadline = Date.now() + timeout;
	let last;
	let moved = progress ? JSON.stringify(await progress()) : undefined;
	while (Date.now() < deadline) {
		last = await check();
		if (last) return last;
		await new Promise((resolve) => setTimeout(resolve, interval));
		if (progress) {
			const now = JSON.stringify(await progress());
			if (now !== moved) [moved, deadline] = [now, Date.now() + timeout];
		}
	}
	throw new Error(`timed out waiting for ${message} (last value: ${JSON.stringify(last)}${progress ? `; no progress for ${timeout} ms, at ${moved}` : ''})`);
}

/**
 * `read(page)` once the page has come to rest: two reads, frames apart, that agree. A new size or a
 * first load reaches the layout, then the camera, then the labels, over a few frames; a read in
 * between, on a loaded machine, sees the page mid-change.
 */
export async function atRest(page, read, message) {
	let last = null;
	return eventually(
		async () => {
			await nextFrames(page);
			const now = await read(page);
			const same = last !== null && JSON.stringify(now) === JSON.stringify(last);
			last = now;
			return same && now;
		},
		{ timeout: 5000, message }
	);
}

/**
 * What the map under `map` (a selector) shows of the attacks begun (their symbols and rings, not the
 * invisible targets around them) and which lie, on screen, under one of its overlays (every
 * [data-map-chrome]: the zoom buttons or the presenter's clock and notes, the key, the locator):
 * `drawn`, the attacks on the map, and `under`, one line per attack covered ("id under what").
 */
export function marksUnderOverlays(page, map) {
	return page.evaluate((map) => {
		const root = document.querySelector(map);
		const view = root.getBoundingClientRect();
		const meets = (a, b) => Math.min(a.right, b.right) > Math.max(a.left, b.left) && Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top);
		const overlays = [...root.querySelectorAll('[data-map-chrome]')].map((el) => ({ name: el.dataset.mapChrome, box: el.getBoundingClientRect() }));
		const drawn = [];
		const under = [];
		for (const g of root.querySelectorAll('g[data-incident].shown')) {
			const boxes = [...g.children].filter((el) => !el.classList.contains('hit')).map((el) => el.getBoundingClientRect()).filter((box) => meets(box, view));
			if (boxes.length > 0) drawn.push(g.dataset.incident);
			for (const { name, box } of overlays) if (boxes.some((mark) => meets(mark, box))) under.push(`${g.dataset.incident} under the ${name}`);
		}
		return { drawn, under };
	}, map);
}

/** The attack a seed chapter is about, if it has begun by the chapter's time (so its map draws it), else null. */
export function begunFocus(chapter) {
	const incident = chapter.focus ? seed.incidents.find((i) => i.id === chapter.focus) : null;
	return incident && Date.parse(incident.start) <= Date.parse(chapter.cursor) ? incident.id : null;
}

// Evaluated, not added as a <script>: the pages' CSP refuses inline scripts (DevTools evaluation is exempt).
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core's serious and critical WCAG 2.2 A/AA violations on the page, one line each. */
export async function seriousViolations(page) {
	await page.evaluate(axeSource);
	const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), WCAG_22_AA);
	return result.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}
