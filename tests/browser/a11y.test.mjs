import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, seriousViolations } from './harness.mjs';

let browser;
before(async () => {
	browser = await launchBrowser();
});
after(async () => {
	await browser?.close();
});


for (const path of ['/', '/?lang=fr', '/?focus=chinagodrar-2020-01-09&t=2020-01-09T12:30:00Z', '/present', '/present/notes']) {
	test(`axe finds no serious or critical WCAG 2.2 AA violation on ${path}`, async () => {
		const { page, context } = await openPage(browser, path);
		assert.deepEqual(await seriousViolations(page), []);
		await context.close();
	});
}

test('every button has an accessible name', async () => {
	const { page, context } = await openPage(browser, '/');
	const unnamed = await page.evaluate(() =>
		[...document.querySelectorAll('button, [role="slider"], [role="button"], a[href], select, input')]
			.filter((el) => !el.closest('[aria-hidden="true"]'))
			.filter((el) => !(el.getAttribute('aria-label') || el.textContent.trim() || el.getAttribute('aria-labelledby') || el.closest('label')))
			.map((el) => el.outerHTML.slice(0, 80))
	);
	assert.deepEqual(unnamed, []);
	await context.close();
});
