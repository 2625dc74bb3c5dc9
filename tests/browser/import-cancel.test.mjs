// Cancelling a real import midway (issue 12): a dataset is kept first, then a 100,000-row file is
// dropped and Cancel pressed once the worker has reported rows read. The worker must be terminated,
// nothing of the big file stored in IndexedDB, and the kept dataset still shown, then and after a
// reload. The big file is the generator's rows repeated in the page (a Blob of parts), so nothing
// large crosses from the test; no timing is assumed beyond "after the first progress, before the
// end of 100,000 rows".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { eventually, launchBrowser, syntheticFile, withPage } from './harness.mjs';
import { panel, eventsSummary, listed } from './import-panel.mjs';

let browser;
let csv;

before(async () => {
	csv = readFileSync(syntheticFile('import-cancel.csv', ['--events', 200, '--seed', 51, '--format', 'acled-csv']), 'utf8');
	browser = await launchBrowser();
});
after(async () => {
	await browser?.close();
});

/** How many tables the app's IndexedDB keeps: the facts records of its column store. */
const storedTables = (page) =>
	page.evaluate(
		() =>
			new Promise((resolve, reject) => {
				const open = indexedDB.open('sahel-timeline-datasets');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const keys = open.result.transaction('columns').objectStore('columns').getAllKeys();
					keys.onsuccess = () => resolve(keys.result.filter(([, part]) => part === 'facts').length);
					keys.onerror = () => reject(keys.error);
				};
			})
	);

/** Counts terminate() on the page's workers, which still run for real. */
const countTerminations = (page) =>
	page.addInitScript(() => {
		window.__terminated = 0;
		const Real = window.Worker;
		window.Worker = class extends Real {
			terminate() {
				window.__terminated++;
				super.terminate();
			}
		};
	});

test('Cancel in the middle of a real import stops its worker, stores nothing and keeps the dataset shown', async () => {
	await withPage(browser, '/', { prepare: countTerminations }, async ({ page }) => {
		await page.getByRole('tab', { name: 'Data' }).click();
		await page.getByLabel('Import a CSV or GeoJSON file').setInputFiles({ name: 'kept.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
		await eventually(async () => (await listed(page)).includes('kept.csv'), { timeout: 20_000, message: 'the first dataset kept' });
		await eventually(async () => (await eventsSummary(page)).includes('of 200 events'), { message: 'the first dataset shown' });
		const terminatedBefore = await page.evaluate(() => window.__terminated);

		await page.evaluate((text) => {
			const [header, ...rows] = text.trimEnd().split('\n');
			const block = rows.join('\n') + '\n';
			const file = new File([header + '\n', ...Array(500).fill(block)], 'big.csv', { type: 'text/csv' });
			const transfer = new DataTransfer();
			transfer.items.add(file);
			document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
		}, csv);
		// The worker has read some rows, and not all.
		await eventually(async () => /Importing big\.csv: [1-9][\d,]* rows read/.test(await panel(page).textContent()), { timeout: 30_000, message: 'rows read' });
		await page.getByRole('button', { name: 'Cancel import' }).click();
		assert.match(await panel(page).getByRole('alert').textContent(), /Import of big\.csv cancelled\. The events shown are unchanged\./);
		assert.equal(await page.evaluate(() => window.__terminated), terminatedBefore + 1);

		// Time for a worker that was not stopped to finish and be stored: nothing arrives.
		await page.waitForTimeout(3000);
		assert.doesNotMatch(await panel(page).textContent(), /Imported big\.csv/);
		assert.deepEqual(await listed(page), ['kept.csv']);
		assert.equal(await storedTables(page), 1);
		assert.match(await eventsSummary(page), /Events: kept\.csv[\s\S]*of 200 events/);

		await page.reload();
		await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
		await eventually(async () => (await eventsSummary(page)).includes('of 200 events'), { timeout: 10_000, message: 'the kept dataset after a reload' });
		await page.getByRole('tab', { name: 'Data' }).click();
		assert.deepEqual(await listed(page), ['kept.csv']);
	});
});
