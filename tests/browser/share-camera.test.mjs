// The Share dialog's link keeps the map's framing: a reader who zoomed and panned the explorer
// shares "this view", and the link opens on the same framing (a place where it was, within 2 px).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, VIEWPORTS, eventually, gesturesReady, launchBrowser, withPage, screenshot } from './harness.mjs';

let browser;
before(async () => (browser = await launchBrowser()));
after(async () => await browser?.close());

/** Where the Inates attack's symbol is drawn, in the page's pixels (its box's centre). */
async function inates(page, map = '.map-area') {
	return page.evaluate((map) => {
		const box = document.querySelector(`${map} [data-incident="inates-2019-12-10"]`)?.getBoundingClientRect();
		return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
	}, map);
}

/**
 * Where Inates is on a map of any size: its offset from the map's centre, in map widths. The same
 * centre and the same kilometres across put it at the same place on a map of another size.
 */
async function inatesOnMap(page, map) {
	const at = await inates(page, map);
	const box = await page.locator(`${map} svg[aria-roledescription="map"]`).first().boundingBox();
	return at && { x: (at.x - box.x - box.width / 2) / box.width, y: (at.y - box.y - box.height / 2) / box.width };
}
const sameSpot = (a, b) => a !== null && b !== null && Math.hypot(a.x - b.x, a.y - b.y) <= 0.01;

/** Zooms in around Inates with the wheel, then drags a little: the reader's own framing. */
async function frameAroundInates(page, map = '.map-area') {
	await gesturesReady(page);
	const start = await inates(page, map);
	await page.mouse.move(start.x + 30, start.y + 20);
	for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -240);
	await page.waitForTimeout(300);
	await page.mouse.down();
	await page.mouse.move(start.x - 40, start.y + 50, { steps: 8 });
	await page.mouse.up();
	await page.waitForTimeout(500);
}

for (const lang of ['en', 'fr']) {
	test(`the Share link carries the reader's zoom and pan, and opens on the same framing (${lang})`, async () => {
		let link;
		let before;
		await withPage(browser, `/?lang=${lang}`, { viewport: VIEWPORTS.desktop, reducedMotion: 'reduce' }, async ({ page }) => {
			await frameAroundInates(page);
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

for (const lang of ['en', 'fr']) {
	test(`the embed code carries the reader's zoom and pan, and the embed opens on that framing (${lang})`, async () => {
		let code;
		let link;
		let framed;
		await withPage(browser, `/?lang=${lang}`, { viewport: VIEWPORTS.desktop, reducedMotion: 'reduce' }, async ({ page }) => {
			await frameAroundInates(page);
			framed = await inatesOnMap(page, '.map-area');
			await page.getByRole('button', { name: lang === 'en' ? 'Share / Embed' : 'Partager / Intégrer' }).click();
			const dialog = page.getByRole('dialog');
			await eventually(async () => (await dialog.locator('textarea').first().inputValue()).includes('map='), { message: 'the code has the map' });
			code = await dialog.locator('textarea').first().inputValue();
			link = await dialog.locator('input').first().inputValue();
		});
		const src = new URL(code.match(/src="([^"]+)"/)[1].replaceAll('&amp;', '&'));
		assert.equal(src.pathname, '/embed');
		assert.equal(src.searchParams.get('map'), new URL(link).searchParams.get('map'), 'the framing of the Share link');
		// A frame of another size than the explorer's map: the same centre and width put Inates at the same place.
		await withPage(browser, src.pathname + src.search, { viewport: { width: 700, height: 620 }, reducedMotion: 'reduce' }, async ({ page }) => {
			const shown = await eventually(async () => {
				const at = await inatesOnMap(page, 'main.map');
				return sameSpot(at, framed) ? at : null;
			}, { message: `Inates where the explorer had it, ${JSON.stringify(framed)}` });
			assert.ok(shown);
			assert.equal(await page.locator('.notice').count(), 0, 'no notice: the link was read whole');
			// Its credit opens the explorer on the same framing again.
			const credit = new URL(await page.locator('a.credit').getAttribute('href'));
			assert.ok(credit.searchParams.has('map'), credit.href);
			await screenshot(page, `share-camera-embed-${lang}`);
		});
	});
}

test('the presenter’s way back to the explorer keeps the map as the audience saw it', async () => {
	let framed;
	await withPage(browser, '/present?chapter=inates&lang=fr', { viewport: VIEWPORTS.desktop, reducedMotion: 'reduce' }, async ({ page }) => {
		await eventually(() => inates(page, '.presenter'), { message: 'Inates on the chapter’s map' });
		await frameAroundInates(page, '.presenter');
		framed = await inatesOnMap(page, '.presenter');
		await page.keyboard.press('Escape');
		await page.waitForURL((url) => url.pathname === '/', { timeout: 10_000 });
		assert.ok(new URL(page.url()).searchParams.has('map'), page.url());
		await eventually(async () => sameSpot(await inatesOnMap(page, '.map-area'), framed), { message: `Inates where the presenter had it, ${JSON.stringify(framed)}` });
		await screenshot(page, 'share-camera-from-presenter');
	});
});

test('an embed whose map cannot be read opens on its usual framing, and its notice names the map', async () => {
	await withPage(browser, '/embed?map=1.7,95,420', { reducedMotion: 'reduce' }, async ({ page }) => {
		await eventually(async () => /\(map\)/.test(await page.locator('.notice').first().innerText().catch(() => '')), { message: 'the notice' });
		assert.equal(new URL(await page.locator('a.credit').getAttribute('href'), page.url()).searchParams.has('map'), false);
	});
});
