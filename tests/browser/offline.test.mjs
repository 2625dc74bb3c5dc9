// The whole app offline after one visit (issue 10): SvelteKit's service worker caches the app, the
// map and the story, so a talk survives a venue with no network. The built app is served here by
// a server of the test's own, which is then shut: whatever the page gets after that came from the
// worker's cache, not from a server that Chromium's offline emulation may still reach.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { BASE_URL, eventually, launchBrowser, nextFrames, screenshot, VIEWPORTS, seed } from './harness.mjs';

const BUILD = new URL('../../build/', import.meta.url).pathname;
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml' };

/** Serves build/ as a static host does: a file, else the page of that name (`/present` → present.html). */
function serveBuild() {
	const server = createServer(async (request, response) => {
		const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
		for (const candidate of [path, `${path}.html`, join(path, 'index.html')]) {
			const file = join(BUILD, candidate);
			if (!file.startsWith(BUILD) || !(await stat(file).then((s) => s.isFile(), () => false))) continue;
			response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
			response.end(await readFile(file));
			return;
		}
		response.writeHead(404).end();
	});
	// Any free port on the loopback, so it never meets the preview server or another run.
	return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

let browser;
before(async () => {
	browser = await launchBrowser();
});
after(async () => {
	await browser?.close();
});

// Each wait below has a bound of its own, the worker's install one that runs while its cache keeps
// filling (3 MB, slow beside other work); the whole has ten minutes, against a hang only.
test('after one visit, /present opens and walks its chapters with the network gone (en, fr)', { timeout: 600_000 }, async () => {
	const server = await serveBuild();
	const origin = `http://127.0.0.1:${server.address().port}`;
	const context = await browser.newContext({ viewport: VIEWPORTS.projector, reducedMotion: 'reduce', serviceWorkers: 'allow' });
	const problems = [];
	try {
		const page = await context.newPage();
		page.on('pageerror', (error) => problems.push(error.message));
		await page.goto(`${origin}/present`);
		await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
		// Registered by SvelteKit once the page has loaded; then installed (everything precached) and active.
		await eventually(() => page.evaluate(() => navigator.serviceWorker.getRegistration().then((found) => found !== undefined)), {
			timeout: 10_000,
			message: 'a service worker to be registered'
		});
		const cached = () =>
			page.evaluate(async () => {
				let files = 0;
				for (const name of await caches.keys()) files += (await (await caches.open(name)).keys()).length;
				return files;
			});
		await eventually(() => page.evaluate(() => navigator.serviceWorker.getRegistration().then((found) => Boolean(found?.active))), {
			timeout: 30_000,
			interval: 250,
			progress: cached,
			message: 'the service worker installed (its cache filled) and active'
		});

		const closed = new Promise((resolve) => server.close(resolve));
		server.closeAllConnections();
		await closed;
		await context.setOffline(true);

		for (const [lang, id] of [
			['en', 'inates'],
			['fr', 'chinagodrar-toll-rises']
		]) {
			await page.goto(`${origin}/present?chapter=${id}&lang=${lang}`);
			await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
			const chapter = seed.chapters.find((c) => c.id === id);
			await eventually(async () => (await page.locator('.story h1').textContent()) === chapter.title[lang], { message: `${id} in ${lang}` });
			// The map is drawn (its countries come from the cached TopoJSON) and the story's numbers are there.
			await eventually(async () => (await page.locator('.map svg.base path').count()) > 5, { message: 'the map drawn from the cache' });
			assert.ok((await page.locator('.column table.killed td[data-side] .count').first().textContent()).trim().length > 0);
			await page.keyboard.press('ArrowLeft');
			await eventually(async () => new URL(page.url()).searchParams.get('chapter') !== id, { message: 'the previous chapter, offline' });
			await nextFrames(page);
			await screenshot(page, `present-offline-${lang}`);
		}
		// The explorer and the notes window were cached on the same visit.
		for (const path of ['/', '/present/notes', '/embed']) {
			await page.goto(`${origin}${path}`);
			await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
		}
		assert.deepEqual(problems, []);
	} finally {
		await context.close();
		if (server.listening) server.close();
	}
});

// SvelteKit's own registration could not catch this: a browser that refuses service workers (here a
// frame on another site, whose storage is blocked; also a profile that keeps no site data) left an
// uncaught error on the page.
test('where the browser refuses the service worker, the explorer works online without an error', async () => {
	const host = createServer((request, response) => {
		response.writeHead(200, { 'content-type': 'text/html' });
		response.end(`<!doctype html><title>host</title><iframe src="${BASE_URL}/" width="1200" height="700"></iframe>`);
	});
	await new Promise((resolve) => host.listen(0, '127.0.0.1', resolve));
	// localhost and 127.0.0.1 are different sites: the frame is third-party.
	const context = await browser.newContext({ viewport: VIEWPORTS.projector, reducedMotion: 'reduce' });
	try {
		const page = await context.newPage();
		const problems = [];
		page.on('pageerror', (error) => problems.push(error.message));
		await page.goto(`http://localhost:${host.address().port}/`);
		const frame = page.frameLocator('iframe');
		await eventually(async () => (await frame.locator('body[data-hydrated="true"]').count()) === 1, { timeout: 10_000, message: 'the framed explorer' });
		// The app registers once the frame has loaded; asking the browser after that gets its answer after the app's.
		const framed = page.frames()[1];
		await framed.waitForLoadState('load');
		const answer = await framed.evaluate(() => navigator.serviceWorker.getRegistration().then(() => 'allowed', (error) => error.name));
		await nextFrames(page);
		assert.equal(answer, 'NotSupportedError', 'the frame is refused a service worker');
		assert.deepEqual(problems, []);
	} finally {
		await context.close();
		host.close();
	}
});
