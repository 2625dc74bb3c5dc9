// A short embed with its chapter's text: the text folds behind a named button so the map keeps
// about half the frame (it had 112 px of 450), and opens over the map, whole, scrollable, by mouse
// or keyboard; Esc folds it again. In English and French, in 320×450 and 400×300 frames.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, launchBrowser, withPage, screenshot } from './harness.mjs';

let browser;
before(async () => (browser = await launchBrowser()));
after(async () => await browser?.close());

const QUERY = 'chapter=chinagodrar-two-fronts&narration=1&steps=1';
const READ = { en: 'Read the chapter’s text', fr: 'Afficher le texte du chapitre' };
const SIZES = [
	{ width: 320, height: 450 },
	{ width: 400, height: 300 }
];

/** The map's share of the frame's height, and whether the page scrolls. */
const mapShare = (page) =>
	page.evaluate(() => ({
		share: document.querySelector('main.map').getBoundingClientRect().height / innerHeight,
		scrolls: document.scrollingElement.scrollHeight > innerHeight + 1
	}));
const SHOWN = (page, selector) => page.locator(selector).evaluateAll((elements) => elements.every((e) => e.getBoundingClientRect().bottom <= innerHeight + 1));

for (const lang of ['en', 'fr']) {
	for (const viewport of SIZES) {
		const size = `${viewport.width}×${viewport.height}`;
		test(`a ${size} embed folds its chapter's text and the map keeps its room; the text opens over the map (${lang})`, async () => {
			await withPage(browser, `/embed?${QUERY}&lang=${lang}`, { viewport, reducedMotion: 'reduce', locale: lang === 'fr' ? 'fr-FR' : 'en-GB' }, async ({ page }) => {
				const read = page.getByRole('button', { name: READ[lang] });
				await read.waitFor();
				assert.equal(await read.getAttribute('aria-expanded'), 'false');
				const folded = await mapShare(page);
				if (viewport.height >= 450) await screenshot(page, `embed-narration-${viewport.width}x${viewport.height}-folded-${lang}`);
				await screenshot(page, `embed-narration-${viewport.width}x${viewport.height}-folded-${lang}`);
				assert.ok(folded.share >= 0.45, `the map has ${(100 * folded.share).toFixed(1)} % of the frame`);
				// Every control still in the frame, which does not scroll.
				assert.equal(folded.scrolls, false, 'the frame scrolls');
				assert.ok(await SHOWN(page, 'button, a[href], [role="slider"]'), 'a control below the frame');
				assert.ok(await page.getByRole('button', { name: lang === 'en' ? 'All figures' : 'Tous les chiffres' }).isVisible());
				// Opened, the text lies over the map: the map keeps this box.
				const without = await page.evaluate(() => document.querySelector('main.map').getBoundingClientRect().height);

				await read.click();
				assert.equal(await read.getAttribute('aria-expanded'), 'true');
				const region = page.getByRole('region', { name: lang === 'en' ? 'The chapter’s text' : 'Le texte du chapitre' });
				const text = page.locator('[data-fit="narration"]');
				await eventually(async () => (await text.innerText()).trim().length > 40, { message: 'the chapter’s text loaded' });
				assert.ok(await region.isVisible());
				// Over the map, inside the frame, and its end reachable by scrolling it from the keyboard.
				const box = await region.boundingBox();
				assert.ok(box.y + box.height <= viewport.height + 1 && box.x >= 0 && box.x + box.width <= viewport.width + 1, `the text inside the frame: ${JSON.stringify(box)}`);
				assert.equal(await page.evaluate(() => document.querySelector('main.map').getBoundingClientRect().height), without, 'the map keeps its box');
				await region.focus();
				await page.keyboard.press('End');
				await eventually(() => region.evaluate((el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 1), { message: 'the end of the text in view' });
				await screenshot(page, `embed-narration-${viewport.width}x${viewport.height}-open-${lang}`);

				await page.keyboard.press('Escape');
				assert.equal(await read.getAttribute('aria-expanded'), 'false');
				assert.equal(await region.isVisible(), false);
				assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-expanded')), 'false', 'focus back on the button');
				// From the keyboard alone: Enter on the button opens it, and Esc there, where the focus stays, folds it.
				await page.keyboard.press('Enter');
				assert.equal(await read.getAttribute('aria-expanded'), 'true');
				await page.keyboard.press('Escape');
				assert.equal(await read.getAttribute('aria-expanded'), 'false', 'Esc on the button folds the text');
				assert.equal(await region.isVisible(), false);
			});
		});
	}
}
