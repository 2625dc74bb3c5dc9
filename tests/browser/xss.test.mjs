// Text from a file is inert: an event table whose every text (ids, places, notes, sources, event
// types, actors, countries, regions, the name and the counting rule) carries a payload is loaded
// by ?data= and shown in every view that shows event text (the events panel, the card on the map
// of the explorer, /present and /embed, in English and French) as text; nothing runs (alert,
// confirm and prompt are hooked) and no element or handler is injected. The table is the project's
// synthetic generator's (npm run generate -- --payloads), and says it is synthetic.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { eventually, expectInert, launchBrowser, readDownload, nextFrames, syntheticFile, withPage, SCREENSHOT_DIR } from './harness.mjs';

// The name carries a 1 MB string of markup; rows cycle through the rest (each row has every one in some text).
const LONG = '<img src=x onerror=alert(1)>'.repeat(36_000);
const PAYLOADS = [
	LONG,
	'<svg onload=alert(2)><script>alert(3)</script>',
	'"><img src=x onerror=alert(4)>',
	"' onmouseover='alert(5)' x='",
	'javascript:alert(6)',
	'data:text/html,<script>alert(7)</script>',
	'</title></textarea></script><script>alert(8)</script>',
	'<a href="javascript:alert(9)">link</a>',
	'<iframe srcdoc="<script>alert(10)</script>"></iframe>',
	'\u202Egnp.exe\u202C {@html "<b>x</b>"} $& $1'
];
const SHORT = PAYLOADS.slice(1);

let browser;
let table;
before(async () => {
	mkdirSync(SCREENSHOT_DIR, { recursive: true });
	const payloads = `${SCREENSHOT_DIR}xss-payloads.json`;
	writeFileSync(payloads, JSON.stringify(PAYLOADS));
	table = readFileSync(syntheticFile('xss-events.bin', ['--events', 40, '--seed', 8, '--payloads', payloads]));
	browser = await launchBrowser();
});
after(async () => {
	await browser?.close();
});

const prepare = (page) => page.route('**/test-data/xss.bin', (route) => route.fulfill({ body: table, contentType: 'application/octet-stream' }));

/**
 * Waits, in the page, for the events panel to count the table's 40 events. Read from here, the
 * panel's text (4 MB once the table is shown: the name and the commonest types and countries are
 * 1 MB each) crossed the DevTools pipe at each poll, 0.6 to 10 s a read at load 19, beside
 * the page it waited for.
 */
const panelCounted = (page) =>
	page.waitForFunction(() => /\b40\b/.test(document.querySelector('section.events')?.textContent ?? ''), null, { timeout: 20_000, polling: 100 });

/** The payloads a text shows literally, as the characters of the payload. */
const shown = (text) => SHORT.filter((payload) => text.includes(payload.trim()));

/** Hovers drawn events (lit pixels of the events' canvas, far enough apart) and returns each card's text. */
async function cardsOnMap(page, most = 6) {
	const points = await page.evaluate((n) => {
		const canvas = document.querySelector('.map canvas');
		const { data, width, height } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
		const rect = canvas.getBoundingClientRect();
		const scale = canvas.width / rect.width;
		/** Not under the map's key, controls, clock or inset, nor an attack's symbol, which take the pointer. */
		const open = (x, y) => !document.elementFromPoint(rect.left + x / scale, rect.top + y / scale)?.closest('[data-map-chrome], [data-incident], [data-incident-key]');
		const found = [];
		for (let i = 3; i < data.length && found.length < n; i += 4) {
			if (data[i] === 0) continue;
			const x = ((i - 3) / 4) % width;
			const y = Math.floor((i - 3) / 4 / width);
			if (open(x, y) && found.every((p) => Math.hypot(p.x - x, p.y - y) > 20 * scale) && y < height) found.push({ x: x / scale, y: y / scale });
		}
		return found;
	}, most);
	const box = await page.locator('.map canvas').boundingBox();
	const texts = [];
	for (const { x, y } of points) {
		await page.mouse.move(box.x + x + 0.5, box.y + y + 0.5);
		await nextFrames(page);
		const card = page.getByRole('tooltip');
		// An attack's symbol over the point (the map may have moved since the points were read) shows its own card.
		const overAttack = await page.evaluate(({ x, y }) => {
			const box = document.querySelector('.map canvas').getBoundingClientRect();
			return document.elementFromPoint(box.left + x + 0.5, box.top + y + 0.5)?.closest('[data-incident], [data-incident-key]') != null;
		}, { x, y });
		if (overAttack) continue;
		if ((await card.count()) > 0) texts.push(await card.textContent());
	}
	return texts;
}

async function expectCardsAsText(page) {
	const cards = await eventually(async () => {
		const texts = await cardsOnMap(page);
		return texts.length > 0 ? texts : null;
	}, { timeout: 10_000, message: 'an event card' });
	for (const text of cards) {
		assert.match(text, /SYN-/, 'the card says the event is synthetic');
		assert.ok(shown(text).length >= 3, `the card shows payloads as text: ${text.slice(0, 300)}`);
	}
	return cards.length;
}

for (const lang of ['en', 'fr']) {
	test(`the explorer (${lang}) shows every text of a hostile table as text, in the panel and the cards, and runs nothing`, async () => {
		await withPage(browser, `/?data=/test-data/xss.bin&t=2020-01-20T00:00:00Z&lang=${lang}`, { prepare }, async ({ page }) => {
			const panel = page.locator('section.events');
			await panelCounted(page);
			const text = await panel.textContent();
			assert.ok(text.includes(LONG), 'the 1 MB name, whole, as text');
			assert.ok(shown(text).length >= 2, `the panel shows payloads as text: ${text.slice(LONG.length, LONG.length + 400)}`);
			assert.match(text, lang === 'en' ? /Synthetic data/ : /synthétiques/i);
			// The explorer opens on the border region: zoomed out, the map shows the whole table.
			await page.locator('svg[aria-roledescription="map"]').focus();
			for (let i = 0; i < 4; i++) await page.keyboard.press('-');
			console.log(`# ${lang} explorer: ${await expectCardsAsText(page)} event cards checked`);
			await expectInert(page);
		});
	});
}

// The clock is moved to the window's end, after many of the events, and the map zoomed out to show the region (events are 1 px there).
for (const path of ['/present?', '/embed?t=2020-01-20T00:00:00Z&']) {
	test(`${path.split('?')[0]} shows a hostile table’s cards as text and runs nothing`, async () => {
		await withPage(browser, `${path}data=/test-data/xss.bin&lang=en`, { prepare, reducedMotion: 'reduce' }, async ({ page }) => {
			// The 4 MB of text take a loaded machine a while to read and lay out: waited for while the page
			// keeps loading files or adding elements.
			const work = () => page.evaluate(() => [performance.getEntriesByType('resource').length, document.getElementsByTagName('*').length]);
			await eventually(() => page.evaluate(() => document.querySelector('.map canvas') !== null), { timeout: 20_000, progress: work, message: 'the events canvas' });
			await page.getByRole('slider', { name: 'Time' }).focus();
			await page.keyboard.press('End');
			// From the keyboard: /present has no zoom buttons.
			await page.locator('svg[aria-roledescription="map"]').focus();
			for (let i = 0; i < 4; i++) await page.keyboard.press('-');
			console.log(`# ${path.split('?')[0]}: ${await expectCardsAsText(page)} event cards checked`);
			await expectInert(page);
		});
	});
}

/** The elements an exported SVG is made of (export/svg-writer.ts): nothing that runs, links or embeds. */
const SVG_ELEMENTS = new Set(['svg', 'title', 'desc', 'defs', 'clipPath', 'rect', 'g', 'path', 'circle', 'text', 'tspan']);

test('an SVG exported with a hostile table loaded has its payloads as escaped text only: no script, foreignObject, handler or link', async () => {
	await withPage(browser, '/?data=/test-data/xss.bin&t=2020-01-20T00:00:00Z', { prepare, reducedMotion: 'reduce' }, async ({ page }) => {
		await panelCounted(page);
		await page.getByRole('button', { name: 'Export', exact: true }).click();
		const dialog = page.getByRole('dialog');
		await dialog.getByRole('radio', { name: /SVG/ }).check();
		const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download' }).click()]);
		const svg = await readDownload(download, 'utf8');
		// Text cannot hold a raw "<": every tag in the file is markup, and only the markup is searched.
		const tags = svg.match(/<[^>]*>/g).join('\n');
		assert.doesNotMatch(tags, /<(script|foreignObject|iframe|img|a|image|use|style|animate|set)\b/i, 'no element that runs, embeds or links');
		assert.doesNotMatch(tags, /\son[a-z]+\s*=/i, 'no event-handler attribute');
		assert.doesNotMatch(tags, /(href|src)\s*=/i, 'no link');
		assert.doesNotMatch(tags, /javascript:/i, 'no javascript: value');
		// The dataset's name (the first payload) and rule (the second) are in the file as escaped characters.
		assert.ok(svg.includes('&lt;img src=x onerror=alert(1)&gt;'), 'the name, escaped');
		assert.ok(svg.includes('&lt;svg onload=alert(2)&gt;'), 'the counting rule, escaped');
		const read = await page.evaluate(
			({ source, allowed }) => {
				const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
				const elements = [...doc.querySelectorAll('*')];
				return {
					error: doc.querySelector('parsererror')?.textContent ?? null,
					unknown: [...new Set(elements.map((e) => e.localName).filter((name) => !allowed.includes(name)))],
					handlers: elements.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value)).map((a) => `${e.localName} ${a.name}`)),
					texts: [...doc.querySelectorAll('text')].map((t) => t.textContent)
				};
			},
			{ source: svg, allowed: [...SVG_ELEMENTS] }
		);
		assert.equal(read.error, null);
		assert.deepEqual(read.unknown, [], 'only the writer’s own elements');
		assert.deepEqual(read.handlers, [], 'no handler or script URL in any attribute');
		// As text, read back: the payloads are characters of the texts, not elements.
		assert.ok(read.texts.some((t) => t.includes('Synthetic events (not real data), seed 8 <img src=x onerror=alert(1)>')), 'the credit names the dataset, payload and all, as text');
		assert.ok(read.texts.some((t) => t.includes('<svg onload=alert(2)>')), 'the deaths line gives the rule as text');
		await expectInert(page);
	});
});
