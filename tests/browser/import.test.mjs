// Importing a CSV (issue 12): the project's generator writes an ACLED- and a UCDP-shaped file of
// synthetic events (never real data), the test appends a few bad rows, and the page must draw and
// summarise the good ones and report each bad one by row and column; by file input and by drop.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { eventually, launchBrowser, screenshot, syntheticFile, withPage, VIEWPORTS } from './harness.mjs';
import { panel, eventsSummary, problems } from './import-panel.mjs';

let browser;
const files = {};

/** The generator's CSV with three bad rows after its `count` good ones: a bad latitude, a bad date, a ragged row. */
function generated(format, count, seed, columns) {
	const text = readFileSync(syntheticFile(`import-${format}.csv`, ['--events', count, '--seed', seed, '--format', format]), 'utf8');
	const header = text.slice(0, text.indexOf('\n')).split(',');
	const row = (values) => header.map((c) => values[c] ?? '').join(',');
	const good = { [columns.id]: 'SYN-BAD', [columns.date]: '2019-03-10', latitude: '14.5', longitude: '1.5' };
	if (columns.end) good[columns.end] = '2019-03-10';
	const bad = [row({ ...good, latitude: '191.2' }), row({ ...good, [columns.date]: '31/02/2019' }), 'SYN-BAD,2019-03-10,2019'];
	return Buffer.from(text + bad.join('\n') + '\n');
}

before(async () => {
	files.acled = generated('acled-csv', 300, 7, { id: 'event_id_cnty', date: 'event_date' });
	files.ucdp = generated('ucdp-csv', 200, 8, { id: 'id', date: 'date_start', end: 'date_end' });
	browser = await launchBrowser();
});
after(async () => {
	await browser?.close();
});



/** Whether the events canvas has any coloured pixel. */
const drawn = (page) =>
	page.evaluate(() => {
		const canvas = document.querySelector('.map canvas');
		const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
		for (let i = 3; i < data.length; i += 4) if (data[i] > 0) return true;
		return false;
	});

test('an ACLED-shaped CSV chosen in the file input is drawn, summarised and its bad rows reported', async () => {
	await withPage(browser, '/', { reducedMotion: 'reduce' }, async ({ page }) => {
		await page.getByLabel('Import a CSV or GeoJSON file').setInputFiles({ name: 'acled-synthetic.csv', mimeType: 'text/csv', buffer: files.acled });
		await eventually(async () => /Imported acled-synthetic\.csv/.test(await panel(page).textContent()), { timeout: 20_000, message: 'the import summary' });
		const text = await panel(page).textContent();
		assert.match(text, /303 rows read, 300 imported, 3 rejected/);
		assert.match(text, /Read as an ACLED export \(2023 on\), fields separated by commas, text in UTF-8/);
		assert.deepEqual(await problems(page), [
			['301', 'latitude', 'latitude 191.2 is outside −90…90'],
			['302', 'event_date', 'event_date “31/02/2019” is not a date this importer reads'],
			['303', 'whole row', 'the row has 3 fields, the header 31']
		]);
		// The events panel follows the imported table: its name, its count, synthetic, ACLED's counting rule.
		await eventually(async () => (await eventsSummary(page)).includes('of 300 events'), { message: 'the events summary' });
		const summary = await eventsSummary(page);
		assert.match(summary, /Events: acled-synthetic\.csv/);
		assert.match(summary, /Synthetic data, generated for testing/);
		assert.match(summary, /ACLED records 0 where no figure was reported/);
		await page.getByRole('slider', { name: 'Time' }).focus();
		await page.keyboard.press('End');
		await eventually(() => drawn(page), { message: 'events drawn on the canvas' });
		await screenshot(panel(page), 'import-acled-done-en');
	});
});

test('a UCDP-shaped CSV is imported in French, with its preset and rejected rows named', async () => {
	await withPage(browser, '/?lang=fr', { viewport: VIEWPORTS.phone }, async ({ page }) => {
		await page.getByLabel('Importer un fichier CSV ou GeoJSON').setInputFiles({ name: 'ucdp.csv', mimeType: 'text/csv', buffer: files.ucdp });
		await eventually(async () => /ucdp\.csv importé/.test(await panel(page).textContent()), { timeout: 20_000, message: 'le résumé' });
		const text = await panel(page).textContent();
		assert.match(text, /203 lignes lues, 200 importées, 3 rejetées/);
		assert.match(text, /Lu comme UCDP GED/);
		assert.deepEqual((await problems(page)).map(([row, column]) => [row, column]), [
			['201', 'latitude'],
			['202', 'date_start'],
			['203', 'ligne entière']
		]);
		await eventually(async () => (await eventsSummary(page)).includes('événements sur 200'), { message: 'le résumé des événements' });
		await screenshot(panel(page), 'import-ucdp-done-fr-phone');
	});
});

test('a file dropped anywhere on the page is imported; a later file with no valid row loses nothing', async () => {
	await withPage(browser, '/', async ({ page }) => {
		const drop = (name, text) =>
			page.evaluate(
				({ name, text }) => {
					const transfer = new DataTransfer();
					transfer.items.add(new File([text], name, { type: 'text/csv' }));
					document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
					document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
				},
				{ name, text }
			);
		// The import's report is in the panel's Data tab.
		await page.getByRole('tab', { name: 'Data' }).click();
		await drop('dropped.csv', files.acled.toString('utf8'));
		await eventually(async () => /Imported dropped\.csv/.test(await panel(page).textContent()), { timeout: 20_000, message: 'the dropped import' });
		await eventually(async () => (await eventsSummary(page)).includes('of 300 events'), { message: 'the events summary' });

		await drop('broken.csv', 'date;lat;lon\nsoon;1;1\n');
		const alert = panel(page).getByRole('alert');
		await eventually(() => alert.count(), { timeout: 20_000, message: 'the failure' });
		assert.match(await alert.textContent(), /No row of broken\.csv could be imported/);
		assert.deepEqual(await problems(page), [['1', 'date', 'date “soon” is not a date this importer reads']]);
		// The table imported before is still drawn and summarised.
		assert.match(await eventsSummary(page), /Events: dropped\.csv[\s\S]*of 300 events/);
	});
});

test('Cancel terminates the import worker and says the events are unchanged', async () => {
	// A worker that never answers, so the import is still running, whatever the machine's speed,
	// when Cancel is pressed; terminate() is recorded to check that Cancel really stops it.
	const holdWorkers = (page) =>
		page.addInitScript(() => {
			window.__terminated = 0;
			window.Worker = class {
				postMessage() {}
				terminate() {
					window.__terminated++;
				}
			};
		});
	await withPage(browser, '/', { prepare: holdWorkers }, async ({ page }) => {
		await page.getByRole('tab', { name: 'Data' }).click();
		await page.getByLabel('Import a CSV or GeoJSON file').setInputFiles({ name: 'slow.csv', mimeType: 'text/csv', buffer: files.acled });
		await eventually(async () => /Importing slow\.csv/.test(await panel(page).textContent()), { message: 'the progress' });
		await page.getByRole('button', { name: 'Cancel import' }).click();
		assert.match(await panel(page).getByRole('alert').textContent(), /Import of slow\.csv cancelled\. The events shown are unchanged\./);
		assert.equal(await page.evaluate(() => window.__terminated), 1);
		assert.equal(await page.getByRole('button', { name: 'Cancel import' }).count(), 0);
	});
});
