// The presenter's controls laid out cleanly (issue 10): at projector, laptop and phone sizes, in
// English and French, every control is whole, inside the screen and its bar, and clear of the others.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { atRest, launchBrowser, nextFrames, screenshot, seed, withPage } from './harness.mjs';

let browser;
before(async () => {
	browser = await launchBrowser();
});
after(async () => {
	await browser?.close();
});

const SIZES = [
	{ width: 1920, height: 1080 },
	{ width: 1280, height: 720 },
	{ width: 1280, height: 800 },
	{ width: 390, height: 844 }
];

/**
 * Every shown control of the presenter's bar (on a phone, of the story that takes its place), each
 * with its box, its bar's box, the box of its text and the viewport, all in viewport pixels. On a
 * phone the page scrolls, so each control is scrolled into view before it is measured.
 */
function measure(page) {
	return page.evaluate(() => {
		const scrolls = document.scrollingElement.scrollHeight > innerHeight;
		const box = (r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
		const controls = [...document.querySelectorAll('.controls :is(button, a), .scroll :is(button, a)')].filter(
			(el) => el.getClientRects().length > 0 && !el.closest('dialog, [role="menu"], ul, ol')
		);
		return controls.map((el) => {
			if (scrolls) el.scrollIntoView({ block: 'nearest' });
			const range = document.createRange();
			range.selectNodeContents(el);
			return {
				name: el.getAttribute('aria-label') ?? el.textContent.trim(),
				box: box(el.getBoundingClientRect()),
				text: box(range.getBoundingClientRect()),
				bar: box(el.closest('.controls, .scroll').getBoundingClientRect()),
				viewport: { left: 0, top: 0, right: innerWidth, bottom: innerHeight }
			};
		});
	});
}

const inside = (inner, outer, slack = 0.5) =>
	inner.left >= outer.left - slack && inner.top >= outer.top - slack && inner.right <= outer.right + slack && inner.bottom <= outer.bottom + slack;
const overlap = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

/** What is wrong with the controls as measured: one line per control cut or overlapping. */
function problems(controls) {
	const found = [];
	for (const [i, c] of controls.entries()) {
		if (!inside(c.box, c.viewport)) found.push(`“${c.name}” is cut by the screen: ${JSON.stringify(c.box)}`);
		if (!inside(c.box, c.bar)) found.push(`“${c.name}” leaves its bar: ${JSON.stringify(c.box)} in ${JSON.stringify(c.bar)}`);
		if (!inside(c.text, c.box, 1)) found.push(`“${c.name}”'s text leaves the button: ${JSON.stringify(c.text)} in ${JSON.stringify(c.box)}`);
		for (const other of controls.slice(i + 1)) if (overlap(c.box, other.box)) found.push(`“${c.name}” overlaps “${other.name}”`);
	}
	return found;
}

for (const lang of ['en', 'fr']) {
	test(`every control of the presenter's bar is whole, inside the screen and the bar, and overlaps none at ${SIZES.map((s) => `${s.width}×${s.height}`).join(', ')} (${lang})`, async () => {
		for (const viewport of SIZES) {
			const size = `${viewport.width}×${viewport.height}`;
			await withPage(browser, `/present?chapter=inates&lang=${lang}`, { viewport, reducedMotion: 'reduce' }, async ({ page }) => {
				const phone = viewport.width <= 900;
				// Both labels of the play button (Play this chapter, Pause): the bar fits either, and keeps
				// its layout from one to the other (the button keeps the width of the longer label).
				const boxes = {};
				for (const state of phone ? ['story'] : ['paused', 'playing']) {
					if (state === 'playing') {
						await page.keyboard.press('p');
						await nextFrames(page);
					}
					// Paused, the bar is read once the page has come to rest (two reads frames apart agree):
					// a read while a loaded machine still lays out the page's first frames is not "at rest".
					const controls = state === 'paused' ? await atRest(page, measure, 'the bar at rest') : await measure(page);
					// The bar's buttons: 4 steps, the chapter menu, play, black-out, full screen, notes, explorer, print, export.
					// On a phone the story's own: its way to the explorer.
					assert.ok(controls.length >= (phone ? 1 : 12), `${size} ${state}: ${controls.length} controls found: ${controls.map((c) => c.name).join(', ')}`);
					assert.deepEqual(problems(controls), [], `${size} ${state}`);
					boxes[state] = controls.map((c) => ({ name: c.name, box: Object.values(c.box).map(Math.round) }));
				}
				if (!phone) {
					const moved = boxes.paused.filter((c, i) => c.box.join() !== boxes.playing[i]?.box.join());
					assert.deepEqual(moved, [], `${size}: the bar's controls where they were when paused (${JSON.stringify(boxes.playing)})`);
				}
				await screenshot(page, `present-controls-${lang}-${size}`);
			});
		}
	});
}

/**
 * The bar's rows as laid out: its controls sorted by their tops, a control starting a row when its
 * top is below the bottom of every control of the row before; and the bar's own height.
 */
function barRows(page) {
	return page.evaluate(() => {
		const bar = document.querySelector('.controls nav.bar');
		const boxes = [...bar.querySelectorAll('button, a')]
			.filter((el) => el.getClientRects().length > 0 && !el.closest('dialog, ul, ol'))
			.map((el) => el.getBoundingClientRect())
			.sort((a, b) => a.top - b.top);
		const rows = [];
		for (const box of boxes) {
			const row = rows.at(-1);
			if (row && box.top < row.bottom - 0.5) row.bottom = Math.max(row.bottom, box.bottom);
			else rows.push({ top: box.top, bottom: box.bottom });
		}
		return { rows: rows.length, height: Math.round(bar.getBoundingClientRect().height) };
	});
}

// The French bar had three rows where the English one had two (the full-screen button kept the room
// of "Quitter le plein écran" on the first row): on a projector, a row the bar takes may be one the
// map loses. Each chapter is measured: the bar stays as it is from one chapter to the next.
for (const viewport of [SIZES[0], SIZES[1], SIZES[2]]) {
	const size = `${viewport.width}×${viewport.height}`;
	test(`at ${size} the French bar takes no more rows nor height than the English one, in every chapter`, async () => {
		const bars = {};
		for (const lang of ['en', 'fr']) {
			await withPage(browser, `/present?chapter=${seed.chapters[0].id}&lang=${lang}`, { viewport, reducedMotion: 'reduce' }, async ({ page }) => {
				bars[lang] = [];
				for (const [index, { id }] of seed.chapters.entries()) {
					if (index > 0) {
						await page.keyboard.press('PageDown');
						await page.waitForURL((url) => url.searchParams.get('chapter') === id);
					}
					bars[lang].push(await atRest(page, barRows, `the bar at rest at ${id}`));
				}
				await screenshot(page, `present-bar-${lang}-${size}`);
			});
		}
		for (const [index, { id }] of seed.chapters.entries()) {
			const [en, fr] = [bars.en[index], bars.fr[index]];
			assert.ok(fr.rows <= en.rows && fr.height <= en.height, `${size}, chapter ${index + 1} (${id}): French ${JSON.stringify(fr)}, English ${JSON.stringify(en)}`);
		}
		for (const lang of ['en', 'fr']) assert.equal(new Set(bars[lang].map((bar) => JSON.stringify(bar))).size, 1, `${size} (${lang}): the same bar in every chapter: ${JSON.stringify(bars[lang])}`);
	});
}

/** Every piece of text in the killed-so-far table with its computed size, and whether the strip shows the whole table. */
function readStrip(page) {
	return page.evaluate(() => {
		const strip = document.querySelector('.killed');
		const texts = [...strip.querySelectorAll('caption, th, td, span, p')].filter(
			(el) => el.getClientRects().length > 0 && [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent.trim())
		);
		return {
			text: strip.querySelector('table').innerText,
			sizes: texts.map((el) => ({ text: el.textContent.trim().slice(0, 40), px: parseFloat(getComputedStyle(el).fontSize) })),
			whole: strip.scrollHeight <= strip.clientHeight + 1
		};
	});
}

// The toll rises through this chapter's window: 25 on the day, a range from the 11th, 89 from the 12th.
const RISING = 'chinagodrar-toll-rises';
/** The smallest text of the table at each size, for the projector's to be compared with the laptop's. */
const smallest = {};

for (const lang of ['en', 'fr']) {
	for (const viewport of [SIZES[1], SIZES[2], SIZES[0]]) {
		const size = `${viewport.width}×${viewport.height}`;
		test(`at ${size} (${lang}) the bar's controls stay put and the killed so far is whole and at least 14 px while the figures change`, async () => {
			await withPage(browser, `/present?chapter=${RISING}&lang=${lang}`, { viewport, reducedMotion: 'reduce' }, async ({ page }) => {
				const slider = page.getByRole('slider');
				await slider.focus();
				await page.keyboard.press('Home');
				await nextFrames(page);
				const start = await measure(page);
				const tables = new Set();
				let minPx = Infinity;
				// Through the chapter's window a step at a time, as playing it would, to its end.
				for (let step = 0; ; step++) {
					const strip = await readStrip(page);
					tables.add(strip.text);
					const small = strip.sizes.reduce((a, b) => (b.px < a.px ? b : a));
					minPx = Math.min(minPx, small.px);
					assert.ok(small.px >= 14, `${size}, step ${step}: “${small.text}” is ${small.px} px`);
					assert.ok(strip.whole, `${size}, step ${step}: the whole table in its strip`);
					const now = await measure(page);
					const moved = now.filter((c, i) => Object.keys(c.box).some((side) => Math.abs(c.box[side] - start[i].box[side]) > 1));
					assert.deepEqual(moved.map((c) => c.name), [], `${size}, step ${step}: controls moved (${JSON.stringify(moved.map((c) => [c.name, c.box]))})`);
					if (Number(await slider.getAttribute('aria-valuenow')) >= Number(await slider.getAttribute('aria-valuemax'))) break;
					assert.ok(step < 100, "the window's end reached");
					await page.keyboard.press('PageUp');
					await nextFrames(page);
				}
				assert.ok(tables.size >= 3, `the figures changed through the chapter (${tables.size} tables seen)`);
				smallest[`${lang} ${size}`] = minPx;
				if (viewport.width === 1920) assert.ok(minPx > smallest[`${lang} 1280×720`], `larger on the projector: ${minPx} px against ${smallest[`${lang} 1280×720`]} px`);
				await screenshot(page, `present-killed-${lang}-${size}`);
			});
		});
	}
}

for (const lang of ['en', 'fr']) {
	test(`the Export dialog opened by its key gives the focus back to the Export button (${lang})`, async () => {
		await withPage(browser, `/present?chapter=inates&lang=${lang}`, { viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' }, async ({ page }) => {
			const exportButton = page.locator('nav.bar button[aria-haspopup="dialog"]');
			for (const open of ['key', 'button']) {
				if (open === 'key') await page.keyboard.press('e');
				else await exportButton.click();
				await page.locator('dialog[open]').waitFor();
				await page.keyboard.press('Escape');
				await page.locator('dialog[open]').waitFor({ state: 'detached' });
				assert.equal(await exportButton.evaluate((button) => button === document.activeElement), true, `opened by the ${open}: focus on the Export button, not ${await page.evaluate(() => document.activeElement.outerHTML.slice(0, 80))}`);
			}
		});
	});
}
