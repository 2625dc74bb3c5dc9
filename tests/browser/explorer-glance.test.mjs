// The explorer read at a glance (issue 10): a first screen that says what it is and shows the
// story, the air response framed where it is explained, a side panel in sections, and phones.
// Expected values come from the seed and from Intl, never from the app.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, launchBrowser, screenshot, withPage, VIEWPORTS, seed } from './harness.mjs';

const LOCALES = { en: 'en-GB', fr: 'fr-FR' };
const phone = { ...VIEWPORTS.phone, isMobile: true, hasTouch: true };

const words = {
	en: { start: 'Start the story', all: (n) => (n === 2 ? 'Both attacks so far' : `All ${n} attacks so far`), base: 'Base', sorties: 'Air sorties', time: 'Time', tabs: ['Totals', 'Attacks', 'Air support', 'Layers', 'Data'], next: 'Next attack', previous: 'Previous attack', close: 'Close and show the whole period' },
	fr: { start: 'Commencer le récit', all: (n) => (n === 2 ? 'Les deux attaques jusqu’ici' : `Les ${n} attaques jusqu’ici`), base: 'Base', sorties: 'Sorties aériennes', time: 'Temps', tabs: ['Bilan', 'Attaques', 'Appui aérien', 'Couches', 'Données'], next: 'Attaque suivante', previous: 'Attaque précédente', close: 'Fermer et revenir à toute la période' }
};

let browser;
before(async () => {
	browser = await launchBrowser();
});
after(async () => {
	await browser?.close();
});

const starts = seed.incidents.map((i) => Date.parse(i.start)).sort((a, b) => a - b);
/** The months the story spans, as Intl writes them in Niamey's zone. */
const months = (lang) =>
	new Intl.DateTimeFormat(LOCALES[lang], { month: 'long', year: 'numeric', timeZone: seed.timezone }).formatRange(starts[0], starts.at(-1));
const inside = (box, frame) => box.x >= frame.x - 0.5 && box.y >= frame.y - 0.5 && box.x + box.width <= frame.x + frame.width + 0.5 && box.y + box.height <= frame.y + frame.height + 0.5;
const mapBox = (page) => page.locator('svg[aria-roledescription="map"]').boundingBox();
const scaleKm = async (page) => Number((await page.locator('.scale-bar').getAttribute('aria-label')).match(/(\d[\d,\s]*?)\s*km/)[1].replace(/\D/g, ''));

for (const lang of ['en', 'fr']) {
	for (const [size, viewport] of [
		['1280×800', VIEWPORTS.desktop],
		['390×844', phone]
	]) {
		test(`at ${size} (${lang}) the first screen says what this is, offers the story, and shows every attack in the border region`, async () => {
			await withPage(browser, `/?lang=${lang}`, { reducedMotion: 'reduce', viewport }, async ({ page }) => {
				const w = words[lang];
				const dek = page.locator('header .dek');
				// Intl puts thin spaces around the dash; any space will do.
				const spaced = (text) => text.replace(/\s/g, ' ');
				assert.ok(spaced(await dek.textContent()).includes(spaced(months(lang))), 'the dek spans the story’s months');
				const dekBox = await dek.boundingBox();
				assert.ok(dekBox.y + dekBox.height <= viewport.height / 3, 'the dek is at the top of the first screen');

				const start = page.getByRole('link', { name: new RegExp(`^${w.start}`) });
				const startBox = await start.boundingBox();
				assert.ok(startBox.y + startBox.height <= viewport.height / 3, 'the way into the story is on the first screen');
				const href = new URL(await start.getAttribute('href'), page.url());
				assert.equal(href.pathname, '/present');
				assert.equal(href.searchParams.get('lang'), lang);

				// The story told to its end: the clock at the end of the whole period, every attack drawn, all counted.
				const slider = page.getByRole('slider', { name: w.time });
				assert.equal(await slider.getAttribute('aria-valuenow'), await slider.getAttribute('aria-valuemax'));
				assert.equal(await (await page.locator('.casualties [data-scope="all"] h3').textContent()).trim(), w.all(seed.incidents.length));
				const map = await mapBox(page);
				const xs = [];
				await eventually(async () => (await page.locator('[data-incident].shown .sym-incident').count()) === seed.incidents.length, { message: 'every attack drawn' });
				for (const incident of seed.incidents) {
					const box = await page.locator(`[data-incident="${incident.id}"] .sym-incident`).boundingBox();
					assert.ok(inside(box, map), `${incident.id} on the map`);
					xs.push(box.x + box.width / 2);
				}
				// Framed on the border region, not a speck in West Africa: the attacks spread over a fifth at
				// least of the map's width left of its buttons and key (the camera frames them clear of those).
				const chrome = await page.$$eval('.map-area [data-map-chrome="map controls"], .map-area [data-map-chrome="key"]', (els) => els.map((el) => el.getBoundingClientRect().left));
				const clear = Math.min(map.x + map.width, ...chrome) - map.x;
				assert.ok(Math.max(...xs) - Math.min(...xs) >= clear / 5, `the attacks spread over ${Math.round(Math.max(...xs) - Math.min(...xs))} px of ${Math.round(clear)}`);
				await screenshot(page, `explorer-glance-first-${viewport.width}-${lang}`);
			});
		});
	}
}

test('a URL with a time, or a window, still opens exactly there', async () => {
	await withPage(browser, '/?t=2017-10-04T10:00:00Z', { reducedMotion: 'reduce' }, async ({ page }) => {
		const slider = page.getByRole('slider', { name: 'Time' });
		await eventually(async () => (await slider.getAttribute('aria-valuenow')) === String(Date.parse('2017-10-04T10:00:00Z')), { message: 'the linked time' });
	});
	const from = '2019-12-01T00:00:00Z';
	const to = '2019-12-31T00:00:00Z';
	await withPage(browser, `/?from=${from}&to=${to}`, { reducedMotion: 'reduce' }, async ({ page }) => {
		const slider = page.getByRole('slider', { name: 'Time' });
		await eventually(async () => (await slider.getAttribute('aria-valuemin')) === String(Date.parse(from)), { message: 'the linked window' });
		assert.equal(await slider.getAttribute('aria-valuemax'), String(Date.parse(to)));
		assert.equal(await slider.getAttribute('aria-valuenow'), String(Date.parse(from)), 'a window without a time opens at its start');
	});
});

for (const lang of ['en', 'fr']) {
	test(`with air sorties on (${lang}), the focus frames the base and the attack, again for another base, and the attack alone without them`, async () => {
		// 13:10 local: the jets are in the air between Niamey and Chinagodrar.
		await withPage(browser, `/?focus=chinagodrar-2020-01-09&t=2020-01-09T12:10:00Z&lang=${lang}`, { reducedMotion: 'reduce' }, async ({ page }) => {
			const w = words[lang];
			const base = page.locator('.map-labels [data-label="base"]');
			const attack = page.locator('[data-incident="chinagodrar-2020-01-09"] .sym-incident');
			const framed = async (name) => {
				await eventually(async () => (await base.count()) === 1 && new RegExp(name).test(await base.textContent()) && inside(await base.boundingBox(), await mapBox(page)), { message: `${name} on the map` });
				assert.ok(inside(await attack.boundingBox(), await mapBox(page)), 'the attack on the map');
				assert.equal(await page.locator('.map-labels [data-label="offscreen"]').count(), 0, 'nothing pointed at off the map');
			};
			await framed('Niamey');
			await screenshot(page, `explorer-glance-response-${lang}`);
			const withBase = await scaleKm(page);

			await page.getByRole('tab', { name: w.tabs[2] }).click();
			await page.getByRole('combobox', { name: w.base }).selectOption('air-base-201-agadez');
			await framed('Agadez');

			await page.getByRole('combobox', { name: w.base }).selectOption('niamey-air-base-101');
			await framed('Niamey');
			await page.getByRole('tab', { name: w.tabs[3] }).click();
			await page.getByRole('checkbox', { name: w.sorties }).uncheck();
			await eventually(async () => (await scaleKm(page)) < withBase, { message: 'the attack framed alone, closer' });
			assert.equal(await base.count(), 0);
		});
	});
}

// Each tab's words stay whole, every tab selected in turn (bold is wider): at 360 px in French
// "Attaques" was cut into "Attaque / s".
test('the side panel’s tabs break between words only, down to 320 px (en, fr)', async () => {
	for (const lang of ['en', 'fr']) {
		for (const width of [320, 360]) {
			await withPage(browser, `/?lang=${lang}`, { viewport: { width, height: 640 }, reducedMotion: 'reduce' }, async ({ page }) => {
				for (const tab of await page.getByRole('tab').all()) {
					await tab.click();
					const lines = await page.getByRole('tab').evaluateAll((tabs) =>
						tabs.flatMap((tab) => {
							const range = document.createRange();
							range.selectNodeContents(tab);
							const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
							const words = tab.textContent.trim().split(/\s+/).length;
							return tops.size > words ? [`"${tab.textContent.trim()}" on ${tops.size} lines`] : [];
						})
					);
					assert.deepEqual(lines, [], `${lang} at ${width} px`);
				}
			});
		}
	}
});

const byStart = [...seed.incidents].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));

for (const lang of ['en', 'fr']) {
	test(`the side panel is a tablist (${lang}): arrows, Home and End reach every section; a chosen attack keeps a pinned header that steps and closes`, async () => {
		await withPage(browser, `/?lang=${lang}`, { reducedMotion: 'reduce' }, async ({ page }) => {
			const w = words[lang];
			const tabs = page.getByRole('tab');
			assert.deepEqual((await tabs.allTextContents()).map((t) => t.trim()), w.tabs);
			const selected = async () => (await page.getByRole('tab', { selected: true }).textContent()).trim();
			assert.equal(await selected(), w.tabs[0]);
			// Each tab controls a panel labelled by it; only the selected one is shown.
			for (const tab of await tabs.all()) {
				const panel = page.locator(`#${await tab.getAttribute('aria-controls')}`);
				assert.equal(await panel.getAttribute('role'), 'tabpanel');
				assert.equal(await panel.getAttribute('aria-labelledby'), await tab.getAttribute('id'));
				assert.equal(await panel.isVisible(), (await tab.getAttribute('aria-selected')) === 'true');
			}
			await page.getByRole('tab', { name: w.tabs[0] }).focus();
			await page.keyboard.press('ArrowRight');
			assert.equal(await selected(), w.tabs[1]);
			assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('role')), 'tab');
			await page.keyboard.press('End');
			assert.equal(await selected(), w.tabs[4]);
			await page.keyboard.press('ArrowRight');
			assert.equal(await selected(), w.tabs[0], 'round to the first');
			await page.keyboard.press('ArrowLeft');
			assert.equal(await selected(), w.tabs[4]);
			await page.keyboard.press('Home');
			assert.equal(await selected(), w.tabs[0]);
			// Roving tabindex: one tab in the Tab order.
			assert.equal(await page.locator('[role="tab"][tabindex="0"]').count(), 1);

			// An attack chosen on the map opens its tab, with its title pinned between previous and next.
			await page.locator(`[data-incident-key="${byStart[1].id}"]`).press('Enter');
			await eventually(async () => (await selected()) === w.tabs[1], { message: 'the attack’s tab' });
			const heading = page.locator('.pinned h2');
			assert.equal(await heading.textContent(), byStart[1].title[lang]);
			await page.getByRole('button', { name: w.next }).click();
			await eventually(async () => (await heading.textContent()) === byStart[2].title[lang], { message: 'the next attack in time' });
			await page.getByRole('button', { name: w.previous }).click();
			await eventually(async () => (await heading.textContent()) === byStart[1].title[lang], { message: 'the previous attack' });
			// The header stays in view when the text under it is scrolled.
			await page.locator('.panels').evaluate((el) => (el.scrollTop = el.scrollHeight));
			const panels = await page.locator('.panels').boundingBox();
			const pinned = await page.locator('.pinned').boundingBox();
			assert.ok(pinned.y >= panels.y - 1 && pinned.y < panels.y + 5, 'pinned to the top of the panel');
			await screenshot(page, `explorer-glance-panel-${lang}`);
			await page.getByRole('button', { name: w.close }).click();
			await eventually(async () => (await page.locator('.pinned').count()) === 0, { message: 'closed' });
		});
	});
}
