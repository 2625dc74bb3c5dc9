// The explorer on a phone (issue 10, review 9): the map and the Time slider share the first screen, a bar keeps the time and the killed-so-far line on
// screen while the reader scrolls past the timeline, and an attack chosen below the map is framed
// on a map scrolled into view. Times are written here by Intl from the slider's own value.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { atRest, eventually, gesturesReady, launchBrowser, nextFrames, screenshot, withPage, seed, VIEWPORTS } from './harness.mjs';

const LOCALES = { en: 'en-GB', fr: 'fr-FR' };
const PHONES = [
	{ width: 390, height: 844 },
	{ width: 360, height: 640 }
];
const words = {
	en: { attacks: 'Attacks', time: 'Time', security: 'Security forces', killed: 'Killed so far:', none: 'none reported', row: 'Security forces killed' },
	fr: { attacks: 'Attaques', time: 'Temps', security: 'Forces de sécurité', killed: 'Tués :', none: 'aucun rapporté', row: 'Membres des forces de sécurité tués' }
};
/** The map's cue to an attack's details below it: the attack's place, then these words. */
const detailsBelow = { en: ': details below', fr: ' : détails plus bas' };
const cueButton = (page) => page.getByRole('button', { name: /details below|détails plus bas/ });

let browser;
before(async () => {
	browser = await launchBrowser();
});
after(async () => {
	await browser?.close();
});

/** "9 Jan 2020, 13:28" as the bar should write the slider's value, in the story's zone (the timeline under it gives the zone). */
function barTime(t, lang) {
	const format = (options) => new Intl.DateTimeFormat(LOCALES[lang], { ...options, timeZone: seed.timezone }).format(t);
	return `${format({ day: 'numeric', month: 'short', year: 'numeric' })}, ${format({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })}`;
}

const inViewport = (box, viewport) => box.y >= -0.5 && box.y + box.height <= viewport.height + 0.5;

for (const viewport of PHONES) {
	for (const lang of ['en', 'fr']) {
		test(`at ${viewport.width}×${viewport.height} (${lang}) the map and the Time slider are both on the first screen, the slider under the map`, async () => {
			await withPage(browser, `/?lang=${lang}`, { viewport, touch: true, reducedMotion: 'reduce' }, async ({ page }) => {
				const measure = () =>
					page.evaluate(() => {
						const box = (el) => el.getBoundingClientRect().toJSON();
						return { scrollY, map: box(document.querySelector('main.map-area')), slider: box(document.querySelector('.timeline [role="slider"]')), play: box(document.querySelector('.timeline button.play')) };
					});
				// The map's height follows the header's and the timeline's, measured once they are laid out.
				const first = await eventually(async () => {
					const now = await measure();
					return inViewport(now.slider, viewport) && inViewport(now.play, viewport) && now;
				}, { message: 'the slider and the Play button whole on the first screen' }).catch(async (error) => assert.fail(`${error.message}: ${JSON.stringify(await measure())} in ${viewport.height}`));
				assert.equal(await page.getByRole('button', { name: lang === 'fr' ? 'Lire' : 'Play' }).count(), 1, 'the Play button named');
				assert.equal(first.scrollY, 0, 'measured on the first screen');
				assert.ok(first.slider.height > 0, 'the slider drawn');
				assert.ok(first.map.height >= 0.35 * viewport.height, `the map ${first.map.height} px tall, at least 35 % of ${viewport.height}`);
				assert.ok(first.map.top >= 0 && first.map.bottom <= first.slider.top + 0.5, `the map above the slider: ${JSON.stringify({ map: first.map, slider: first.slider })}`);
				await screenshot(page, `phone-first-screen-${viewport.width}-${lang}`);
			});
		});

		// The slider comes first on a phone, right under the map: first in the tab order too, then the
		// playback buttons row by row, as they are read (the keyboard's order follows the eye's).
		test(`at ${viewport.width}×${viewport.height} (${lang}) the timeline's controls take the focus in the order they are seen`, async () => {
			await withPage(browser, `/?lang=${lang}`, { viewport, touch: true, reducedMotion: 'reduce' }, async ({ page }) => {
				await nextFrames(page);
				const controls = await page.$$eval('.timeline :is(button, select, input, [role="slider"], [tabindex]):not([tabindex="-1"]):not(:disabled)', (elements) =>
					elements
						.filter((el) => el.getClientRects().length > 0 && el.tabIndex >= 0)
						.map((el) => ({ tabIndex: el.tabIndex, name: el.getAttribute('aria-label') ?? el.textContent.trim().slice(0, 30), ...el.getBoundingClientRect().toJSON() }))
				);
				assert.ok(controls.length >= 4, `the timeline's controls: ${controls.map((c) => c.name).join(' | ')}`);
				// No positive tabindex: the tab order is the page's order, which these are in.
				assert.deepEqual(controls.filter((c) => c.tabIndex > 0), []);
				for (let i = 1; i < controls.length; i++) {
					const [a, b] = [controls[i - 1], controls[i]];
					const sameRow = Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top);
					assert.ok(sameRow ? b.left >= a.right - 0.5 : b.top >= a.bottom - 0.5, `"${b.name}" (at ${Math.round(b.left)},${Math.round(b.top)}) comes after "${a.name}" (at ${Math.round(a.left)},${Math.round(a.top)}) in the tab order`);
				}
				assert.equal(controls[0].name, words[lang].time, 'the slider first');
			});
		});

		test(`at ${viewport.width}×${viewport.height} (${lang}) a bar keeps the time and the killed so far in view once the timeline is scrolled away`, async () => {
			await withPage(browser, `/?lang=${lang}`, { viewport, touch: true, reducedMotion: 'reduce' }, async ({ page }) => {
				const w = words[lang];
				const bar = page.locator('.now-bar');
				assert.equal(await bar.count(), 0, 'no bar while the timeline is in view or below');
				const slider = page.getByRole('slider', { name: w.time });
				const read = async () => {
					await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
					await eventually(async () => (await bar.count()) === 1 && (await bar.isVisible()), { message: 'the bar' });
					const box = await bar.boundingBox();
					assert.ok(Math.abs(box.y) < 0.5 && box.width === viewport.width, `over the top of the screen (${JSON.stringify(box)})`);
					// One line: the time and the figures on the same baseline, the bar one line tall.
					const lines = await bar.evaluate((el) => {
						const [time, killed] = el.children;
						const lineHeight = parseFloat(getComputedStyle(el).lineHeight);
						return { same: Math.abs(time.getBoundingClientRect().top - killed.getBoundingClientRect().top) < 4, height: el.clientHeight, lineHeight, cut: killed.scrollWidth > killed.clientWidth + 1, widths: [killed.scrollWidth, killed.clientWidth], text: el.textContent };
					});
					assert.ok(lines.same && lines.height < 2 * lines.lineHeight, `one line (${JSON.stringify(lines)})`);
					assert.ok(!lines.cut, `the killed line is not cut (${JSON.stringify(lines)})`);
					return (await bar.textContent()).replace(/\s+/g, ' ');
				};
				const text = await read();
				assert.ok(text.includes(barTime(Number(await slider.getAttribute('aria-valuenow')), lang)), `the slider's time in "${text}"`);
				// The security forces' figure the totals panel shows for all attacks.
				const row = page.locator('.casualties [data-scope="all"] .row').filter({ has: page.locator('dt', { hasText: new RegExp(`^${w.row}$`) }) });
				const figure = (await row.locator('dd [aria-hidden="true"]').textContent()).trim().replace(/\s+/g, ' ');
				assert.ok(text.includes(`${w.killed} ${w.security} ${figure}`), `${w.killed} ${w.security} ${figure} in "${text}"`);
				// A repeat for the eye only: no live region, nothing a screen reader reads twice.
				assert.equal(await bar.getAttribute('aria-hidden'), 'true');
				assert.equal(await bar.locator('[aria-live], [role="status"]').count(), 0);
				await screenshot(page, `phone-now-bar-${viewport.width}-${lang}`);

				// The bar follows the clock: back at the window's start, it says so.
				await slider.press('Home');
				await eventually(async () => (await bar.count()) === 0, { message: 'the bar gone with the timeline in view' });
				const after = await read();
				assert.ok(after.includes(barTime(Number(await slider.getAttribute('aria-valuemin')), lang)), `the window's start in "${after}"`);
				// Before the first attack: no figure, and no 0 either.
				assert.ok(after.endsWith(`${w.killed} ${w.none}`) && !/\b0\b/.test(after.replace(/\d+:\d+/, '')), `nothing reported yet in "${after}"`);
			});
		});

		for (const reducedMotion of ['reduce', 'no-preference']) {
			test(`at ${viewport.width}×${viewport.height} (${lang}, ${reducedMotion} motion) an attack chosen in the list below is framed on a map scrolled into view`, async () => {
				await withPage(browser, `/?lang=${lang}`, { viewport, touch: true, reducedMotion }, async ({ page }) => {
					const map = page.locator('main.map-area');
					await page.getByRole('tab', { name: words[lang].attacks }).tap();
					const target = [...seed.incidents].sort((a, b) => Date.parse(a.start) - Date.parse(b.start))[2];
					const button = page.locator(`[data-incident-button="${target.id}"]`);
					await button.scrollIntoViewIfNeeded();
					assert.ok(!inViewport(await map.boundingBox(), viewport), 'the map is scrolled away before');
					await button.tap();
					await eventually(async () => inViewport(await map.boundingBox(), viewport), { message: 'the map in view', timeout: 4000 });
					assert.equal(await cueButton(page).count(), 0, 'no cue to the details below: they were chosen there');
					const symbol = page.locator(`[data-incident="${target.id}"] .sym-incident`);
					await eventually(async () => (await symbol.count()) === 1, { message: 'the attack drawn' });
					const mapBox = await map.boundingBox();
					const box = await symbol.boundingBox();
					assert.ok(box.x >= mapBox.x && box.x + box.width <= mapBox.x + mapBox.width && box.y >= mapBox.y && box.y + box.height <= mapBox.y + mapBox.height, 'the attack on the map in view');
					if (reducedMotion === 'reduce') await screenshot(page, `phone-chosen-${viewport.width}-${lang}`);
					// And from the panel's own next/previous: the map is brought back.
					await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
					await nextFrames(page);
					const previous = page.locator('.pinned button').first();
					await previous.scrollIntoViewIfNeeded();
					await previous.tap();
					await eventually(async () => inViewport(await map.boundingBox(), viewport), { message: 'the map in view again', timeout: 4000 });
				});
			});
		}
	}
}

// An attack tapped on the map opens its details in the panel far below it: a cue over the map names
// it (the newest tapped) and takes the reader and the keyboard's focus there. Beside the map, none.
const attack = (id) => {
	const incident = seed.incidents.find((i) => i.id === id);
	return { ...incident, place: seed.places.find((p) => p.id === incident.placeId).name };
};
const meets = (a, b) => Math.min(a.x + a.width, b.x + b.width) > Math.max(a.x, b.x) && Math.min(a.y + a.height, b.y + b.height) > Math.max(a.y, b.y);
const normal = (text) => text.replace(/\s+/g, ' ').trim();

for (const [lang, reducedMotion] of [['en', 'reduce'], ['fr', 'no-preference']]) {
	test(`at 390×844 (${lang}, ${reducedMotion} motion) an attack tapped on the map has a cue to its details below, which brings them into view and focuses their heading`, async () => {
		const viewport = PHONES[0];
		await withPage(browser, `/?lang=${lang}`, { viewport, touch: true, reducedMotion }, async ({ page }) => {
			await gesturesReady(page);
			const cue = cueButton(page);
			assert.equal(await cue.count(), 0, 'no cue before an attack is chosen');
			assert.equal(await page.evaluate(() => scrollY), 0, 'on the first screen');
			const map = await page.locator('main.map-area').boundingBox();
			for (const id of ['inates-2019-12-10', 'tongo-tongo-2017-10-04']) {
				const { place } = attack(id);
				const symbol = page.locator(`[data-incident="${id}"] .sym-incident`);
				// A finger where the symbol is, the page as it stands: a locator's tap may first scroll
				// the page, and the map, scrolled to its top, leaves the details' heading in sight.
				const at = await symbol.boundingBox();
				await page.touchscreen.tap(at.x + at.width / 2, at.y + at.height / 2);
				await eventually(async () => (await cue.count()) === 1 && normal(await cue.textContent()) === `${place[lang]}${detailsBelow[lang]} ↓`, { message: `the cue naming ${place[lang]}` });
				const box = await cue.boundingBox();
				assert.ok(meets(box, map) && box.y + box.height <= map.y + map.height, 'the cue over the map');
				assert.ok(box.width >= 43.5 && box.height >= 43.5, `a finger’s target (${box.width}×${box.height})`);
				// Measured once the map's flight to it has landed.
				const landed = await atRest(page, () => symbol.boundingBox(), `${place[lang]} framed`);
				assert.ok(!meets(box, landed), `the cue leaves ${place[lang]} uncovered`);
			}
			await screenshot(page, `phone-details-cue-${lang}`);
			const chosen = attack('tongo-tongo-2017-10-04');
			const heading = page.locator('aside').getByRole('heading', { level: 2, name: chosen.title[lang], exact: true });
			assert.ok(!inViewport(await heading.boundingBox(), viewport), 'the details out of sight before');
			await cue.tap();
			await eventually(async () => inViewport(await heading.boundingBox(), viewport), { message: 'the details’ heading in view', timeout: 4000 });
			assert.ok(await heading.evaluate((el) => el === document.activeElement), 'the focus on the details’ heading');
			await eventually(async () => (await cue.count()) === 0, { message: 'the cue gone once the details are in view' });
		});
	});
}

test('at 1280×800 an attack clicked on the map has no cue: its details are beside it', async () => {
	await withPage(browser, '/', { viewport: VIEWPORTS.desktop, reducedMotion: 'reduce' }, async ({ page }) => {
		await gesturesReady(page);
		const { id, title } = attack('inates-2019-12-10');
		// Not even for a frame: every button the page adds is recorded.
		await page.evaluate(() => {
			window.__added = [];
			new MutationObserver((records) => {
				for (const node of records.flatMap((record) => [...record.addedNodes])) {
					if (node instanceof Element) window.__added.push(...[node, ...node.querySelectorAll('*')].filter((el) => el.matches('button')).map((el) => el.textContent));
				}
			}).observe(document.body, { childList: true, subtree: true });
		});
		await page.locator(`[data-incident="${id}"] .sym-incident`).click();
		const heading = page.locator('aside').getByRole('heading', { level: 2, name: title.en, exact: true });
		await eventually(async () => (await heading.count()) === 1 && inViewport(await heading.boundingBox(), VIEWPORTS.desktop), { message: 'the details beside the map' });
		await nextFrames(page);
		assert.equal(await cueButton(page).count(), 0);
		assert.deepEqual((await page.evaluate(() => window.__added)).filter((text) => /details below/.test(text)), [], 'no cue shown');
	});
});

// The timeline sits right under the map on a phone: an attack chosen there has its details as far
// below, and the same cue. Marks closer than a finger share one target, which zooms to them first.
test('at 360×640 (fr) an attack tapped on the timeline has the cue to its details below', async () => {
	await withPage(browser, '/?lang=fr', { viewport: PHONES[1], touch: true, reducedMotion: 'reduce' }, async ({ page }) => {
		const { title, place } = attack('inates-2019-12-10');
		const mark = page.locator(`.detail button.mark[title*="${title.fr}"]`);
		const cue = cueButton(page);
		for (let taps = 0; (await mark.getAttribute('title')) !== title.fr; taps++) {
			assert.ok(taps < 3, `a mark for Inates alone (${await mark.getAttribute('title')})`);
			const at = await mark.boundingBox();
			await page.touchscreen.tap(at.x + at.width / 2, at.y + at.height / 2);
			await nextFrames(page);
			assert.equal(await cue.count(), 0, 'no cue while the marks only zoom');
		}
		const at = await mark.boundingBox();
		await page.touchscreen.tap(at.x + at.width / 2, at.y + at.height / 2);
		await eventually(async () => (await cue.count()) === 1 && normal(await cue.textContent()) === `${place.fr}${detailsBelow.fr} ↓`, { message: `the cue naming ${place.fr}` });
		await cue.tap();
		const heading = page.locator('aside').getByRole('heading', { level: 2, name: title.fr, exact: true });
		await eventually(async () => inViewport(await heading.boundingBox(), PHONES[1]), { message: 'the details’ heading in view', timeout: 4000 });
	});
});
