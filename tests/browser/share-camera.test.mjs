// The Share dialog's link keeps the map's framing: a reader who zoomed and panned the explorer
// shares "this view", and the link opens on the same framing (a place where it was, within 2 px).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, VIEWPORTS, eventually, launchBrowser, withPage, screenshot } from './harness.mjs';

let browser;
before(async () => (browser = await launchBrowser()));
after(async () => await browser?.close());

/** Where the Inates attack's symbol is drawn, in the page's pixels (its box's centre). */
async function inates(page) {
	return page.evaluate(() => {
		const box = document.querySelector('.map-area [data-incident="inates-2019-12-10"]')?.getBoundingClientRect();
		return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
	});
}

for (const lang of ['en', 'fr']) {
	test(`the Share link carries the reader's zoom and pan, and opens on the same framing (${lang})`, async () => {
		let link;
		let before;
		await withPage(browser, `/?lang=${lang}`, { viewport: VIEWPORTS.desktop, reducedMotion: 'reduce' }, async ({ page }) => {
			// Zoomed in around the attack, then dragged a little: the reader's own framing.
			const start = await inates(page);
			await page.mouse.move(start.x + 30, start.y + 20);
			for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -240);
			await page.waitForTimeout(300);
			await page.mouse.down();
			await page.mouse.move(start.x - 40, start.y + 50, { steps: 8 });
			await page.mouse.up();
			await page.waitForTimeout(500);
			before = await inates(page);
			assert.ok(before, 'Inates is on the zoomed map');
			await page.getByRole('button', { name: lang === 'en' ? 'Share / Embed' : 'Partager / Intégrer' }).click();
			const field = page.getByRole('dialog').locator('input').first();
			await eventually(async () => (await field.inputValue()).includes('map='), { message: 'the link has the map' });
			link = await field.inputValue();
			await screenshot(page, `share-camera-dialog-${lang}`);
		});
		const map = new URL(link).searchParams.get('map');
		assert.match(map, /^-?\d+(\.\d+)?,-?\d+(\.\d+)?,\d+(\.\d+)?$/);
		await withPage(browser, new URL(link).pathname + new URL(link).search, { viewport: VIEWPORTS.desktop, reducedMotion: 'reduce' }, async ({ page }) => {
			await eventually(async () => {
				const after = await inates(page);
				return after !== null && Math.hypot(after.x - before.x, after.y - before.y) <= 2;
			}, { message: `Inates back within 2 px of ${JSON.stringify(before)}` });
			// The notices stay empty: the link was read whole.
			assert.equal((await page.locator('div.notices').first().innerText()).trim(), '');
			await screenshot(page, `share-camera-opened-${lang}`);
		});
	});
}

test('a link whose map cannot be read opens on the usual framing, with a notice that says so', async () => {
	await withPage(browser, '/?map=1.7,95,420', { reducedMotion: 'reduce' }, async ({ page }) => {
		await eventually(async () => (await page.locator('div.notices').first().innerText()).includes('map framing could not be read'), { message: 'the notice' });
		assert.match(await page.locator('div.notices').first().innerText(), /“map”/);
	});
});
