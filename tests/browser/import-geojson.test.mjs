// Importing GeoJSON (issue 12): the project's generator writes a FeatureCollection of synthetic
// points (never real data), the test appends features that are not points, and the page must draw
// the points, report each other feature by its index, and keep the dataset across a reload; by file
// input and by drop.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { eventually, launchBrowser, screenshot, syntheticFile, withPage, VIEWPORTS } from './harness.mjs';
import { panel, eventsSummary, listed, problems } from './import-panel.mjs';

let browser;
let geojson;
const COUNT = 150;

before(async () => {
	const collection = JSON.parse(readFileSync(syntheticFile('import-points.geojson', ['--events', COUNT, '--seed', 31, '--format', 'geojson']), 'utf8'));
	const properties = { event_id_cnty: 'SYN-BAD', event_date: '2019-03-10' };
	collection.features.push(
		{ type: 'Feature', geometry: { type: 'LineString', coordinates: [[1, 14], [2, 15]] }, properties },
		{ type: 'Feature', geometry: null, properties }
	);
	geojson = JSON.stringify(collection);
	browser = await launchBrowser();
});
after(async () => {
	await browser?.close();
});


/** Whether the events canvas has any coloured pixel, once the clock is at the end. */
async function drawn(page) {
	await page.getByRole('slider', { name: 'Time' }).focus();
	await page.keyboard.press('End');
	return page.evaluate(() => {
		const canvas = document.querySelector('.map canvas');
		const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
		for (let i = 3; i < data.length; i += 4) if (data[i] > 0) return true;
		return false;
	});
}

/** The points are imported, drawn, listed; after a reload the dataset is shown again. */
async function importedAndKept(page, name, shot) {
	await eventually(async () => (await panel(page).textContent()).includes(`Imported ${name}`), { timeout: 20_000, message: `the import of ${name}` });
	const text = await panel(page).textContent();
	// A GeoJSON file's summary counts features, not rows.
	assert.match(text, new RegExp(`${COUNT + 2} features read, ${COUNT} imported, 2 rejected`));
	assert.match(text, /Rejected features, by reason/);
	assert.match(text, /The first rejected features/);
	assert.doesNotMatch(text, /\brows?\b/, 'no "row" in a GeoJSON file’s summary');
	assert.equal(await panel(page).getByRole('link', { name: 'Download every rejected feature (errors.csv)' }).count(), 1);
	assert.match(text, /Read as a GeoJSON FeatureCollection: each point’s properties as the columns of an ACLED export \(2023 on\)/);
	assert.deepEqual(await problems(page), [
		[String(COUNT), 'whole feature', 'the geometry is a LineString, not a Point'],
		[String(COUNT + 1), 'whole feature', 'the feature has no geometry']
	]);
	await eventually(async () => (await eventsSummary(page)).includes(`of ${COUNT} events`), { message: 'the events summary' });
	await eventually(() => drawn(page), { message: 'the points drawn on the canvas' });
	await eventually(async () => (await listed(page)).includes(name), { message: `${name} in the Datasets panel` });
	if (shot) await screenshot(panel(page), shot);

	await page.reload();
	await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
	await eventually(async () => (await eventsSummary(page)).includes(`Events: ${name}`), { timeout: 10_000, message: 'the dataset shown again after a reload' });
	assert.match(await eventsSummary(page), new RegExp(`of ${COUNT} events`));
	await eventually(() => drawn(page), { message: 'the points drawn after the reload' });
	await page.getByRole('tab', { name: 'Data' }).click();
	assert.deepEqual(await listed(page), [name]);
}

test('a GeoJSON file chosen in the file input is drawn, its other features reported by index, and kept', async () => {
	await withPage(browser, '/', { reducedMotion: 'reduce' }, async ({ page }) => {
		await page.getByRole('tab', { name: 'Data' }).click();
		await page.getByLabel('Import a CSV or GeoJSON file').setInputFiles({ name: 'points.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(geojson) });
		await importedAndKept(page, 'points.geojson', 'import-geojson-en');
	});
});

test('a GeoJSON file dropped on the page is imported and kept; in French the features are numbered', async () => {
	await withPage(browser, '/', async ({ page }) => {
		await page.getByRole('tab', { name: 'Data' }).click();
		await page.evaluate((text) => {
			const transfer = new DataTransfer();
			transfer.items.add(new File([text], 'dropped.geojson', { type: 'application/geo+json' }));
			document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
			document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
		}, geojson);
		await importedAndKept(page, 'dropped.geojson');
	});
	await withPage(browser, '/?lang=fr', { viewport: VIEWPORTS.phone }, async ({ page }) => {
		await page.getByRole('tab', { name: 'Données' }).click();
		await page.getByLabel('Importer un fichier CSV ou GeoJSON').setInputFiles({ name: 'points.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(geojson) });
		await eventually(async () => /points\.geojson importé/.test(await panel(page).textContent()), { timeout: 20_000, message: 'le résumé' });
		assert.equal(await panel(page).locator('thead th').first().textContent(), 'Entité (depuis 0)');
		const text = await panel(page).textContent();
		assert.match(text, new RegExp(`${COUNT + 2} entités lues, ${COUNT} importées, 2 rejetées`));
		assert.match(text, /Entités rejetées, par motif/);
		assert.doesNotMatch(text, /lignes?\b/, 'aucune « ligne » dans le résumé d’un fichier GeoJSON');
		assert.equal(await panel(page).locator('tbody td').nth(1).textContent(), 'entité entière');
		await screenshot(panel(page), 'import-geojson-fr-phone');
	});
});
