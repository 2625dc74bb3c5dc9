// The printed handout (/print): what window.print() makes of it in Chromium, on A4 and Letter, in
// English and French, read from the PDF itself and from the page laid out for print.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, eventually, launchBrowser, nextFrames, textIn, screenshot, seriousViolations, withPage, VIEWPORTS, seed } from './harness.mjs';

const chapters = seed.chapters;
const sources = new Map(seed.sources.map((source) => [source.id, source]));

/** Paper sizes in PDF points (1/72 in) and the @page margin the handout asks for. */
const MM = 72 / 25.4;
const PAPERS = {
	a4: { label: { en: 'A4', fr: 'A4' }, width: 210 * MM, height: 297 * MM },
	letter: { label: { en: 'US Letter', fr: 'Lettre US' }, width: 612, height: 792 }
};
const MARGIN_MM = 14;
/** CSS pixels per point. */
const PX = 96 / 72;

let browser;
before(async () => {
	browser = await launchBrowser();
});
after(async () => {
	await browser?.close();
});

/** Every chapter's map drawn (its labels placed) and its QR code made: what a reader waits for before printing. */
async function waitForSheets(page) {
	await eventually(
		() =>
			page.evaluate(
				(n) => document.querySelectorAll('.sheet .map svg.overlay text').length > 0 && document.querySelectorAll('.sheet svg.qr path').length === n,
				chapters.length
			),
		{ timeout: 20_000, message: 'every map and QR code drawn' }
	);
	await nextFrames(page);
}

/** The pages of a PDF Chromium wrote: how many its page tree declares, and each page object's MediaBox in points. */
function pdfPages(pdf) {
	const text = pdf.toString('latin1');
	const pages = [...text.matchAll(/\/Type\s*\/Page\b[^]*?\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)];
	// The page tree's root counts every page (Skia nests /Pages nodes, each counting its own).
	const declared = Math.max(...[...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)].map((m) => Number(m[1])));
	return { declared, boxes: pages.map((m) => ({ width: Number(m[3]) - Number(m[1]), height: Number(m[4]) - Number(m[2]) })) };
}

for (const lang of ['en', 'fr']) {
	for (const paper of ['a4', 'letter']) {
		test(`the handout prints one ${paper} page per chapter in ${lang}, each within its page, with its narration, figures, sources and live link`, async () => {
			const size = PAPERS[paper];
			const content = { width: (size.width - 2 * MARGIN_MM * MM) * PX, height: (size.height - 2 * MARGIN_MM * MM) * PX };
			// The window as wide as the page's printable width: the screen's sheets then lay out as print does.
			await withPage(browser, `/print?lang=${lang}`, { viewport: { width: Math.ceil(content.width) + 200, height: 900 } }, async ({ page }) => {
				await page.getByRole('radio', { name: size.label[lang], exact: true }).check();
				await waitForSheets(page);

				const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
				const { declared, boxes } = pdfPages(pdf);
				assert.equal(declared, chapters.length, 'one page per chapter, no page left with a heading alone');
				assert.equal(boxes.length, chapters.length);
				for (const box of boxes) {
					assert.ok(Math.abs(box.width - size.width) < 1.5 && Math.abs(box.height - size.height) < 1.5, `a ${paper} page, got ${box.width} × ${box.height} pt`);
				}

				await page.setViewportSize({ width: Math.floor(content.width), height: 900 });
				await page.emulateMedia({ media: 'print' });
				await nextFrames(page);
				assert.equal(await page.getByRole('button', { name: lang === 'en' ? 'Print' : 'Imprimer' }).isVisible(), false, 'no screen controls on paper');

				const sheets = await page.locator('.sheet').evaluateAll((elements) =>
					elements.map((sheet) => {
						const box = sheet.getBoundingClientRect();
						// Anything drawn outside the sheet's sides or below it would be cut by the page's edge (a 1-px visually hidden text is not
						// drawn; the map clips what it draws to its own box, which is checked).
						const outside = [...sheet.querySelectorAll('*')]
							.filter((element) => !element.parentElement.closest('.map'))
							.map((element) => ({ element, rect: element.getBoundingClientRect() }))
							.filter(({ rect }) => rect.width > 1 && (rect.left < box.left - 0.5 || rect.right > box.right + 0.5 || rect.bottom > box.bottom + 0.5))
							.map(({ element }) => element.tagName + '.' + element.getAttribute('class'));
						const article = sheet.querySelector('article');
						return {
							id: article.id,
							width: box.width,
							height: box.height,
							outside,
							text: article.innerText,
							mapHeight: sheet.querySelector('.map').getBoundingClientRect().height,
							// The key's list scrolls where it has too little room: on paper that would be a cut key.
							keyCut: [...sheet.querySelectorAll('.map [data-map-chrome="key"] ul')].some((list) => list.scrollHeight > list.clientHeight + 1),
							qr: [...sheet.querySelectorAll('svg.qr')].map((svg) => ({ label: svg.getAttribute('aria-label'), viewBox: svg.getAttribute('viewBox'), path: svg.querySelector('path').getAttribute('d') })),
							links: [...sheet.querySelectorAll('a')].map((a) => a.href),
							cited: [...sheet.querySelectorAll('.figure-sources cite')].map((cite) => cite.textContent.trim())
						};
					})
				);
				assert.deepEqual(
					sheets.map((sheet) => sheet.id),
					chapters.map((chapter) => chapter.id)
				);
				for (const [i, sheet] of sheets.entries()) {
					const chapter = chapters[i];
					assert.ok(sheet.width <= content.width + 0.5, `${chapter.id} is ${sheet.width} px wide, the page ${content.width}`);
					assert.ok(sheet.height <= content.height, `${chapter.id} is ${sheet.height.toFixed(0)} px tall, the page ${content.height.toFixed(0)}`);
					assert.deepEqual(sheet.outside, [], `${chapter.id}: nothing past the page's sides or foot`);
					assert.ok(sheet.mapHeight > content.height / 4, `${chapter.id}: the map has room`);
					assert.equal(sheet.keyCut, false, `${chapter.id}: the map's key is whole`);

					assert.ok(sheet.text.includes(chapter.title[lang]), `${chapter.id}: title`);
					assert.ok(sheet.text.includes(chapter.narration[lang]), `${chapter.id}: narration`);
					assert.ok(sheet.text.includes(lang === 'en' ? 'Killed so far' : 'Tués jusqu’ici'), `${chapter.id}: the killed-so-far table`);
					expectCitations(chapter, sheet.cited, sheet.text, lang);

					const live = `${BASE_URL}/present?chapter=${chapter.id}&lang=${lang}`;
					assert.deepEqual(sheet.qr.length, 1, `${chapter.id}: one QR code`);
					assert.equal(sheet.qr[0].label, live, `${chapter.id}: the QR code's text alternative is the chapter's absolute live link`);
					assert.ok(sheet.links.includes(live), `${chapter.id}: the live link as text`);
					expectQuietZone(sheet.qr[0]);
				}
				await screenshot(page, `handout-print-${paper}-${lang}`, { fullPage: true });
			});
		});
	}
}

/**
 * Each attack begun by the chapter's time with a killed toll cites one of its reports' sources,
 * and nothing cites a source that gave no killed figure for an attack begun by then.
 */
function expectCitations(chapter, cited, text, lang) {
	const t = Date.parse(chapter.cursor);
	const begun = seed.incidents.filter((incident) => Date.parse(incident.start) <= t && incident.tolls.some((toll) => toll.measure === 'killed'));
	const allowed = new Set(begun.flatMap((incident) => incident.tolls.filter((toll) => toll.measure === 'killed').flatMap((toll) => toll.reports.map((report) => sources.get(report.sourceId)))));
	for (const incident of begun) {
		const publishers = incident.tolls.filter((toll) => toll.measure === 'killed').flatMap((toll) => toll.reports.map((report) => textIn(sources.get(report.sourceId).publisher, lang)));
		assert.ok(cited.some((c) => publishers.some((publisher) => c.startsWith(publisher))), `${chapter.id}: ${incident.id}'s figures cite one of ${publishers.join(', ')}`);
	}
	for (const c of cited) assert.ok([...allowed].some((source) => c.startsWith(textIn(source.publisher, lang))), `${chapter.id}: "${c}" gave a killed figure for an attack begun by then`);
	if (begun.length === 0) assert.ok(text.includes(lang === 'en' ? 'No one had been reported killed' : 'Aucun mort'), `${chapter.id}: says no one had been reported killed`);
}

/** The symbol's modules lie 4 modules inside the code's white box on every side. */
function expectQuietZone({ viewBox, path }) {
	const size = Number(viewBox.split(' ')[2]);
	const xs = [...path.matchAll(/M(\d+) (\d+)h(\d+)/g)].flatMap(([, x, , w]) => [Number(x), Number(x) + Number(w)]);
	const ys = [...path.matchAll(/M(\d+) (\d+)h/g)].map(([, , y]) => Number(y));
	assert.equal(Math.min(...xs), 4);
	assert.equal(Math.max(...xs), size - 4);
	assert.equal(Math.min(...ys), 4);
	assert.equal(Math.max(...ys) + 1, size - 4);
}

test('a chapter’s live link opens the presenter at that chapter, in the handout’s language', async () => {
	const chapter = chapters.find((c) => c.focus === 'inates-2019-12-10') ?? chapters[1];
	await withPage(browser, '/print?lang=fr', async ({ page }) => {
		await waitForSheets(page);
		await page.locator(`#${chapter.id} .link a`).click();
		await page.waitForURL(/\/present\?/);
		await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
		await eventually(async () => (await page.locator('.story h1').textContent()) === chapter.title.fr, { message: 'the presenter at the chapter, in French' });
	});
});

test('the paper follows the reader’s region until they choose: Letter in the US, A4 in France', async () => {
	for (const [locale, expected] of [
		['en-US', 'letter'],
		['fr-FR', 'a4']
	]) {
		await withPage(browser, '/print', { locale }, async ({ page }) => {
			await eventually(() => page.locator(`input[name="paper"][value="${expected}"]`).isChecked(), { message: `${expected} for ${locale}` });
			const width = await page.locator('.sheet').first().evaluate((sheet) => sheet.getBoundingClientRect().width);
			assert.ok(Math.abs(width - (expected === 'a4' ? 210 : 215.9) * (96 / 25.4)) < 1, `a sheet as wide as the paper, got ${width} px`);
		});
	}
});

for (const path of ['/print', '/print?lang=fr']) {
	test(`axe finds no serious or critical violation on the handout’s screen view ${path}`, async () => {
		await withPage(browser, path, async ({ page }) => {
			await waitForSheets(page);
			assert.deepEqual(await seriousViolations(page), []);
			await screenshot(page, `handout-screen-${path.includes('fr') ? 'fr' : 'en'}`);
		});
	});
}

test('the explorer and the presenter link to the handout, the presenter at its chapter', async () => {
	await withPage(browser, '/?lang=fr', async ({ page }) => {
		assert.equal(await page.getByRole('link', { name: 'Imprimer le récit' }).getAttribute('href'), '/print?lang=fr');
	});
	await withPage(browser, `/present?chapter=${chapters[3].id}`, { viewport: VIEWPORTS.projector }, async ({ page }) => {
		const link = page.getByRole('link', { name: 'Print the story' });
		assert.equal(await link.getAttribute('href'), `/print?lang=en#${chapters[3].id}`);
	});
});

test('the handout reads on a phone: sheets fit the screen, nothing scrolls sideways', async () => {
	await withPage(browser, '/print', { viewport: VIEWPORTS.phone }, async ({ page }) => {
		await waitForSheets(page);
		assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 0);
		const map = await page.locator('.sheet .map').first().boundingBox();
		assert.ok(map.height > map.width / 2, `a map to see, ${map.width} × ${map.height} px`);
		await screenshot(page, 'handout-screen-phone');
	});
});
