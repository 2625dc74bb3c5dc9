// Event tables under the story (?data=): drawn, summarised in words, picked by pointer; a bad or
// missing table says why and leaves the story as it was. The table is the project's synthetic
// generator's, served to the page by the test (never real data).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { eventually, launchBrowser, nextFrames, withPage, SCREENSHOT_DIR } from './harness.mjs';

let browser;
let table;
before(async () => {
	mkdirSync(SCREENSHOT_DIR, { recursive: true });
	const out = `${SCREENSHOT_DIR}events-2000.bin`;
	execFileSync('npx', ['tsx', 'scripts/generate.ts', '--events', '2000', '--seed', '5', '--out', out, '--format', 'bin'], { stdio: 'ignore' });
	table = readFileSync(out);
	browser = await launchBrowser();
});
after(async () => {
	await browser?.close();
});

/** Serves the table at /test-data/events.bin, and nothing at /test-data/missing.bin. */
async function serveTable(page) {
	await page.route('**/test-data/events.bin', (route) => route.fulfill({ body: table, contentType: 'application/octet-stream' }));
	await page.route('**/test-data/missing.bin', (route) => route.fulfill({ status: 404, body: 'not here' }));
}

const summary = (page) => page.locator('section.events').textContent();
const countInWindow = async (page) => Number((/([\d,]+) of 2,000 events/.exec(await summary(page)) ?? [])[1]?.replaceAll(',', '') ?? NaN);

test('a table given by ?data= is drawn, counted in words, and its synthetic rows say so', async () => {
	const path = '/?data=/test-data/events.bin&t=2018-06-01T12:00:00%2B01:00';
	await withPage(browser, path, { reducedMotion: 'reduce', prepare: serveTable }, async ({ page }) => {
		await eventually(async () => (await summary(page).catch(() => '')).includes('of 2,000 events'), { timeout: 10_000, message: 'the events summary' });
		assert.match(await summary(page), /Synthetic data, generated for testing/);
		const early = await countInWindow(page);
		assert.ok(early > 0 && early < 2000, `${early} events by June 2018`);
		// Later, more events have begun.
		await page.getByRole('slider', { name: 'Time' }).focus();
		await page.keyboard.press('End');
		await eventually(async () => (await countInWindow(page)) > early, { message: 'more events later' });
		// Drawn: the canvas has coloured pixels, and the timeline shows the density.
		const lit = await page.evaluate(() => {
			const canvas = document.querySelector('.map canvas');
			const { data, width } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
			for (let i = 3; i < data.length; i += 4) if (data[i] > 0) return { x: ((i - 3) / 4) % width, y: Math.floor((i - 3) / 4 / width) };
			return null;
		});
		assert.ok(lit, 'events drawn on the canvas');
		assert.equal(await page.locator('.overview .density path').count(), 1, 'the overview shows the density');
		// A pointer on a drawn event shows its card, as text.
		const box = await page.locator('.map').boundingBox();
		await page.mouse.move(box.x + lit.x + 0.5, box.y + lit.y + 0.5);
		await nextFrames(page);
		const card = page.getByRole('tooltip');
		await eventually(() => card.count(), { message: 'the event card' });
		assert.match(await card.textContent(), /Event SYN-/);
	});
});

test('a table that cannot be fetched is reported, and the story is unchanged', async () => {
	await withPage(browser, '/?data=/test-data/missing.bin&lang=fr', { prepare: serveTable }, async ({ page, problems }) => {
		const alert = page.locator('section.events [role="alert"]');
		await eventually(() => alert.count(), { timeout: 10_000, message: 'the failure' });
		assert.match(await alert.textContent(), /Impossible de charger les événements .*404.*Le récit est inchangé/);
		assert.ok((await page.locator('path[data-country]').count()) >= 14, 'the map still draws');
		// The browser logs the failed request itself; nothing else may go wrong.
		problems.splice(0, problems.length, ...problems.filter((p) => !/404/.test(p)));
	});
});

test('a ?data= on another origin is refused with a notice, and nothing is fetched', async () => {
	await withPage(browser, '/?data=https://evil.example/x.bin', async ({ page }) => {
		assert.match(await page.getByRole('status').textContent(), /“data”/);
		assert.equal(await page.locator('section.events').count(), 0);
	});
});
