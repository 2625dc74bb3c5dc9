// Filters on the loaded events (issue 12), kept in the URL: each parameter read by its own codec,
// a bad one dropped with a notice; ticking a type or a country, setting a range of deaths, changes
// what is shown, the URL, and survives a reload. Expected counts come from the synthetic CSV itself.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { eventually, launchBrowser, screenshot, syntheticFile, withPage } from './harness.mjs';

let browser;
let text;
let records;

before(async () => {
	text = readFileSync(syntheticFile('filters-acled.csv', ['--events', 150, '--seed', 31, '--format', 'acled-csv']), 'utf8');
	records = Papa.parse(text.trim(), { header: true }).data;
	browser = await launchBrowser();
});
after(async () => {
	await browser?.close();
});

const match = (page) => page.locator('.filters .match').textContent();
const count = (predicate) => records.filter(predicate).length;

test('filters from the URL, the panel and a reload agree with counts made from the file', async () => {
	await withPage(browser, '/?type=Battles%7CRiots&deaths=10-3&actor=', async ({ page }) => {
		const notices = await page.getByRole('status').filter({ hasText: 'Ignored the URL parameter' }).textContent();
		assert.match(notices, /Ignored the URL parameter “actor”: a text of 1 to 100 characters/);
		assert.match(notices, /Ignored the URL parameter “deaths”: a range of whole numbers of deaths/);
		await page.getByLabel('Import a CSV or GeoJSON file').setInputFiles({ name: 'filters.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
		const types = (r) => r.event_type === 'Battles' || r.event_type === 'Riots';
		await eventually(async () => (await match(page).catch(() => '')) === `${count(types)} of 150 events match.`, { timeout: 20_000, message: 'the URL’s types applied' });

		await page.getByRole('group', { name: 'Country' }).getByLabel('Niger', { exact: true }).check();
		const niger = (r) => types(r) && r.country === 'Niger';
		await eventually(async () => (await match(page)) === `${count(niger)} of 150 events match.`, { message: 'the country ticked' });
		await page.getByRole('spinbutton', { name: 'At least' }).fill('1');
		await page.getByRole('spinbutton', { name: 'At least' }).press('Enter');
		// An event with no figure is in no range; the file's 0 is a figure.
		const deadly = (r) => niger(r) && r.fatalities !== '' && Number(r.fatalities) >= 1;
		await eventually(async () => (await match(page)) === `${count(deadly)} of 150 events match.`, { message: 'the range of deaths' });
		assert.match(await page.locator('section.events h2').textContent(), /filters\.csv/);
		await eventually(async () => new URL(page.url()).searchParams.get('deaths') === '1-', { message: 'the URL written' });
		const url = new URL(page.url());
		assert.equal(url.searchParams.get('type'), 'Battles|Riots');
		assert.equal(url.searchParams.get('country'), 'Niger');
		assert.equal(url.searchParams.get('actor'), null, 'the refused actor is gone from the URL');
		await page.locator('.filters').scrollIntoViewIfNeeded();
		await screenshot(page, 'event-filters-en');

		await page.reload();
		await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
		await eventually(async () => (await match(page).catch(() => '')) === `${count(deadly)} of 150 events match.`, { timeout: 10_000, message: 'the filter after a reload' });
		assert.equal(await page.getByRole('group', { name: 'Country' }).getByLabel('Niger', { exact: true }).isChecked(), true);

		await page.getByRole('button', { name: 'Clear the filters' }).click();
		await eventually(async () => (await match(page)) === '150 of 150 events match.', { message: 'no filter' });
		await eventually(async () => !['type', 'country', 'deaths'].some((p) => new URL(page.url()).searchParams.has(p)), { message: 'the URL without filters' });
	});
});

test('an actor search finds either actor by part of its name', async () => {
	const needle = records[0].actor1.split(' ')[0];
	const lower = needle.toLowerCase();
	await withPage(browser, `/?actor=${encodeURIComponent(lower)}`, async ({ page }) => {
		await page.getByLabel('Import a CSV or GeoJSON file').setInputFiles({ name: 'actors.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
		const found = (r) => r.actor1.toLowerCase().includes(lower) || r.actor2.toLowerCase().includes(lower);
		await eventually(async () => (await match(page).catch(() => '')) === `${count(found)} of 150 events match.`, { timeout: 20_000, message: 'the actor search' });
		assert.equal(await page.getByLabel('Actor’s name contains').inputValue(), lower);
	});
});
