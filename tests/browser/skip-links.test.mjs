// Keyboard reach (issue 10, review 22): the explorer's first Tab stops are links that skip to the
// timeline's Time slider, the map and the side panel; each takes the keyboard there. In en and fr.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, launchBrowser, screenshot, withPage } from './harness.mjs';

const LOCALES = { en: 'en-GB', fr: 'fr-FR' };
const words = {
	en: { links: ['Skip to the timeline', 'Skip to the map', 'Skip to the side panel'], time: 'Time', tab: 'Totals' },
	fr: { links: ['Aller à la chronologie', 'Aller à la carte', 'Aller au panneau latéral'], time: 'Temps', tab: 'Bilan' }
};

let browser;
before(async () => {
	browser = await launchBrowser();
});
after(async () => {
	await browser?.close();
});

/** What has keyboard focus: its role and accessible name, as the tests name things. */
const focused = (page) =>
	page.evaluate(() => {
		const element = document.activeElement;
		return { tag: element.tagName, role: element.getAttribute('role'), roledescription: element.getAttribute('aria-roledescription'), label: element.getAttribute('aria-label'), text: element.textContent.trim().slice(0, 60) };
	});

for (const lang of ['en', 'fr']) {
	test(`the first Tabs skip to the timeline, the map and the side panel (${lang})`, async () => {
		await withPage(browser, `/?lang=${lang}`, { locale: LOCALES[lang], reducedMotion: 'reduce' }, async ({ page }) => {
			const w = words[lang];
			await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
			for (const [i, name] of w.links.entries()) {
				await page.keyboard.press('Tab');
				const link = await focused(page);
				assert.equal(link.tag, 'A', `Tab ${i + 1} is a link`);
				assert.equal(link.text, name);
				// Seen when focused: within the screen and not a 1-pixel box.
				// (Read until the focus style has been applied: a clean-clone run once read the box a frame early.)
				const shown = async () => {
					const box = await page.locator(':focus').boundingBox();
					return box !== null && box.width > 40 && box.height > 16 && box.x >= 0 && box.y >= 0;
				};
				await eventually(shown, { timeout: 3000, message: `"${name}" shows when focused` });
				assert.equal((await focused(page)).text, name, 'still focused');
				if (i === 0) await screenshot(page, `skip-link-${lang}`);
			}
			await page.reload();
			await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
			await page.keyboard.press('Tab');
			await page.keyboard.press('Enter');
			assert.deepEqual(await focused(page).then(({ role, label }) => ({ role, label })), { role: 'slider', label: w.time }, 'the Time slider in two key presses');

			const fresh = async () => {
				await page.reload();
				await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
			};
			await fresh();
			await page.keyboard.press('Tab');
			await page.keyboard.press('Tab');
			await page.keyboard.press('Enter');
			assert.equal((await focused(page)).roledescription, 'map');

			await fresh();
			await page.keyboard.press('Tab');
			await page.keyboard.press('Tab');
			await page.keyboard.press('Tab');
			await page.keyboard.press('Enter');
			const tab = await focused(page);
			assert.equal(tab.role, 'tab');
			assert.equal(tab.text, w.tab, 'the side panel’s chosen tab');
		});
	});
}
