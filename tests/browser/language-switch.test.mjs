// The first load carries only the reader's language's messages; the other language loads when the
// reader switches to it, and the page changes language once it is in, with no text missing (a message
// that is not loaded throws, which withPage reports as a page error).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, withPage, eventually, screenshot } from './harness.mjs';

// One message of the areas every page shows (i18n/first-load/), in each language.
const MAP_CONTROLS = { en: 'Map controls', fr: 'Commandes de la carte' };

let browser;
before(async () => {
	browser = await launchBrowser();
});
after(async () => {
	await browser?.close();
});

/** Collects the text of every script the page receives, from before its first request. */
const recordScripts = (scripts) => async (page) => {
	page.on('response', (response) => {
		if ((response.headers()['content-type'] ?? '').includes('javascript')) scripts.push(response.text().catch(() => ''));
	});
};
const scriptsHold = async (scripts, text) => (await Promise.all(scripts)).some((body) => body.includes(text));

for (const [path, lang, other] of [
	['/embed', 'en', 'fr'],
	['/embed?lang=fr', 'fr', 'en'],
	['/present?lang=fr', 'fr', 'en']
]) {
	test(`${path}: the first load has the ${lang} messages and not the ${other} ones`, async () => {
		const scripts = [];
		await withPage(browser, path, { prepare: recordScripts(scripts) }, async ({ page }) => {
			assert.equal(await page.getAttribute('html', 'lang'), lang);
			assert.ok(await scriptsHold(scripts, MAP_CONTROLS[lang]), `${MAP_CONTROLS[lang]} loaded`);
			assert.ok(!(await scriptsHold(scripts, MAP_CONTROLS[other])), `${MAP_CONTROLS[other]} not loaded`);
		});
	});
}

test('the explorer switches to French and back: the other language loads, then every text changes', async () => {
	const scripts = [];
	await withPage(browser, '/', { prepare: recordScripts(scripts) }, async ({ page }) => {
		const start = page.locator('a.start');
		assert.match(await start.textContent(), /^Start the story/);
		assert.ok(!(await scriptsHold(scripts, MAP_CONTROLS.fr)), 'no French before the switch');

		await page.getByRole('button', { name: 'Passer en français' }).click();
		await eventually(async () => (await page.getAttribute('html', 'lang')) === 'fr', { message: 'the page in French' });
		assert.match(await start.textContent(), /^Commencer le récit/);
		assert.equal(await page.getAttribute('[aria-label="Commandes de la carte"]', 'aria-label'), MAP_CONTROLS.fr);
		assert.equal(new URL(page.url()).searchParams.get('lang'), 'fr');
		assert.match(await start.getAttribute('href'), /lang=fr/);
		assert.ok(await scriptsHold(scripts, MAP_CONTROLS.fr), 'French loaded by the switch');
		await screenshot(page, 'language-switch-fr');

		await page.getByRole('button', { name: 'Switch to English' }).click();
		await eventually(async () => (await page.getAttribute('html', 'lang')) === 'en', { message: 'the page in English again' });
		assert.match(await start.textContent(), /^Start the story/);
		assert.equal(new URL(page.url()).searchParams.get('lang'), 'en');
	});
});
