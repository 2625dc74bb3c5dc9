// Importing the app's own binary event table (issue 12): a .bin written by the project's generator
// (synthetic, never real data) is taken by the Import panel's file picker and by a drop, told by its
// first bytes rather than its name, checked whole, shown and kept; a damaged one is refused with the
// binary reader's reason and the events already shown stay. English and French.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { eventually, launchBrowser, screenshot, syntheticFile, withPage, VIEWPORTS } from './harness.mjs';
import { panel, eventsSummary, listed } from './import-panel.mjs';

let browser;
let table;
/** The table's own name and row count, read from its header here (magic, version, 3 bytes, u32 header length, JSON). */
let header;

before(async () => {
	table = readFileSync(syntheticFile('import-table.bin', ['--events', 240, '--seed', 31, '--format', 'bin']));
	assert.equal(table.subarray(0, 8).toString('latin1'), 'SAHELEVT');
	header = JSON.parse(table.subarray(16, 16 + table.readUInt32LE(12)).toString('utf8'));
	assert.equal(header.length, 240);
	browser = await launchBrowser();
});
after(async () => {
	await browser?.close();
});

const fileInput = (page) => page.locator('section.import input[type=file]');

test('a binary table from the generator is imported by the file picker, kept, and a damaged one is refused losing nothing', async () => {
	await withPage(browser, '/', async ({ page }) => {
		await page.getByRole('tab', { name: 'Data' }).click();
		const input = page.getByLabel('Import a CSV or GeoJSON file, or a table saved by this app');
		assert.ok((await input.getAttribute('accept')).split(',').includes('.bin'), 'the picker offers .bin files');

		await input.setInputFiles({ name: 'events.bin', mimeType: 'application/octet-stream', buffer: table });
		await eventually(async () => (await panel(page).textContent()).includes('Imported events.bin: an event table saved by this app, 240 events, every column checked.'), {
			timeout: 20_000,
			message: 'the table import'
		});
		await eventually(async () => (await eventsSummary(page)).includes('of 240 events'), { message: 'its events summarised' });
		assert.match(await eventsSummary(page), new RegExp(`Events: ${header.name.replace(/[()]/g, '\\$&')}`));
		await eventually(async () => (await listed(page)).includes(header.name), { timeout: 10_000, message: 'the table in the Datasets panel' });
		const facts = await page.locator('section.datasets li').first().textContent();
		assert.match(facts, /Events\s*240/);
		assert.match(facts, /Read as\s*an event table saved by this app/);
		assert.match(facts, new RegExp(`Size\\s*${Math.round(table.length / 1000)} kB`));
		await screenshot(panel(page), 'import-table-en-desktop');

		// Cut short: the reader says so, and the table shown stays.
		await input.setInputFiles({ name: 'damaged.bin', mimeType: 'application/octet-stream', buffer: table.subarray(0, Math.floor(table.length / 2)) });
		const alert = panel(page).getByRole('alert');
		await eventually(() => alert.count(), { timeout: 20_000, message: 'the refusal' });
		assert.match(await alert.textContent(), /^damaged\.bin is not an event table this app can read: .*(truncated|cut short|expected).*\. The events shown are unchanged\.$/);
		assert.match(await eventsSummary(page), /of 240 events/);
		assert.deepEqual(await listed(page), [header.name]);
		await screenshot(panel(page), 'import-table-damaged-en-desktop');

		// Named .bin but not a table (no magic): refused as a table, not read as a CSV.
		await input.setInputFiles({ name: 'notes.bin', mimeType: 'application/octet-stream', buffer: Buffer.from('date,latitude,longitude\n2019-01-01,14,1\n') });
		await eventually(async () => /^notes\.bin is not an event table this app can read: .*SAHELEVT/.test((await alert.textContent()) ?? ''), { timeout: 20_000, message: 'the refusal of a .bin without the magic' });
		assert.match(await eventsSummary(page), /of 240 events/);
	});
});

test('a table is told by its first bytes, not its name; in French a damaged table dropped on the page is refused', async () => {
	await withPage(browser, '/?lang=fr', { viewport: VIEWPORTS.phone, locale: 'fr-FR' }, async ({ page }) => {
		await page.getByRole('tab', { name: 'Données' }).click();
		const drop = (name, bytes) =>
			page.evaluate(
				({ name, bytes }) => {
					const transfer = new DataTransfer();
					transfer.items.add(new File([new Uint8Array(bytes)], name));
					document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
					document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
				},
				{ name, bytes: [...bytes] }
			);
		// A table renamed .csv is still read as a table.
		await fileInput(page).setInputFiles({ name: 'renommée.csv', mimeType: 'text/csv', buffer: table });
		await eventually(async () => (await panel(page).textContent()).includes('renommée.csv importé\u00a0: une table d’événements enregistrée par cette application, 240 événements'), {
			timeout: 20_000,
			message: 'the renamed table imported'
		});
		await eventually(async () => /sur 240 ont commencé/.test(await eventsSummary(page)), { message: 'its events summarised' });
		await screenshot(panel(page), 'import-table-fr-phone');

		// A table whose header has been overwritten, dropped: refused in French, the table shown stays.
		const damaged = Buffer.from(table);
		damaged.fill(0x7b, 16, 40);
		await drop('abîmée.bin', damaged);
		const alert = panel(page).getByRole('alert');
		await eventually(() => alert.count(), { timeout: 20_000, message: 'the refusal' });
		// The reader's reason in French too: the header nests 24 braces deep.
		assert.match(await alert.textContent(), /^abîmée\.bin n’est pas une table d’événements que cette application sait lire\u00a0: l’en-tête s’imbrique sur plus de 8 niveaux \(au caractère \d+\)\. Les événements affichés sont inchangés\.$/);
		assert.match(await eventsSummary(page), /sur 240 ont commencé/);
		await screenshot(panel(page), 'import-table-damaged-fr-phone');
	});
});
