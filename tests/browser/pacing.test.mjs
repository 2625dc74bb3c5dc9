// Event-paced playback (issue 10, review 19) is the clock's default; the reader can turn it off.
// How fast time runs is tested without a browser (time/pacing.test.ts, state/clock.test.ts).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, launchBrowser, withPage } from './harness.mjs';

let browser;
before(async () => {
	browser = await launchBrowser();
});
after(async () => {
	await browser?.close();
});

for (const [lang, name, play] of [
	['en', 'Paced by events', 'Play'],
	['fr', 'Au rythme des événements', 'Lire']
]) {
	test(`playback is paced by events unless the reader turns it off (${lang})`, async () => {
		// From the story's start (the explorer opens at its end, where Play starts it over).
		await withPage(browser, `/?lang=${lang}&t=2017-06-24T00:00:00Z`, async ({ page }) => {
			const paced = page.getByRole('checkbox', { name });
			assert.equal(await paced.isChecked(), true);
			assert.match(await paced.evaluate((box) => document.getElementById(box.getAttribute('aria-describedby'))?.textContent ?? ''), /\S/);
			await paced.uncheck();
			assert.equal(await paced.isChecked(), false);
			const slider = page.getByRole('slider', { name: lang === 'en' ? 'Time' : 'Temps' });
			const start = Number(await slider.getAttribute('aria-valuenow'));
			await page.getByRole('button', { name: play, exact: true }).click();
			await eventually(async () => Number(await slider.getAttribute('aria-valuenow')) > start, { message: 'time to advance unpaced' });
		});
	});
}
