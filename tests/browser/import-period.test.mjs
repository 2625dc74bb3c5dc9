// A dataset beyond the story's period (issue 12: "see each animate"): the generator spreads its
// synthetic events over 2017–2025 while the story ends in January 2020. Once imported, the time
// slider reaches the last event, the explorer shows every event told, and a link or a reload at a
// time only the dataset reaches opens there, once the kept dataset is back, with no notice.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { BASE_URL, eventually, launchBrowser, screenshot, syntheticFile, withPage } from './harness.mjs';
import { panel, listed } from './import-panel.mjs';

const DAY = 86_400_000;
let browser;
let csv;
/** The last day an event of the file ends on, read from its date_end column (UCDP's own span). */
let lastEnd;

before(async () => {
	csv = readFileSync(syntheticFile('import-period-ucdp.csv', ['--events', 80, '--seed', 22, '--format', 'ucdp-csv']), 'utf8');
	const { data } = Papa.parse(csv, { header: true, skipEmptyLines: true });
	const ends = data.map((row) => row.date_end).filter((value) => /^\d{4}-\d{2}-\d{2} /.test(value ?? ''));
	lastEnd = Math.max(...ends.map((value) => Date.parse(`${value.slice(0, 10)}T00:00:00Z`)));
	browser = await launchBrowser();
});
after(async () => {
	await browser?.close();
});

const slider = (page) => page.getByRole('slider', { name: 'Time' });
const sliderValue = async (page, name) => Number(await slider(page).getAttribute(name));
const notices = (page) => page.locator('.notices[role="status"]');

test('a dataset reaching past the story: the slider reaches its last event, and a reload or a link at a time only it reaches opens there', async () => {
	await withPage(browser, '/', async ({ page }) => {
		const storyEnd = await sliderValue(page, 'aria-valuemax');
		assert.ok(lastEnd > storyEnd + 365 * DAY, 'the file reaches years past the story');

		await page.getByRole('tab', { name: 'Data' }).click();
		await page.getByLabel('Import a CSV or GeoJSON file').setInputFiles({ name: 'beyond.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
		await eventually(async () => (await panel(page).textContent()).includes('Imported beyond.csv'), { timeout: 20_000, message: 'the import' });
		await eventually(async () => (await listed(page)).includes('beyond.csv'), { timeout: 10_000, message: 'the dataset kept' });

		// The period reaches the last event's end (its day, or the next midnight), and the explorer,
		// which opened at the story's end, now shows every event told.
		await eventually(async () => (await sliderValue(page, 'aria-valuemax')) > storyEnd, { message: 'the slider widened' });
		const max = await sliderValue(page, 'aria-valuemax');
		assert.ok(max >= lastEnd && max <= lastEnd + DAY, `slider ends at ${new Date(max).toISOString()}, the file's last event ends on ${new Date(lastEnd).toISOString()}`);
		assert.equal(await sliderValue(page, 'aria-valuenow'), Math.round(max));
		await screenshot(page, 'import-period-en-desktop');

		// Keyboard: Home then End walk the whole new period.
		await slider(page).focus();
		await page.keyboard.press('Home');
		await page.keyboard.press('End');
		assert.equal(await sliderValue(page, 'aria-valuenow'), Math.round(max));

		// A reload keeps the time the URL holds, a time only the dataset reaches, once the kept
		// dataset is back; and says nothing is wrong with it.
		await eventually(async () => new URL(page.url()).searchParams.has('t'), { message: 'the time written to the URL' });
		await page.reload();
		await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
		await eventually(async () => (await sliderValue(page, 'aria-valuemax')) === max, { timeout: 20_000, message: 'the kept dataset back' });
		await eventually(async () => Math.abs((await sliderValue(page, 'aria-valuenow')) - max) <= 60_000, { message: 'the time of the URL' });
		assert.equal(await notices(page).count(), 0, `no notice: ${await notices(page).allTextContents()}`);

		// A link to a day in 2022, inside the dataset's period only.
		const linked = Date.UTC(2022, 5, 1, 12);
		await page.goto(`${BASE_URL}/?t=2022-06-01T13:00:00%2B01:00`);
		await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
		await eventually(async () => (await sliderValue(page, 'aria-valuenow')) === linked, { timeout: 20_000, message: 'the linked time, once the dataset is back' });
		assert.equal(await notices(page).count(), 0, `no notice: ${await notices(page).allTextContents()}`);
	});
});
