// Event tables under the story (?data=): drawn, summarised in words, picked by pointer, listed in a
// table that keys move through, each event's details opened from the table or the map; a bad or
// missing table says why and leaves the story as it was. The table is the project's synthetic
// generator's, served to the page by the test (never real data).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { atRest, eventually, launchBrowser, nextFrames, screenshot, seriousViolations, syntheticFile, withPage, VIEWPORTS } from './harness.mjs';

let browser;
let table;
before(async () => {
	table = readFileSync(syntheticFile('events-2000.bin', ['--events', 2000, '--seed', 5, '--format', 'bin']));
	browser = await launchBrowser();
});
after(async () => {
	await browser?.close();
});

/** Serves the table at /test-data/events.bin, and nothing at /test-data/missing.bin; it cut 10 bytes short at cut.bin, a web page at page.bin. */
async function serveTable(page) {
	await page.route('**/test-data/events.bin', (route) => route.fulfill({ body: table, contentType: 'application/octet-stream' }));
	await page.route('**/test-data/missing.bin', (route) => route.fulfill({ status: 404, body: 'not here' }));
	await page.route('**/test-data/cut.bin', (route) => route.fulfill({ body: table.subarray(0, table.length - 10), contentType: 'application/octet-stream' }));
	await page.route('**/test-data/page.bin', (route) => route.fulfill({ body: '<!doctype html><title>x</title>'.repeat(1000), contentType: 'application/octet-stream' }));
}

/** The byte length the file's header gives a column (README, "Event tables"). */
function columnBytes(bytes, name) {
	const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(12, true);
	return JSON.parse(bytes.subarray(16, 16 + headerLength).toString('utf8')).columns.find((c) => c.name === name).byteLength;
}

/**
 * The columns the tests check, read straight from the file (README, "Event tables"), not through
 * the app's reader: starts, event types and ids.
 */
function readColumns(bytes) {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const headerLength = view.getUint32(12, true);
	const header = JSON.parse(bytes.subarray(16, 16 + headerLength).toString('utf8'));
	const at = {};
	let offset = 16 + headerLength;
	for (const column of header.columns) {
		offset = Math.ceil(offset / 8) * 8;
		at[column.name] = bytes.subarray(offset, offset + column.byteLength);
		offset += column.byteLength;
	}
	const n = header.length;
	const idText = at['id.text'].toString('utf8');
	const idOffsets = new Uint32Array(Uint8Array.from(at['id.offsets']).buffer);
	return {
		start: new Float64Array(Uint8Array.from(at.start).buffer),
		fatalities: new Float32Array(Uint8Array.from(at.fatalities).buffer),
		type: Array.from(new Uint16Array(Uint8Array.from(at.eventType).buffer), (code) => header.dictionaries.eventTypes[code]),
		id: Array.from({ length: n }, (_, r) => idText.slice(idOffsets[r], idOffsets[r + 1]))
	};
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
		// The commonest types and countries, then the rest: each list adds up to the events counted.
		for (const heading of ['By type', 'By country']) {
			const line = await page.locator('section.events p').filter({ hasText: heading }).textContent();
			const counts = [...line.matchAll(/ ([\d,]+)(?=[;.])/g)].map((m) => Number(m[1].replaceAll(',', '')));
			assert.equal(counts.reduce((a, b) => a + b, 0), early, `${heading}: ${line}`);
		}
		// Later, more events have begun.
		await page.getByRole('slider', { name: 'Time' }).focus();
		await page.keyboard.press('End');
		await eventually(async () => (await countInWindow(page)) > early, { message: 'more events later' });
		// Drawn: the canvas has coloured pixels, and the timeline shows the density.
		const lit = await drawnEvent(page);
		assert.equal(await page.locator('.overview .density path').count(), 1, 'the overview shows the density');
		// A pointer on a drawn event shows its card, as text.
		await page.mouse.move(lit.x, lit.y);
		await nextFrames(page);
		const card = page.getByRole('tooltip');
		await eventually(() => card.count(), { message: 'the event card' });
		assert.match(await card.textContent(), /Event SYN-/);
	});
});

/** The reason each bad ?data= file gives, in each language: the page's language throughout, numbers as it writes them. */
function failures(lang) {
	const notes = columnBytes(table, 'notes.text');
	const n = (value) => value.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB');
	const reasons = {
		en: {
			'missing.bin': 'the server answered with status 404',
			'page.bin': 'not a Sahel Timeline event table (it does not start with SAHELEVT)',
			'cut.bin': `truncated: expected ${n(notes)} bytes of column notes.text, got ${n(notes - 10)}`
		},
		fr: {
			'missing.bin': 'le serveur a répondu avec le statut 404',
			'page.bin': 'ce n’est pas une table d’événements Sahel Timeline (il ne commence pas par SAHELEVT)',
			'cut.bin': `fichier tronqué\u00a0: ${n(notes)}\u00a0octets attendus pour la colonne notes.text, ${n(notes - 10)} reçus`
		}
	};
	return Object.entries(reasons[lang]);
}

const FAILED = {
	en: { heading: 'Events not loaded', sentence: /^Could not load the events from \S*\/test-data\/[\w.]+: (.*)\. The story is unchanged\.$/, loading: /Loading/ },
	fr: { heading: 'Événements non chargés', sentence: /^Impossible de charger les événements depuis \S*\/test-data\/[\w.]+\u00a0: (.*)\. Le récit est inchangé\.$/, loading: /Chargement/ }
};

/** The page's notice for a table its link asked for that failed to load: which file, then why. */
const NOTICE = {
	en: /The events this link asks for \(\S*\/test-data\/[\w.]+\) could not be loaded: .+\. The story is shown without them\./,
	fr: /Les événements que ce lien demande \(\S*\/test-data\/[\w.]+\) n’ont pas pu être chargés\u00a0: .+\. Le récit est affiché sans eux\./
};

for (const lang of ['en', 'fr']) {
	test(`a missing, foreign or damaged ?data= table is refused with its reason in the page's language (${lang}), in place of the loading state; the story is unchanged`, async () => {
		for (const [file, reason] of failures(lang)) {
			// Not the last thing in the address: the routes above would match the page itself.
			await withPage(browser, `/?data=/test-data/${file}&lang=${lang}`, { prepare: serveTable }, async ({ page, problems }) => {
				const section = page.locator('section.events');
				const alert = section.locator('[role="alert"]');
				await eventually(() => alert.count(), { timeout: 10_000, message: `the failure of ${file}` });
				const said = (await alert.textContent()).match(FAILED[lang].sentence);
				assert.ok(said, `${file}: ${await alert.textContent()}`);
				assert.equal(said[1], reason, file);
				// Said where a reader who never opens the Data tab sees it too: the page's notices.
				const notice = await eventually(async () => {
					const text = await page.locator('div.notices').first().innerText();
					return NOTICE[lang].test(text) ? text : null;
				}, { timeout: 10_000, message: `the notice of ${file}` });
				assert.ok(notice.includes(reason), `${file}: ${notice}`);
				// The failure replaces the loading state: its heading says so, and nothing says it is still loading.
				assert.equal(await section.locator('h2').textContent(), FAILED[lang].heading);
				assert.doesNotMatch(await section.textContent(), FAILED[lang].loading);
				assert.equal(await section.locator('progress').count(), 0);
				// The story still works: the map and every attack of the story drawn.
				assert.ok((await page.locator('path[data-country]').count()) >= 14, 'the map still draws');
				const attacks = page.locator('[data-incident]');
				await eventually(async () => (await attacks.count()) > 0 && (await page.locator('[data-incident].shown .sym-incident').count()) === (await attacks.count()), {
					message: 'every attack drawn'
				});
				await screenshot(page, `events-failed-${file.replace('.bin', '')}-${lang}`);
				// The browser logs the failed request itself; nothing else may go wrong.
				problems.splice(0, problems.length, ...problems.filter((p) => !/404/.test(p)));
			});
		}
	});
}

for (const lang of ['en', 'fr']) {
	test(`/present and /embed say in their notices that the ?data= table failed to load, and the story goes on (${lang})`, async () => {
		const reason = Object.fromEntries(failures(lang))['missing.bin'];
		// On a phone: the table's long address wraps, its Dismiss button stays on the screen.
		await withPage(browser, `/present?data=/test-data/missing.bin&lang=${lang}`, { viewport: VIEWPORTS.phone, prepare: serveTable }, async ({ page, problems }) => {
			const notice = await eventually(async () => {
				const text = await page.locator('div.notices').first().innerText();
				return NOTICE[lang].test(text) ? text : null;
			}, { timeout: 10_000, message: 'the presenter’s notice' });
			assert.ok(notice.includes(reason), notice);
			const dismiss = await page.locator('div.notices').first().getByRole('button').boundingBox();
			assert.ok(dismiss.x >= 0 && dismiss.x + dismiss.width <= VIEWPORTS.phone.width, `Dismiss on the screen: ${JSON.stringify(dismiss)}`);
			assert.ok((await page.locator('[data-incident]').count()) > 0, 'the chapter’s attacks drawn');
			await screenshot(page, `events-failed-present-${lang}`);
			problems.splice(0, problems.length, ...problems.filter((p) => !/404/.test(p)));
		});
		// Beside two settings it could not read: the notice names them as the language joins a list.
		await withPage(browser, `/embed?data=/test-data/missing.bin&controls=huge&theme=pink&lang=${lang}`, { prepare: serveTable }, async ({ page, problems }) => {
			const notice = await eventually(async () => {
				const text = await page.locator('.notice').first().innerText().catch(() => '');
				return NOTICE[lang].test(text) ? text : null;
			}, { timeout: 10_000, message: 'the embed’s notice' });
			assert.ok(notice.includes(reason), notice);
			assert.ok(notice.includes(lang === 'en' ? '(controls and theme)' : '(controls et theme)'), notice);
			assert.ok((await page.locator('path[data-country]').count()) >= 14, 'the map still draws');
			await screenshot(page, `events-failed-embed-${lang}`);
			problems.splice(0, problems.length, ...problems.filter((p) => !/404/.test(p)));
		});
	});
}

test('a ?data= on another origin is refused with a notice, and nothing is fetched', async () => {
	await withPage(browser, '/?data=https://evil.example/x.bin', async ({ page }) => {
		assert.match(await page.getByRole('status').textContent(), /“data”/);
		assert.equal(await page.locator('section.events').count(), 0);
	});
});

test("the totals' live region says the events' deaths where the clock comes to rest", async () => {
	const { start, fatalities } = readColumns(table);
	await withPage(browser, '/?data=/test-data/events.bin&t=2018-06-01T12:00:00%2B01:00', { reducedMotion: 'reduce', prepare: serveTable }, async ({ page }) => {
		await eventually(async () => (await summary(page).catch(() => '')).includes('of 2,000 events'), { timeout: 10_000, message: 'the events summary' });
		const live = page.locator('section.totals [aria-live="polite"]');
		const slider = page.getByRole('slider', { name: 'Time', exact: true });
		await slider.focus();
		for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
		const t = Number(await slider.getAttribute('aria-valuenow'));
		// Begun by the time shown: counted from the file; an event with no figure adds no death (and is not 0).
		let [events, killed] = [0, 0];
		for (let r = 0; r < start.length; r++) {
			if (start[r] > t) continue;
			events++;
			if (!Number.isNaN(fatalities[r])) killed += fatalities[r];
		}
		assert.ok(events > 0, `${events} events begun`);
		const said = `: ${killed.toLocaleString('en-GB')} killed in ${events.toLocaleString('en-GB')} events begun.`;
		await eventually(async () => (await live.textContent()).endsWith(said), { timeout: 10_000, message: `the live region ending "${said}"` });
	});
});

// The window and time of the table tests: a few hundred events of the synthetic table.
const FROM = '2017-11-01T00:00:00Z';
const TO = '2019-12-31T00:00:00Z';
const AT = '2019-12-15T12:00:00Z';
const TABLE_PATH = `/?data=/test-data/events.bin&from=${FROM}&to=${TO}&t=${AT}`;

/** The rows the table must list, by a scan of the file: begun in the window by the time shown. */
function expectedRows() {
	const { start, type, id } = readColumns(table);
	const [from, until] = [Date.parse(FROM), Math.min(Date.parse(AT), Date.parse(TO))];
	const rows = [];
	for (let r = 0; r < start.length; r++) if (start[r] >= from && start[r] <= until) rows.push({ type: type[r], id: id[r] });
	return rows;
}

/** Where the focus is: the row's aria-rowindex and the cell's aria-colindex, or the element's tag and text. */
const focused = (page) =>
	page.evaluate(() => {
		const cell = document.activeElement;
		if (cell?.getAttribute('role') !== 'gridcell') return { tag: cell?.tagName, text: cell?.textContent?.trim() };
		return { row: Number(cell.parentElement.getAttribute('aria-rowindex')), column: Number(cell.getAttribute('aria-colindex')), text: cell.textContent.trim() };
	});

const cell = async (page) => {
	const { row, column } = await focused(page);
	return [row, column];
};

test('the events in the window open as a table by keyboard: the right rows, keys that move, Enter for details, Esc back', async () => {
	const expected = expectedRows();
	assert.ok(expected.length > 200, `${expected.length} events in the window: enough to need virtual rows`);
	await withPage(browser, TABLE_PATH, { prepare: serveTable }, async ({ page }) => {
		const open = page.getByRole('button', { name: 'Show the events in the window as a table' });
		await open.waitFor({ timeout: 10_000 });
		await open.focus();
		await page.keyboard.press('Enter');
		const grid = page.getByRole('grid');
		await grid.waitFor();
		await nextFrames(page);
		assert.equal(await grid.getAttribute('aria-rowcount'), String(expected.length + 1), 'the header and one row an event');
		assert.match(await page.getByRole('dialog').textContent(), new RegExp(`${expected.length.toLocaleString('en-GB')} events began between`));
		// The focus is on the first event's date; the first rows are the window's first events.
		assert.deepEqual(await cell(page), [2, 1]);
		const types = await grid.locator('[role="row"][aria-rowindex] [role="gridcell"][aria-colindex="2"]').allTextContents();
		assert.deepEqual(types.slice(0, 5).map((t) => t.trim()), expected.slice(0, 5).map((e) => e.type));
		// Virtual: only the rows in view (and a few more) are in the page.
		const rendered = await grid.locator('[role="row"]').count();
		assert.ok(rendered < 60, `${rendered} rows in the page for ${expected.length} events`);

		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowRight');
		assert.deepEqual(await focused(page), { row: 4, column: 2, text: expected[2].type });
		await page.keyboard.press('PageDown');
		const paged = await focused(page);
		assert.ok(paged.row > 8 && paged.column === 2, `Page Down moved a screenful: ${JSON.stringify(paged)}`);
		await page.keyboard.press('End');
		assert.deepEqual(await cell(page), [paged.row, 6]);
		await page.keyboard.press('Control+End');
		assert.deepEqual(await cell(page), [expected.length + 1, 6]);
		await page.keyboard.press('Control+Home');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowDown');
		assert.deepEqual(await cell(page), [3, 1]);
		assert.deepEqual(await seriousViolations(page), []);
		await screenshot(page, 'events-table');

		// Enter: the second event's details, its id among them.
		await page.keyboard.press('Enter');
		const details = page.getByRole('dialog', { name: new RegExp(`^${expected[1].type.replace(/[/]/g, '.')} · `) });
		await details.waitFor();
		assert.equal((await details.locator('[data-event-id]').textContent()).trim(), expected[1].id);
		await screenshot(page, 'events-details');
		await page.keyboard.press('Escape');
		await eventually(async () => (await focused(page)).row === 3, { message: 'the focus back on the row' });
		assert.equal(await details.count(), 0);
		// Esc again closes the table, and the focus is back on the button that opened it.
		await page.keyboard.press('Escape');
		await eventually(async () => (await focused(page)).text === 'Show the events in the window as a table', { message: 'the focus back on the button' });
	});
});

/**
 * Where on the page an event is drawn that a click reaches (not under the map's controls or the
 * story's symbols), once the canvas (loaded after the table) has drawn: the first found, or with
 * `rightmost` the one nearest the map's right edge.
 */
function drawnEvent(page, { rightmost = false } = {}) {
	return eventually(
		() =>
			page.evaluate((rightmost) => {
				const canvas = document.querySelector('.map canvas');
				if (!canvas) return null;
				const map = canvas.parentElement.getBoundingClientRect();
				// A canvas pixel is a cell of the grid, scaled up to the page (one pixel or more).
				const box = canvas.getBoundingClientRect();
				const { data, width, height } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
				const [scaleX, scaleY] = [box.width / width, box.height / height];
				let found = null;
				for (let i = 3; i < data.length; i += 4) {
					if (data[i] === 0) continue;
					const [x, y] = [box.left + ((((i - 3) / 4) % width) + 0.5) * scaleX, box.top + (Math.floor((i - 3) / 4 / width) + 0.5) * scaleY];
					if (x >= map.right || (found && x <= found.x)) continue;
					const hit = document.elementFromPoint(x, y);
					if (hit?.closest('svg.overlay') && !hit.closest('[role="button"], button, a') && y < map.bottom - 40) {
						found = { x, y };
						if (!rightmost) return found;
					}
				}
				return found;
			}, rightmost),
		{ timeout: 10_000, message: 'an event drawn where a click reaches the map' }
	);
}

test('an event’s card near the map’s right edge is moved, not squeezed: whole on the map, as wide as elsewhere, off the pointer', async () => {
	await withPage(browser, TABLE_PATH, { prepare: serveTable, viewport: VIEWPORTS.desktop, reducedMotion: 'reduce' }, async ({ page }) => {
		const card = page.getByRole('tooltip');
		const cardOn = async (at) => {
			await page.mouse.move(at.x, at.y);
			await nextFrames(page);
			await eventually(() => card.count(), { message: 'the event card' });
			return atRest(page, () => card.boundingBox(), 'the card placed');
		};
		const first = await cardOn(await drawnEvent(page));
		const edge = await drawnEvent(page, { rightmost: true });
		const map = await page.locator('.map canvas').evaluate((canvas) => canvas.parentElement.getBoundingClientRect().toJSON());
		assert.ok(map.x + map.width - edge.x < first.width, `an event within a card's width of the edge (${edge.x} in ${JSON.stringify(map)})`);
		const box = await cardOn(edge);
		assert.ok(box.x >= map.x && box.x + box.width <= map.x + map.width + 0.5, `inside the map: ${JSON.stringify({ box, map })}`);
		assert.ok(box.x > edge.x || box.x + box.width < edge.x || box.y > edge.y || box.y + box.height < edge.y, `off the pointer: ${JSON.stringify({ box, edge })}`);
		assert.ok(box.width >= Math.min(first.width, 200), `not squeezed: ${box.width} px wide, ${first.width} elsewhere`);
	});
});

test('a click on a drawn event opens its details, the one the pointer card names', async () => {
	await withPage(browser, TABLE_PATH, { prepare: serveTable, viewport: VIEWPORTS.desktop, reducedMotion: 'reduce' }, async ({ page }) => {
		const lit = await drawnEvent(page);
		await page.mouse.move(lit.x, lit.y);
		await nextFrames(page);
		const card = page.getByRole('tooltip');
		await eventually(() => card.count(), { message: 'the event card' });
		const id = /Event (SYN-\S+)/.exec(await card.textContent())[1];
		await page.mouse.click(lit.x, lit.y);
		const details = page.getByRole('dialog');
		await details.waitFor();
		assert.equal((await details.locator('[data-event-id]').textContent()).trim(), id);
		assert.match(await details.textContent(), /Synthetic data, generated for testing/);
		await page.keyboard.press('Escape');
		await eventually(async () => (await details.count()) === 0, { message: 'the details closed' });
	});
});

test('on /present, the keys in an event’s details stay there: → does not step the talk, Esc closes the details and not the presentation', async () => {
	const path = '/present?data=/test-data/events.bin&chapter=the-border-2017-2020';
	await withPage(browser, path, { prepare: serveTable, reducedMotion: 'reduce' }, async ({ page }) => {
		const lit = await drawnEvent(page);
		await page.mouse.click(lit.x, lit.y);
		const details = page.getByRole('dialog');
		await details.waitFor();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('Escape');
		await eventually(async () => (await details.count()) === 0, { message: 'the details closed' });
		await nextFrames(page);
		assert.match(page.url(), /\/present\?.*chapter=the-border-2017-2020/);
	});
});

// The panel with its table button, the table and the details never scroll sideways (only the
// grid's own rows may cut a long text, shown whole in the details), in either language, on a
// projector, a desktop and phones: one page per language, resized.
const SIZES = { ...VIEWPORTS, small: { width: 360, height: 640 } };
for (const lang of ['en', 'fr']) {
	test(`the events panel, table and details fit at ${Object.values(SIZES).map((v) => `${v.width}×${v.height}`).join(', ')} (${lang})`, async () => {
		await withPage(browser, `${TABLE_PATH}&lang=${lang}`, { prepare: serveTable }, async ({ page }) => {
			const open = page.locator('section.events button');
			await open.waitFor({ timeout: 10_000 });
			const sideways = () =>
				page.evaluate(() =>
					Object.fromEntries(
						[['page', document.documentElement], ['side', document.querySelector('.side')], ...[...document.querySelectorAll('dialog[open], [role="grid"]')].map((e) => [e.getAttribute('role') ?? 'dialog', e])]
							.filter(([, e]) => e)
							.map(([name, e]) => [name, e.scrollWidth - e.clientWidth])
					)
				);
			for (const [name, viewport] of Object.entries(SIZES)) {
				await page.setViewportSize(viewport);
				await nextFrames(page);
				await open.scrollIntoViewIfNeeded();
				assert.deepEqual(await sideways(), { page: 0, side: 0 }, `panel, ${name}`);
				await screenshot(page, `events-panel-${lang}-${name}`);
				await open.click();
				await page.getByRole('grid').waitFor();
				await nextFrames(page);
				assert.deepEqual(await sideways(), { page: 0, side: 0, dialog: 0, grid: 0 }, `table, ${name}`);
				await screenshot(page, `events-table-${lang}-${name}`);
				await page.keyboard.press('Enter');
				await page.locator('[data-event-id]').waitFor();
				await nextFrames(page);
				assert.deepEqual(await sideways(), { page: 0, side: 0, dialog: 0, grid: 0 }, `details, ${name}`);
				await screenshot(page, `events-details-${lang}-${name}`);
				await page.keyboard.press('Escape');
				await page.keyboard.press('Escape');
				await eventually(async () => (await page.locator('dialog').count()) === 0, { message: 'dialogs closed' });
			}
		});
	});
}
