// Every page carries the build's Content-Security-Policy and works under it: the harness makes any
// violation a console error in every browser test (reportCspViolations); this file checks the
// policy itself, that the detector is live, and the pages' busiest paths under it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { announcerStyleHash } from '../../csp.config.js';
import { BASE_URL, eventually, launchBrowser, nextFrames, withPage } from './harness.mjs';

const PAGES = ['/', '/present', '/present/notes', '/embed'];

let browser;
before(async () => {
	browser = await launchBrowser();
});
after(async () => {
	await browser?.close();
});

/** The directives of a page's CSP meta tag, by name. */
async function policyOf(path) {
	const html = await (await fetch(BASE_URL + path)).text();
	const content = /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(html)?.[1];
	assert.ok(content, `${path} has a CSP meta tag`);
	const head = html.slice(0, html.indexOf('</head>'));
	assert.ok(head.indexOf('content-security-policy') < head.search(/<script|<link[^>]+stylesheet/), `${path}: the policy comes before any script or style`);
	assert.match(html, /<meta name="referrer" content="same-origin" \/>/, `${path} has a referrer policy`);
	assert.doesNotMatch(html, /\sstyle="/, `${path} has no style attribute (blocked without 'unsafe-inline')`);
	return Object.fromEntries(content.replaceAll('&#39;', "'").split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
}

test('every page’s policy: nothing inline or evaluated, no plugins, fetches and frames from the app only', async () => {
	for (const path of PAGES) {
		const policy = await policyOf(path);
		assert.deepEqual(policy['default-src'], ["'none'"], path);
		assert.equal(policy['script-src'][0], "'self'", path);
		assert.ok(policy['script-src'].slice(1).every((source) => /^'sha256-[A-Za-z0-9+/=]+'$/.test(source)), `${path}: scripts from the app or by hash`);
		for (const [name, sources] of Object.entries(policy)) {
			for (const forbidden of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'blob:']) assert.ok(!sources.includes(forbidden), `${path}: ${name} ${forbidden}`);
		}
		// The one inline style: SvelteKit's route announcer, named by its hash.
		assert.deepEqual(policy['style-src-attr'], ["'unsafe-hashes'", `'${announcerStyleHash()}'`], path);
		for (const name of ['style-src', 'img-src', 'font-src', 'connect-src', 'frame-src', 'worker-src', 'base-uri', 'form-action']) assert.deepEqual(policy[name], ["'self'"], `${path}: ${name}`);
		assert.deepEqual(policy['object-src'], ["'none'"], path);
	}
});

test('the violation detector is live: an inline style and an inline script are blocked and reported', async () => {
	await withPage(browser, '/embed', async ({ page, problems }) => {
		await page.evaluate(() => {
			document.body.insertAdjacentHTML('beforeend', '<div id="probe" style="color: red"></div><img src="x" onerror="window.__inline = true">');
			const script = document.createElement('script');
			script.textContent = 'window.__inline = true';
			document.body.append(script);
		});
		await eventually(() => problems.filter((p) => p.startsWith('console error: CSP violation')).length >= 2, { message: 'the violations reported' });
		assert.equal(await page.evaluate(() => window.__inline), undefined, 'nothing ran');
		assert.notEqual(await page.evaluate(() => getComputedStyle(document.getElementById('probe')).color), 'rgb(255, 0, 0)');
		problems.length = 0;
	});
});

test('the explorer’s busiest paths run without a violation: play, every layer, the chart, the Share dialog’s live preview, the notes window, the offline cache installed', async () => {
	await withPage(browser, '/?focus=chinagodrar-2020-01-09', { serviceWorkers: 'allow' }, async ({ page, context }) => {
		for (const layer of await page.getByRole('checkbox').all()) await layer.check();
		await page.getByRole('button', { name: 'Play', exact: true }).first().click();
		const chart = page.locator('.chart svg').first();
		const box = await chart.boundingBox();
		if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.waitForTimeout(500);
		await page.getByRole('button', { name: /Share/ }).click();
		const preview = page.frameLocator('iframe[src*="/embed"]');
		await eventually(async () => (await preview.locator('body[data-hydrated="true"]').count()) === 1, { timeout: 10_000, message: 'the live preview' });
		await nextFrames(page);
		const notes = await context.newPage();
		await notes.goto(`${BASE_URL}/present/notes`);
		await notes.waitForFunction(() => document.body.dataset.hydrated === 'true');
		await notes.close();
		// The offline cache (refused in the other tests' pages, see openPage) registers and installs under the policy.
		assert.equal(await page.evaluate(() => navigator.serviceWorker.ready.then((registration) => registration.active !== null)), true);
	});
});
