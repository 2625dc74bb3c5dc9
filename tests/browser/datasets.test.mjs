// Datasets kept in the browser (issue 12) and what storage refuses (issue 14): an import is kept in
// IndexedDB and shown again after a reload; renamed, hidden, deleted; a full disk keeps the import
// for the visit and loses nothing stored; a browser refusing IndexedDB still imports; the column
// editor reads a file whose columns are not recognised; errors.csv lists every rejected row; a
// re-import updates rows by event id. Synthetic files from scripts/generate.ts only.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BASE_URL, eventually, launchBrowser, readDownload, screenshot, syntheticFile, withPage, VIEWPORTS } from './harness.mjs';

let browser;
const csv = {};

function generated(format, count, seed) {
	return readFileSync(syntheticFile(`datasets-${format}-${seed}.csv`, ['--events', count, '--seed', seed, '--format', format]), 'utf8');
}

before(async () => {
	csv.acled = generated('acled-csv', 120, 21);
	csv.ucdp = generated('ucdp-csv', 80, 22);
	browser = await launchBrowser();
});
after(async () => {
	await browser?.close();
});

const datasets = (page) => page.locator('section.datasets');
const importPanel = (page) => page.locator('section.import');
const eventsSummary = (page) => page.locator('section.events').textContent();
/** The names the Datasets panel lists, in order. */
const listed = (page) => datasets(page).locator('li h3').allTextContents();

async function importText(page, name, text, label = 'Import a CSV or GeoJSON file') {
	await page.getByLabel(label).setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
}
async function imported(page, name, rows) {
	await eventually(async () => (await importPanel(page).textContent()).includes(`Imported ${name}`), { timeout: 20_000, message: `the import of ${name}` });
	await eventually(async () => (await listed(page)).includes(name), { timeout: 10_000, message: `${name} in the Datasets panel` });
	await eventually(async () => (await eventsSummary(page)).includes(`of ${rows} events`), { message: `${name}'s events` });
}
async function reload(page) {
	await page.reload();
	await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
	await dataTab(page);
}
/** The explorer's Data tab, where the import and the Datasets panel stand. */
async function dataTab(page, lang = 'en') {
	await page.getByRole('tab', { name: lang === 'en' ? 'Data' : 'Données' }).click();
}

test('an imported dataset is kept across reloads: listed with its facts, shown again, renamed, hidden, deleted', async () => {
	await withPage(browser, '/', async ({ page }) => {
		await dataTab(page);
		await eventually(async () => (await datasets(page).textContent()).includes('No dataset yet'), { message: 'the empty list' });
		await importText(page, 'acled.csv', csv.acled);
		await imported(page, 'acled.csv', 120);
		const item = datasets(page).locator('li').first();
		const facts = await item.textContent();
		assert.match(facts, /On the map/);
		assert.match(facts, /Events\s*120/);
		assert.match(facts, /Read as\s*an ACLED export \(2023 on\)/);
		assert.match(facts, /Size\s*[\d.]+ kB/);
		assert.match(await datasets(page).textContent(), /This site uses .+ of the .+ the browser allows it/);
		// The date range: from the first day any row covers to the last (ACLED dates a week, code 2, by its
		// middle day, and a month, code 3, by a day in it).
		const DAY = 86_400_000;
		const spans = csv.acled.trim().split('\n').slice(1).map((line) => {
			const [, date, , precision] = line.split(',');
			const t = Date.parse(date + 'T00:00:00Z');
			const d = new Date(t);
			if (precision === '2') return [t - 3 * DAY, t + 3 * DAY];
			if (precision === '3') return [Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1), Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)];
			return [t, t];
		});
		const short = (t) => new Date(t).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
		const [first, last] = [Math.min(...spans.map((s) => s[0])), Math.max(...spans.map((s) => s[1]))];
		const range = `Dates ${short(first)} – ${short(last)}`;
		const words = (text) => text.replace(/\s+/g, ' ');
		assert.ok(words(facts).includes(words(range)), `${range} in ${words(facts)}`);

		await reload(page);
		await eventually(async () => (await eventsSummary(page).catch(() => '')).includes('of 120 events'), { timeout: 10_000, message: 'the dataset shown again after a reload' });
		assert.match(await eventsSummary(page), /Events: acled\.csv/);
		assert.deepEqual(await listed(page), ['acled.csv']);

		// Rename from the keyboard: the field takes the focus, Enter saves.
		await page.getByRole('button', { name: 'Rename acled.csv' }).click();
		const field = page.getByLabel('New name for acled.csv');
		assert.equal(await field.evaluate((input) => input === document.activeElement), true);
		await field.fill('   ');
		await page.keyboard.press('Enter');
		assert.match(await datasets(page).textContent(), /A name cannot be empty/);
		await field.fill('Sahel test <b>set</b>');
		await page.keyboard.press('Enter');
		await eventually(async () => (await listed(page))[0] === 'Sahel test <b>set</b>', { message: 'the new name, as text' });
		await eventually(async () => (await eventsSummary(page)).includes('Events: Sahel test <b>set</b>'), { message: 'the events panel renamed' });

		await importText(page, 'ucdp.csv', csv.ucdp);
		await imported(page, 'ucdp.csv', 80);
		assert.deepEqual(await listed(page), ['ucdp.csv', 'Sahel test <b>set</b>']);
		await datasets(page).scrollIntoViewIfNeeded();
		await screenshot(page, 'datasets-panel-en');

		await page.getByRole('button', { name: 'Show Sahel test <b>set</b>' }).click();
		await eventually(async () => (await eventsSummary(page)).includes('of 120 events'), { message: 'the first dataset shown again' });
		await page.getByRole('button', { name: 'Delete ucdp.csv' }).click();
		await page.getByRole('button', { name: 'Delete it' }).click();
		await eventually(async () => (await listed(page)).length === 1, { message: 'the deletion' });
		assert.match(await datasets(page).textContent(), /ucdp\.csv deleted/);

		await reload(page);
		await eventually(async () => (await eventsSummary(page).catch(() => '')).includes('of 120 events'), { timeout: 10_000, message: 'the shown dataset after a reload' });
		assert.deepEqual(await listed(page), ['Sahel test <b>set</b>']);
		await page.getByRole('button', { name: 'Hide Sahel test <b>set</b>' }).click();
		await eventually(async () => (await page.locator('section.events').count()) === 0, { message: 'no events shown' });
		await reload(page);
		await eventually(async () => (await listed(page)).length === 1, { message: 'the list after a reload' });
		assert.equal(await page.locator('section.events').count(), 0, 'a hidden dataset stays hidden');
	});
});

/** Before the app opens its store: a dataset kept as version 1 of the store kept them (one Blob of the binary table). */
const keptByVersion1 = (bin) => async (page) => {
	await page.goto(BASE_URL + '/og-image.png');
	await page.evaluate(async (base64) => {
		const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
		const db = await new Promise((resolve, reject) => {
			const open = indexedDB.open('sahel-timeline-datasets', 1);
			open.onupgradeneeded = () => {
				open.result.createObjectStore('datasets', { keyPath: 'id' });
				open.result.createObjectStore('tables');
				open.result.createObjectStore('settings');
			};
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error);
		});
		const info = { id: 'v1', name: 'Kept by version 1', fileName: 'old.csv', preset: 'acled', rows: 50, from: 0, to: 0, bytes: bytes.length, importedAt: 1, synthetic: true };
		const tx = db.transaction(['datasets', 'tables', 'settings'], 'readwrite');
		tx.objectStore('tables').put(new Blob([bytes]), 'v1');
		tx.objectStore('datasets').put(info);
		tx.objectStore('settings').put('v1', 'shown');
		await new Promise((resolve, reject) => ((tx.oncomplete = resolve), (tx.onerror = () => reject(tx.error))));
		db.close();
	}, bin.toString('base64'));
};

test('a dataset kept by the store\'s first version (one Blob) is still listed and shown after the upgrade, and after a reload', async () => {
	const bin = readFileSync(syntheticFile('datasets-v1-31.bin', ['--events', 50, '--seed', 31]));
	await withPage(browser, '/', { prepare: keptByVersion1(bin) }, async ({ page }) => {
		await dataTab(page);
		await eventually(async () => (await listed(page)).includes('Kept by version 1'), { message: 'the old dataset listed' });
		await eventually(async () => (await eventsSummary(page).catch(() => '')).includes('of 50 events'), { timeout: 10_000, message: 'the old dataset shown' });
		await reload(page);
		await eventually(async () => (await eventsSummary(page).catch(() => '')).includes('of 50 events'), { timeout: 10_000, message: 'shown again after a reload' });
		assert.doesNotMatch(await datasets(page).textContent(), /could not/i);
	});
});

test('the Datasets panel from the keyboard: focus stays on Hide/Show, the delete question starts on Keep it, and each step gives focus back to its button', async () => {
	await withPage(browser, '/', async ({ page }) => {
		await dataTab(page);
		await importText(page, 'keys.csv', csv.acled);
		await imported(page, 'keys.csv', 120);
		/** The accessible name of what has the focus ("BODY" when focus was dropped). */
		const focused = () => page.evaluate(() => document.activeElement.getAttribute('aria-label') ?? (document.activeElement.textContent.trim() || document.activeElement.tagName));
		await page.getByRole('button', { name: 'Hide keys.csv' }).focus();
		await page.keyboard.press('Enter');
		await eventually(async () => (await page.locator('section.events').count()) === 0, { message: 'the dataset hidden' });
		assert.equal(await focused(), 'Show keys.csv', 'focus stays on the control, now Show');
		await page.keyboard.press('Enter');
		await eventually(async () => (await eventsSummary(page).catch(() => '')).includes('of 120 events'), { message: 'the dataset shown again' });
		assert.equal(await focused(), 'Hide keys.csv', 'focus stays on the control, Hide again');

		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		assert.equal(await focused(), 'Delete keys.csv');
		await page.keyboard.press('Enter');
		assert.equal(await focused(), 'Keep it', 'the safe choice has the focus');
		await page.keyboard.press('Enter');
		assert.equal(await focused(), 'Delete keys.csv', 'back on the button that asked');
		assert.deepEqual(await listed(page), ['keys.csv'], 'Enter twice kept the dataset');

		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Enter');
		assert.equal(await page.getByLabel('New name for keys.csv').evaluate((input) => input === document.activeElement), true);
		await page.keyboard.press('Escape');
		assert.equal(await focused(), 'Rename keys.csv', 'Escape gives focus back to Rename');
	});
});

test('re-importing a file updates the rows with the same event ids and adds the new ones', async () => {
	const lines = csv.acled.trim().split('\n');
	const first = [lines[0], ...lines.slice(1, 91)].join('\n') + '\n';
	// Rows 81–90 again with other deaths, and rows 91–100 new.
	const changed = lines.slice(81, 91).map((line) => line.replace(/,(\d+),([^,]*),(\d+)$/, (_, deaths, tags, ts) => `,${Number(deaths) + 1000},${tags},${ts}`));
	const second = [lines[0], ...changed, ...lines.slice(91, 101)].join('\n') + '\n';
	await withPage(browser, '/', async ({ page }) => {
		await dataTab(page);
		await importText(page, 'export.csv', first);
		await imported(page, 'export.csv', 90);
		await importText(page, 'export.csv', second);
		await eventually(async () => /export\.csv was imported before: 10 events added, 10 updated/.test(await importPanel(page).textContent()), {
			timeout: 20_000,
			message: 'the upsert counts'
		});
		await eventually(async () => (await eventsSummary(page)).includes('of 100 events'), { message: 'one dataset of 100 events' });
		assert.deepEqual(await listed(page), ['export.csv']);
		// The list's row counts are written when the stored record is, which can follow the shown table.
		await eventually(async () => /Events\s*100/.test(await datasets(page).locator('li').textContent()), { message: 'the listed count after the upsert' });
	});
});

/** IndexedDB that has no room for a table's columns once window.__full is set (a QuotaExceededError, as a full disk gives). */
const fullDisk = (page) =>
	page.addInitScript(() => {
		window.__full = false;
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (...args) {
			if (window.__full && this.name === 'columns') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return put.apply(this, args);
		};
	});

test('a full disk: the new dataset is shown for the visit, said so, and the kept one is not lost', async () => {
	await withPage(browser, '/', { prepare: fullDisk }, async ({ page }) => {
		await dataTab(page);
		await importText(page, 'kept.csv', csv.acled);
		await imported(page, 'kept.csv', 120);
		await page.evaluate(() => (window.__full = true));
		await importText(page, 'big.csv', csv.ucdp);
		await imported(page, 'big.csv', 80);
		const alert = datasets(page).getByRole('alert');
		await eventually(() => alert.count(), { message: 'the quota message' });
		assert.match(await alert.textContent(), /There is no room left in this browser to keep big\.csv \([\d.]+ kB\)\. It is shown for this visit only; the datasets already kept are unchanged\./);
		assert.match(await datasets(page).locator('li').first().textContent(), /For this visit only: not kept/);
		assert.match(await eventsSummary(page), /Events: big\.csv/);
		await datasets(page).scrollIntoViewIfNeeded();
		await screenshot(page, 'datasets-quota-en');

		await reload(page);
		await eventually(async () => (await listed(page)).length === 1, { message: 'the list after a reload' });
		assert.deepEqual(await listed(page), ['kept.csv']);
		await page.getByRole('button', { name: 'Show kept.csv' }).click();
		await eventually(async () => (await eventsSummary(page)).includes('of 120 events'), { message: 'the kept dataset, intact' });
	});
});

test('a save the browser’s storage refuses is said in the page’s language, in our words, the browser’s own folded under them (fr)', async () => {
	// IndexedDB failing for a reason other than room: its message is the browser's, in English.
	const brokenStore = (page) =>
		page.addInitScript(() => {
			const put = IDBObjectStore.prototype.put;
			IDBObjectStore.prototype.put = function (...args) {
				if (this.name === 'columns') throw new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
				return put.apply(this, args);
			};
		});
	await withPage(browser, '/?lang=fr', { prepare: brokenStore }, async ({ page }) => {
		await dataTab(page, 'fr');
		await importText(page, 'visite.csv', csv.acled, 'Importer un fichier CSV ou GeoJSON');
		const alert = datasets(page).getByRole('alert');
		await eventually(() => alert.count(), { timeout: 20_000, message: 'the failure' });
		assert.equal(
			await alert.locator('p').textContent(),
			'Impossible de garder visite.csv\u00a0: le stockage de ce navigateur a refusé de l’enregistrer. Il est affiché pour cette visite seulement\u00a0; les jeux déjà gardés sont inchangés.'
		);
		const details = alert.locator('details');
		assert.equal(await details.locator('summary').textContent(), 'Ce qu’a répondu le navigateur');
		assert.equal(await details.getAttribute('open'), null, 'folded');
		assert.equal(await details.locator('code').textContent(), 'UnknownError: Internal error opening backing store for indexedDB.open.');
		assert.match(await datasets(page).locator('li').first().textContent(), /Pour cette visite seulement/);
		await datasets(page).scrollIntoViewIfNeeded();
		await screenshot(page, 'datasets-save-failed-fr');
	});
});

test('a browser that refuses IndexedDB still imports, and says the datasets will not be kept', async () => {
	const refuse = (page) =>
		page.addInitScript(() => {
			Object.defineProperty(window, 'indexedDB', {
				get() {
					throw new DOMException('Access is denied for this document.', 'SecurityError');
				}
			});
		});
	await withPage(browser, '/?lang=fr', { prepare: refuse }, async ({ page }) => {
		await dataTab(page, 'fr');
		await eventually(async () => /ne laisse pas la page garder de données/.test(await datasets(page).textContent()), { message: 'the notice' });
		await page.getByLabel('Importer un fichier CSV ou GeoJSON').setInputFiles({ name: 'visite.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.acled) });
		await eventually(async () => (await eventsSummary(page).catch(() => '')).includes('événements sur 120'), { timeout: 20_000, message: 'les événements' });
		assert.match(await datasets(page).locator('li').textContent(), /Pour cette visite seulement/);
	});
});

/** A spreadsheet of the reader's own: columns no preset knows, semicolons, Excel serial dates in one row. */
const OWN = [
	'quand;nord;est;morts;genre;ville',
	'10/03/2019;14,51;1,45;3;Attaque;Ayorou',
	'43539;14,6;1,5;;Attaque;Ayorou',
	'24/03/2019;191,2;1,5;2;Embuscade;Téra',
	'31/03/2019;14,7;1,6;beaucoup;Embuscade;Téra',
	'02/04/2019;14,8;1,7;0;Attaque;Tillabéri'
].join('\n') + '\n';

test('the column editor opens for a file whose columns are not recognised: choose, preview, import; errors.csv lists every rejected row', async () => {
	await withPage(browser, '/', async ({ page }) => {
		await dataTab(page);
		await importText(page, 'own.csv', OWN);
		const dialog = page.getByRole('dialog', { name: 'Columns of own.csv' });
		await eventually(() => dialog.isVisible(), { timeout: 20_000, message: 'the column editor' });
		assert.equal(await dialog.getByLabel('Date (or first day) (required)').evaluate((select) => select === document.activeElement), true, 'the first field has the focus');
		// Submitting without the required columns names them.
		await dialog.getByRole('button', { name: 'Import with these columns' }).click();
		assert.match(await dialog.getByRole('alert').textContent(), /Choose a column for: Date \(or first day\), Latitude and Longitude\./);

		// From the keyboard: the date's select has the focus; choose its column by typing.
		await dialog.getByLabel('Date (or first day) (required)').selectOption({ label: 'quand' });
		await dialog.getByLabel('Latitude (required)').selectOption({ label: 'nord' });
		await dialog.getByLabel('Longitude (required)').selectOption({ label: 'est' });
		await dialog.getByLabel('Deaths', { exact: true }).selectOption({ label: 'morts' });
		await dialog.getByLabel('Event type').selectOption({ label: 'genre' });
		await dialog.getByLabel('Place', { exact: true }).selectOption({ label: 'ville' });
		const preview = dialog.locator('tbody tr');
		await eventually(async () => (await preview.count()) === 5, { message: 'the preview' });
		const cells = await preview.evaluateAll((rows) => rows.map((tr) => [...tr.cells].map((td) => td.textContent.trim())));
		assert.deepEqual(cells[0], ['1', '10 Mar 2019', '14.51', '1.45', 'Attaque', '3', 'read']);
		// 43539 is Excel's serial for 15 March 2019; no figure is "none reported", not 0.
		assert.deepEqual(cells[1], ['2', '15 Mar 2019', '14.6', '1.5', 'Attaque', 'none reported', 'read']);
		assert.deepEqual(cells[2], ['3', '', 'nord 191,2 is outside −90…90']);
		// Each field says what is wrong with its column in these rows.
		assert.match(await dialog.getByLabel('Latitude (required)').getAttribute('aria-invalid'), /true/);
		const described = await dialog.getByLabel('Deaths', { exact: true }).evaluate((select) => document.getElementById(select.getAttribute('aria-describedby')).textContent);
		assert.equal(described, '1 of the first 5 rows: morts “beaucoup” is not a number');
		await screenshot(page, 'mapping-editor-en');

		await dialog.getByRole('button', { name: 'Import with these columns' }).click();
		await imported(page, 'own.csv', 3);
		assert.match(await importPanel(page).textContent(), /5 rows read, 3 imported, 2 rejected/);

		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download every rejected row (errors.csv)' }).click()]);
		assert.equal(download.suggestedFilename(), 'errors.csv');
		const text = await readDownload(download, 'utf8');
		assert.equal(
			text,
			[
				'Row,Column,Value,Reason',
				'3,nord,"191,2","nord 191,2 is outside −90…90"',
				'4,morts,beaucoup,morts “beaucoup” is not a number',
				''
			].join('\r\n')
		);
		// The editor opens again on demand, with the columns chosen.
		await page.getByRole('button', { name: 'Change the columns' }).click();
		assert.equal(await dialog.getByLabel('Latitude (required)').inputValue(), '1');
		await page.keyboard.press('Escape');
		await eventually(async () => (await dialog.count()) === 0, { message: 'the editor closed by Esc' });
	});
});

test('the column editor and the Datasets panel in French, on a phone', async () => {
	await withPage(browser, '/?lang=fr', { viewport: VIEWPORTS.phone }, async ({ page }) => {
		await dataTab(page, 'fr');
		await page.getByLabel('Importer un fichier CSV ou GeoJSON').setInputFiles({ name: 'propre.csv', mimeType: 'text/csv', buffer: Buffer.from(OWN) });
		const dialog = page.getByRole('dialog', { name: 'Colonnes de propre.csv' });
		await eventually(() => dialog.isVisible(), { timeout: 20_000, message: 'l’éditeur de colonnes' });
		// The missing columns are listed as French lists them.
		await dialog.getByRole('button', { name: 'Importer avec ces colonnes' }).click();
		assert.match(await dialog.getByRole('alert').textContent(), /Choisissez une colonne pour\u00a0: Date \(ou premier jour\), Latitude et Longitude\./);
		await dialog.getByLabel('Date (ou premier jour) (obligatoire)').selectOption({ label: 'quand' });
		await dialog.getByLabel('Latitude (obligatoire)').selectOption({ label: 'nord' });
		await dialog.getByLabel('Longitude (obligatoire)').selectOption({ label: 'est' });
		await dialog.getByLabel('Morts', { exact: true }).selectOption({ label: 'morts' });
		await eventually(async () => (await dialog.locator('tbody tr').count()) === 5, { message: 'l’aperçu' });
		assert.match(await dialog.locator('tbody tr').nth(1).textContent(), /15 mars 2019.*aucun rapporté/);
		await screenshot(page, 'mapping-editor-fr-phone');
		await dialog.getByRole('button', { name: 'Importer avec ces colonnes' }).click();
		await eventually(async () => (await listed(page)).includes('propre.csv'), { timeout: 20_000, message: 'la liste' });
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Télécharger toutes les lignes rejetées (errors.csv)' }).click()]);
		const text = await readDownload(download, 'utf8');
		assert.equal(text.split('\r\n')[0], 'Ligne,Colonne,Valeur,Motif');
		assert.match(text.split('\r\n')[2], /^4,morts,beaucoup,morts «\s?beaucoup\s?» n’est pas un nombre$/);
		await datasets(page).scrollIntoViewIfNeeded();
		await screenshot(page, 'datasets-panel-fr-phone');
	});
});
