import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, seriousViolations, withPage } from './harness.mjs';

let browser;
before(async () => {
	browser = await launchBrowser();
});
after(async () => {
	await browser?.close();
});

// axe rates a control without an accessible name (button-name, link-name, label, select-name,
// aria-input-field-name…) serious or critical, so these runs also check that every control is named.
for (const path of ['/', '/?lang=fr', '/?focus=chinagodrar-2020-01-09&t=2020-01-09T12:30:00Z', '/present', '/present/notes']) {
	test(`axe finds no serious or critical WCAG 2.2 AA violation on ${path}`, async () => {
		await withPage(browser, path, async ({ page }) => {
			assert.deepEqual(await seriousViolations(page), []);
		});
	});
}
