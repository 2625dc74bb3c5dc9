// The map explains itself: a key generated from what is drawn, and a card per incident under the
// pointer or the keyboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, launchBrowser, nextFrames, withPage, screenshot, seriousViolations, VIEWPORTS } from './harness.mjs';

let browser;
before(async () => {
	browser = await launchBrowser();
});
after(async () => {
	await browser?.close();
});

const CHINAGODRAR = '/?focus=chinagodrar-2020-01-09&t=2020-01-09T12:28:00Z';
const keyItems = (page) => page.locator('.map-key li').allTextContents();

test('the key lists what the map draws, and follows the layers', async () => {
	await withPage(browser, CHINAGODRAR, { reducedMotion: 'reduce' }, async ({ page }) => {
		const toggle = page.getByRole('button', { name: 'Key' });
		assert.equal(await toggle.getAttribute('aria-expanded'), 'true', 'open on a laptop');
		const items = await keyItems(page);
		for (const text of [/circle’s area follows the number killed, as finally reported/, /Attack under way/, /Attackers’ route, inferred/, /Border crossed/, /Disputed strike/, /Aircraft, computed position/, /Computed flight path/, /Air base/])
			assert.ok(items.some((item) => text.test(item)), `${text} in ${items.join(' | ')}`);
		// Nothing the map does not show: no rings, no surface, no documented routes.
		assert.ok(!items.some((item) => /Reach of the aircraft|Minutes until help|documented/.test(item)), items.join(' | '));
		// The key's own discs are the map's: the largest is the size of Chinagodrar's symbol.
		const radius = (selector) => page.locator(selector).first().evaluate((circle) => circle.r.baseVal.value);
		assert.equal(await radius('.map-key .sizes .sym-incident'), await radius('[data-incident="chinagodrar-2020-01-09"] .sym-incident'));

		await page.getByRole('tab', { name: 'Layers' }).click();
		await page.getByLabel('Range rings (10, 20, 30, 60 min)').check();
		await page.getByLabel('Movements').uncheck();
		await eventually(async () => (await keyItems(page)).some((item) => /Reach of the aircraft 10, 20, 30 and 60 min/.test(item)), { message: 'the rings in the key' });
		await eventually(async () => !(await keyItems(page)).some((item) => /route/.test(item)), { message: 'no routes once movements are off' });
		await screenshot(page, 'map-key-rings');

		await toggle.click();
		assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
		assert.equal(await page.locator('.map-key ul').isVisible(), false, 'closed');
		await toggle.press('Enter');
		assert.equal(await page.locator('.map-key ul').isVisible(), true, 'opened from the keyboard');
	});
});

test('on a phone the key starts closed, off the story, and opens on demand (French)', async () => {
	await withPage(browser, `${CHINAGODRAR}&lang=fr`, { viewport: VIEWPORTS.phone, reducedMotion: 'reduce' }, async ({ page }) => {
		const toggle = page.getByRole('button', { name: 'Légende' });
		assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
		assert.equal(await page.locator('.map-key ul').isVisible(), false);
		const key = await page.locator('.map-key').boundingBox();
		const map = await page.locator('svg[aria-roledescription="map"]').boundingBox();
		assert.ok(key.width * key.height < 0.05 * map.width * map.height, `closed, the key covers ${((100 * key.width * key.height) / (map.width * map.height)).toFixed(1)}% of the map`);
		await toggle.click();
		assert.ok((await keyItems(page)).some((item) => /Frappe contestée/.test(item)));
		await screenshot(page, 'map-key-phone-open-fr');
		assert.deepEqual(await seriousViolations(page), []);
		// The rings' minutes joined as French joins a list.
		await page.getByRole('tab', { name: 'Couches' }).click();
		await page.getByLabel('Cercles de distance franchissable (10, 20, 30, 60\u00a0min)').check();
		await eventually(async () => (await keyItems(page)).some((item) => item.includes('Portée de l’avion 10, 20, 30 et 60\u00a0min après l’alerte')), {
			message: 'the rings in the key, in French'
		});
	});
});

test('an incident’s card shows under the pointer and the keyboard, and describes its button', async () => {
	await withPage(browser, '/?t=2020-01-15T12:00:00Z', { reducedMotion: 'reduce' }, async ({ page }) => {
		const card = page.getByRole('tooltip');
		assert.equal(await card.count(), 0);
		// Hovered again until the card shows: the map may still be taking its settled size after load,
		// moving the symbol from under a pointer placed on it a frame before.
		await eventually(
			async () => {
				await page.locator('[data-incident="inates-2019-12-10"] .sym-incident').hover({ force: true });
				return card.count();
			},
			{ message: 'the card', interval: 200 }
		);
		const text = await card.textContent();
		assert.match(text, /Attack on the Inates army post/);
		assert.match(text, /10 December 2019, 15:00 UTC\+1/);
		assert.match(text, /71 killed, as finally reported \(own side’s and independent counts\)/);
		await page.mouse.move(2, 2);
		await eventually(async () => (await card.count()) === 0, { message: 'the card to go with the pointer' });

		// Tabbed in time order: Tongo Tongo (4 Oct 2017) first, though the largest attacks are drawn first.
		const keys = await page.locator('[data-incident-key]').evaluateAll((nodes) => nodes.map((n) => n.dataset.incidentKey));
		assert.deepEqual(keys, ['tongo-tongo-2017-10-04', 'ayorou-2017-10-21', 'inates-2019-12-10', 'chinagodrar-2020-01-09']);
		const tongo = page.locator('[data-incident-key="tongo-tongo-2017-10-04"]');
		assert.equal(await tongo.getAttribute('aria-label'), 'Ambush near Tongo Tongo');
		await tongo.focus();
		await nextFrames(page);
		assert.match(await card.textContent(), /Ambush near Tongo Tongo.*9 killed/s);
		assert.equal(await tongo.getAttribute('aria-describedby'), await card.getAttribute('id'));
		await screenshot(page, 'map-card-keyboard');
		await page.keyboard.press('Escape');
		await eventually(async () => (await card.count()) === 0, { message: 'Escape to close the card' });
	});
});

test('zoomed in, a locator inset shows where the map is in Africa', async () => {
	await withPage(browser, '/?t=2020-01-15T12:00:00Z', { reducedMotion: 'reduce' }, async ({ page }) => {
		const inset = page.getByRole('img', { name: /Where the map is, in Africa/ });
		// The explorer opens on the border region, a detail of Africa: zoomed out to the whole map, no inset.
		await eventually(() => inset.count(), { message: 'the inset on the border region' });
		await page.locator('svg[aria-roledescription="map"]').focus();
		for (let i = 0; i < 3; i++) await page.keyboard.press('-');
		await eventually(async () => (await inset.count()) === 0, { message: 'no inset at the regional view' });
		await page.locator('[data-incident-key="chinagodrar-2020-01-09"]').press('Enter');
		await eventually(() => inset.count(), { message: 'the inset once zoomed in' });
		const africa = await inset.locator('.africa').boundingBox();
		const frame = await inset.locator('.frame').boundingBox();
		// Chinagodrar (3°E, 15°N) lies about 30% across Africa from the west and 30% down from the north.
		const across = (frame.x + frame.width / 2 - africa.x) / africa.width;
		const down = (frame.y + frame.height / 2 - africa.y) / africa.height;
		assert.ok(across > 0.2 && across < 0.4 && down > 0.2 && down < 0.4, `frame at ${across.toFixed(2)}, ${down.toFixed(2)}`);
		await screenshot(page, 'map-locator');
	});
});

test('zoomed in, the base map shows the Niger, lakes and towns, and credits its sources', async () => {
	await withPage(browser, '/present?chapter=chinagodrar-air-response', { viewport: VIEWPORTS.projector, reducedMotion: 'reduce' }, async ({ page }) => {
		await eventually(() => page.locator('.base-map-detail .sym-river').count(), { message: 'the rivers' });
		const labels = await page.locator('.map-labels text').allTextContents();
		for (const town of ['Tillabéri', 'Ouallam', 'Téra']) assert.ok(labels.includes(town), `${town} in ${labels.join(', ')}`);
		const items = await keyItems(page);
		assert.ok(items.some((item) => /River or lake/.test(item)));
		assert.ok(items.some((item) => /GeoNames, CC BY 4\.0/.test(item)), 'the towns’ source credited');
	});
	// At the regional view (an embed's first view) the base map's detail is not even downloaded.
	await withPage(browser, '/embed?t=2020-01-15T12:00:00Z', { reducedMotion: 'reduce' }, async ({ page }) => {
		await nextFrames(page);
		assert.equal(await page.locator('.base-map-detail').count(), 0);
		assert.ok(!(await keyItems(page)).some((item) => /River/.test(item)));
	});
});

for (const [size, viewport, open] of [
	['1280×720', { width: 1280, height: 720 }, false],
	['1920×1080', VIEWPORTS.projector, true]
]) {
	test(`the presenter's key at ${size} starts ${open ? 'open' : 'closed, a small button off the story,'} and opens on demand`, async () => {
		await withPage(browser, '/present?chapter=chinagodrar-air-response', { viewport, reducedMotion: 'reduce' }, async ({ page }) => {
			const toggle = page.getByRole('button', { name: 'Key' });
			assert.equal(await toggle.getAttribute('aria-expanded'), String(open));
			const map = await page.locator('svg[aria-roledescription="map"]').boundingBox();
			const share = async () => {
				const key = await page.locator('.map-key').boundingBox();
				return (key.width * key.height) / (map.width * map.height);
			};
			if (!open) {
				assert.ok((await share()) < 0.02, `closed, the key takes ${(100 * (await share())).toFixed(1)} % of the map`);
				await screenshot(page, `present-key-${viewport.width}-closed`);
				await toggle.click();
				await eventually(async () => (await keyItems(page)).length > 0, { message: 'the key’s list' });
			}
			// Open, it leaves most of the map to the story, and its type is not larger than the narration's.
			assert.ok((await share()) < 0.3, `open, the key takes ${(100 * (await share())).toFixed(1)} % of the map`);
			const px = (selector) => page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
			assert.ok((await px('.map-key li')) <= (await px('p.narration')), 'key type no larger than the narration');
			await screenshot(page, `present-key-${viewport.width}-open`);
		});
	});
}

// The rings' assumption says when the jets take off, in words (review s23: "0 min on the ground" explained nothing), and fits the key on a phone.
for (const lang of ['en', 'fr']) {
	for (const size of ['phone', 'desktop']) {
		test(`the key says when the jets take off, in plain words, and fits (${lang}, ${size})`, async () => {
			await withPage(browser, `/embed?chapter=chinagodrar-air-response&lang=${lang}`, { viewport: VIEWPORTS[size], reducedMotion: 'reduce' }, async ({ page }) => {
				const toggle = page.getByRole('button', { name: lang === 'en' ? 'Key' : 'Légende' });
				if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
				const item = page.locator('.map-key li.assumption');
				await eventually(() => item.isVisible(), { message: 'the rings’ assumption in the key' });
				const text = (await item.innerText()).replace(/\s+/g, ' ');
				const takeOff = lang === 'en' ? /taking off (the moment the alert comes \(no time on the ground\)|\d+ min after the alert)/ : /décollant (dès l’alerte \(aucun temps au sol\)|\d+ min après l’alerte)/;
				assert.match(text, takeOff);
				assert.doesNotMatch(text, /\b\d+ min (on the ground|au sol)\b/, 'no bare minutes on the ground');
				// Inside the key, whole: no line cut at its edge.
				const fits = await item.evaluate((li) => {
					const key = li.closest('.map-key').getBoundingClientRect();
					const box = li.getBoundingClientRect();
					return li.scrollWidth <= li.clientWidth + 1 && box.left >= key.left - 1 && box.right <= key.right + 1;
				});
				assert.ok(fits, `the assumption fits the key: ${text}`);
				await item.scrollIntoViewIfNeeded();
				await screenshot(page, `map-key-takeoff-${size}-${lang}`);
			});
		});
	}
}
