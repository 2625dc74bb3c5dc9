// Site storage the browser refuses, fills or hands back garbage: every page still opens, and what
// the app could not keep is said. The app keeps one thing, the talk's start in sessionStorage
// (SvelteKit keeps its scroll positions there too); imported datasets in IndexedDB have their own
// tests (datasets.test.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from './chromium.mjs';
import { BASE_URL, eventually, launchBrowser, reportCspViolations, withPage } from './harness.mjs';

const PAGES = ['/', '/present', '/present/notes', '/embed'];
const KEY = 'sahel-timeline-talk-started:sahel-2017-2020';
const notice = (page) => page.getByRole('status').filter({ hasText: /does not let the page keep when the talk began/ });

let browser;
before(async () => {
	browser = await launchBrowser();
});
after(async () => {
	await browser?.close();
});

/** What a page must show to count as working: hydrated, and its map (or, for the notes, its buttons). */
async function expectWorking(page, path) {
	await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
	if (path === '/present/notes') assert.equal(await page.getByRole('button').count(), 2);
	else await eventually(async () => (await page.locator('path[data-country]').count()) >= 14, { message: `the map of ${path}` });
}

// Reading window.sessionStorage itself throws in such a browser; /present once rendered nothing (review D1).
test('with site data blocked by the browser, every page works and /present says the talk’s start is not kept', async () => {
	const profile = mkdtempSync(join(tmpdir(), 'sahel-blocked-'));
	mkdirSync(join(profile, 'Default'));
	writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ profile: { default_content_setting_values: { cookies: 2 } } }));
	const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
	try {
		await reportCspViolations(context);
		const page = context.pages()[0] ?? (await context.newPage());
		const problems = [];
		page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
		page.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
		for (const path of PAGES) {
			await page.goto(BASE_URL + path);
			await expectWorking(page, path);
			if (path === '/present') assert.equal(await notice(page).count(), 1);
		}
		assert.equal(await page.evaluate(() => { try { return typeof sessionStorage; } catch (error) { return error.name; } }), 'SecurityError', 'the profile blocks storage');
		assert.deepEqual(problems, []);
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	}
});

/** Before the app runs: storage that throws on access, or on writes (a full quota). */
const STORAGE = {
	denied: () => {
		for (const name of ['sessionStorage', 'localStorage', 'indexedDB']) {
			Object.defineProperty(window, name, {
				get() {
					throw new DOMException('Access is denied for this document.', 'SecurityError');
				}
			});
		}
	},
	full: () => {
		Storage.prototype.setItem = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
	}
};

// One context a kind of storage, its pages opened one after another in it: the init script runs
// before the app on each (a context a page cost a new renderer and a cold cache each time).
test('with storage that throws on access or is full, every page works and /present says what it could not keep', async () => {
	for (const [kind, script] of [['denied', STORAGE.denied], ['full', STORAGE.full]]) {
		await withPage(browser, PAGES[0], { prepare: (page) => page.addInitScript(script) }, async ({ page }) => {
			for (const path of PAGES) {
				if (path !== PAGES[0]) await page.goto(BASE_URL + path);
				await expectWorking(page, path);
				if (path === '/present') assert.equal(await notice(page).count(), 1, kind);
			}
		});
	}
});

test('a stored talk start that is garbage is replaced by now, and the notes never show a talk of years', async () => {
	const GARBAGE = [' 1 ', '1e3', 'NaN', '-1', '<img src=x onerror=alert(1)>', '{"a":1}', '9'.repeat(400), 'x'.repeat(1_000_000)];
	// One page: each value is stored, then the page loaded again reads it as a returning presenter's would.
	await withPage(browser, '/present', async ({ page }) => {
		for (const value of GARBAGE) {
			await page.evaluate(([key, text]) => sessionStorage.setItem(key, text), [KEY, value]);
			await page.reload();
			await expectWorking(page, '/present');
			const stored = Number(await page.evaluate((key) => sessionStorage.getItem(key), KEY));
			assert.ok(Math.abs(stored - Date.now()) < 60_000, `${JSON.stringify(value.slice(0, 20))} replaced by now, not ${stored}`);
			assert.equal(await notice(page).count(), 0, 'no notice: the new start is kept');
		}
	});
});
