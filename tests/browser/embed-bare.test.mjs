// A bare /embed (the plain iframe an educator pastes, no parameter) opens on something to see: the
// story told to its end, as the explorer opens, every attack drawn and the killed so far counted.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { VIEWPORTS, eventually, launchBrowser, withPage, screenshot, seed } from './harness.mjs';

let browser;
before(async () => (browser = await launchBrowser()));
after(async () => await browser?.close());

const SECURITY_KILLED = /Security forces\s*(\d+)|Forces de sécurité\s*(\d+)/;

for (const lang of ['en', 'fr']) {
	for (const size of ['desktop', 'phone']) {
		test(`a bare /embed draws every attack and counts the killed (${lang}, ${size})`, async () => {
			await withPage(browser, `/embed?lang=${lang}`, { viewport: VIEWPORTS[size], reducedMotion: 'reduce', locale: lang === 'fr' ? 'fr-FR' : 'en-GB' }, async ({ page }) => {
				const attacks = page.locator('.map [data-incident]');
				await eventually(async () => (await attacks.count()) === seed.incidents.length, { message: `${seed.incidents.length} attacks drawn` });
				const totals = page.locator('footer');
				const text = await eventually(async () => {
					const line = (await totals.innerText()).replace(/\s+/g, ' ');
					return SECURITY_KILLED.test(line) ? line : null;
				}, { message: 'a number of security forces killed in the totals line' });
				const killed = Number(text.match(SECURITY_KILLED).slice(1).find(Boolean));
				assert.ok(killed > 0, `killed so far: ${text}`);
				await screenshot(page, `embed-bare-${size}-${lang}`);
			});
		});
	}
}
