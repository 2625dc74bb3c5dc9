// Exports look like the screen with events under the story (?data=, a synthetic table from
// scripts/generate.ts): the SVG has the events' cells in their colours, their legend, their credit
// and their deaths counted apart; the PNG has the events' colour where the SVG puts events, and
// none without the table. With SCREENSHOTS set, the exported PNGs are written to test-results/ at
// each fixed size in both languages, to look at the footer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { eventually, launchBrowser, readDownload, syntheticFile, withPage, SCREENSHOT_DIR, VIEWPORTS } from './harness.mjs';

let browser;
let table;
before(async () => {
	table = readFileSync(syntheticFile('export-events-2000.bin', ['--events', 2000, '--seed', 5, '--format', 'bin']));
	browser = await launchBrowser();
});
after(async () => {
	await browser?.close();
});

const prepare = (page) => page.route('**/test-data/events.bin', (route) => route.fulfill({ body: table, contentType: 'application/octet-stream' }));
const VIEW = '/?t=2019-12-31T12:00:00%2B01:00';
/**
 * The table first: a page address ending in the table's path would match its route. The window is
 * the story's (mid-2017 to January 2020), so the table's events of early 2017 are begun before it (grey).
 */
const WITH_EVENTS = '/?data=/test-data/events.bin&from=2017-07-01T00:00:00Z&to=2020-01-10T00:00:00Z&t=2019-12-31T12:00:00%2B01:00';
/** The map's colours for events begun in the window (dots) and before it (scene/raster-paint.ts). */
const RECENT = [0xa6, 0x3d, 0x86];

/** Opens the explorer with the table, waits for it, and zooms out to the whole region. */
async function openWithEvents(page) {
	await eventually(async () => /2,000 events/.test((await page.locator('section.events').textContent().catch(() => '')) ?? ''), { timeout: 20_000, message: 'the events panel' });
	await page.locator('svg[aria-roledescription="map"]').focus();
	for (let i = 0; i < 3; i++) await page.keyboard.press('-');
}

async function exportFile(page, { format, size }) {
	await page.getByRole('button', { name: /^(Export|Exporter)$/ }).click();
	const dialog = page.getByRole('dialog');
	await dialog.getByRole('radio', { name: format }).check();
	await dialog.getByRole('combobox').selectOption(size);
	const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: /^(Download|Télécharger)$/ }).click()]);
	const bytes = await readDownload(download);
	await dialog.getByRole('button', { name: /^(Close|Fermer)$/ }).click();
	return bytes;
}

/** The SVG's event cells in the frame's units (each run's centre), its texts and the map's box. */
function readSvg(page, svg) {
	return page.evaluate(
		({ source, recent }) => {
			const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
			const hex = `#${recent.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
			const cells = [...doc.querySelectorAll('path[shape-rendering="crispEdges"]')];
			const path = cells.find((p) => p.getAttribute('fill') === hex);
			// The cells sit in the map's group: translate(x, y) with a clip the map's size.
			const map = path?.closest('g[clip-path]');
			const [, tx, ty] = /translate\(([\d.-]+),([\d.-]+)\)/.exec(map?.getAttribute('transform') ?? '') ?? [];
			const runs = [...(path?.getAttribute('d') ?? '').matchAll(/M([\d.]+),([\d.]+)h([\d.]+)v([\d.]+)/g)].map(([, x, y, w, h]) => ({ x: Number(tx) + Number(x) + Number(w) / 2, y: Number(ty) + Number(y) + Number(h) / 2 }));
			const clip = doc.querySelector('clipPath rect');
			// What is painted over the cells (every later symbol and text with a fill), drawn in the page at one unit a pixel.
			const drawn = document.importNode(doc.documentElement, true);
			const [, , w, h] = drawn.getAttribute('viewBox').split(' ').map(Number);
			drawn.setAttribute('width', String(w));
			drawn.setAttribute('height', String(h));
			document.body.append(drawn);
			const origin = drawn.getBoundingClientRect();
			const drawnCells = drawn.querySelector(`path[fill="${hex}"]`);
			const over = [...drawn.querySelectorAll('text, circle, rect, path')]
				.filter((e) => e.closest('clipPath') === null && drawnCells?.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING && getComputedStyle(e).fill !== 'none')
				.map((e) => {
					const b = e.getBoundingClientRect();
					return { x: b.x - origin.x, y: b.y - origin.y, width: b.width, height: b.height };
				});
			drawn.remove();
			return {
				over,
				error: doc.querySelector('parsererror')?.textContent ?? null,
				colours: cells.map((p) => p.getAttribute('fill')),
				runs,
				texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
				mapHeight: Number(clip?.getAttribute('height')),
				height: Number(doc.documentElement.getAttribute('viewBox').split(' ')[3])
			};
		},
		{ source: svg, recent: RECENT }
	);
}

/** Whether each point (in output pixels) of the PNG has the events' colour, and how many pixels have it in all. */
function pngColourAt(page, bytes, points) {
	return page.evaluate(
		async ({ base64, points, recent }) => {
			const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
			const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d');
			context.drawImage(bitmap, 0, 0);
			const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
			const is = (i) => recent.every((c, k) => Math.abs(data[i + k] - c) <= 3);
			let total = 0;
			for (let i = 0; i < data.length; i += 4) if (is(i)) total++;
			return { total, at: points.map(({ x, y }) => is((Math.floor(y) * bitmap.width + Math.floor(x)) * 4)) };
		},
		{ base64: bytes.toString('base64'), points, recent: RECENT }
	);
}

test('the SVG and PNG of a view with events draw the events as the screen does, with their legend, credit and deaths apart', async () => {
	await withPage(browser, WITH_EVENTS, { prepare, reducedMotion: 'reduce', viewport: VIEWPORTS.projector }, async ({ page }) => {
		await openWithEvents(page);
		const svg = (await exportFile(page, { format: /SVG/, size: 'hd' })).toString('utf8');
		const read = await readSvg(page, svg);
		assert.equal(read.error, null);
		assert.ok(read.runs.length > 100, `the events begun in the window, as cells in their colour: ${read.runs.length} runs`);
		assert.ok(read.colours.includes('#8c867c'), 'the events begun before the window, in grey');
		const all = read.texts.join('\n');
		assert.match(all, /Events begun in the window/);
		assert.match(all, /Begun before the window/);
		assert.match(all, /Events: Synthetic events \(not real data\), seed 5\./);
		// The deaths as the screen's totals give them, on a line of their own, said synthetic.
		const screen = await page.locator('.side').getByText(/^Synthetic events \(not real data\), seed 5: [\d,]+ killed/).first().textContent();
		const killed = /: ([\d,]+ killed in [\d,]+ events)/.exec(screen)[1];
		assert.ok(read.texts.some((t) => t.startsWith('Synthetic data, not real events: Synthetic events (not real data), seed 5 (') && t.includes(killed)), `${killed} in the file`);
		// A 16:9 frame keeps most of its height for the map.
		assert.ok(read.mapHeight / read.height > 0.75, `the map is ${read.mapHeight} of ${read.height}`);

		// The PNG at the same size and view (1.5 output pixels a unit): the events' colour where the SVG has its cells.
		const png = await exportFile(page, { format: 'PNG image', size: 'hd' });
		// Cells under the story's symbols or labels (painted over them, a unit's margin for antialiasing) are not sampled.
		const covered = ({ x, y }) => read.over.some((b) => x > b.x - 1 && x < b.x + b.width + 1 && y > b.y - 1 && y < b.y + b.height + 1);
		const clear = read.runs.filter((run) => !covered(run));
		const sample = clear.filter((_, i) => i % Math.ceil(clear.length / 60) === 0);
		assert.ok(sample.length >= 30, `${sample.length} cells clear of symbols and labels sampled`);
		const { total, at } = await pngColourAt(page, png, sample.map(({ x, y }) => ({ x: x * 1.5, y: y * 1.5 })));
		const hits = at.filter(Boolean).length;
		assert.ok(hits >= 0.95 * sample.length, `${hits} of ${sample.length} sampled events have the events' colour in the PNG`);
		assert.ok(total > 200, `${total} pixels of the events' colour`);
	});
	// The same view without the table: no pixel of that colour, so those came from the events.
	await withPage(browser, VIEW, { reducedMotion: 'reduce', viewport: VIEWPORTS.projector }, async ({ page }) => {
		await page.locator('svg[aria-roledescription="map"]').focus();
		for (let i = 0; i < 3; i++) await page.keyboard.press('-');
		const png = await exportFile(page, { format: 'PNG image', size: 'hd' });
		assert.equal((await pngColourAt(page, png, [])).total, 0);
	});
});

test('exported PNGs with events at each fixed size, in English and French (written to test-results with SCREENSHOTS)', async () => {
	for (const lang of ['en', 'fr']) {
		await withPage(browser, `${WITH_EVENTS}&lang=${lang}`, { prepare, reducedMotion: 'reduce', viewport: VIEWPORTS.projector }, async ({ page }) => {
			await eventually(async () => /2\s000|2,000/.test((await page.locator('section.events').textContent().catch(() => '')) ?? ''), { timeout: 20_000, message: 'the events panel' });
			for (const [size, dimensions] of [
				['hd', [1920, 1080]],
				['square', [1080, 1080]],
				['4k', [3840, 2160]]
			]) {
				const png = await exportFile(page, { format: lang === 'en' ? 'PNG image' : 'Image PNG', size });
				const { width, height } = await page.evaluate(async (base64) => {
					const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))]));
					return { width: bitmap.width, height: bitmap.height };
				}, png.toString('base64'));
				assert.deepEqual([width, height], dimensions);
				if (process.env.SCREENSHOTS) writeFileSync(`${SCREENSHOT_DIR}export-events-${size}-${lang}.png`, png);
			}
		});
	}
});
