// /embed fits the frame a host gives it (issue 10): in 600×450 and 320×450 frames on a page of
// another origin, for each `controls` and for a chapter embed with its text and steps, every
// control, the time and the totals are inside the frame and not hidden, and the frame does not
// scroll; in English and French.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { atRest, BASE_URL, begunFocus, eventually, launchBrowser, marksUnderOverlays, reportCspViolations, screenshot, seed, withPage } from './harness.mjs';
import { serveHost } from './cross-origin-host.mjs';

const APP_ORIGIN = new URL(BASE_URL).origin;
const SIZES = [
	{ width: 600, height: 450 },
	{ width: 320, height: 450 }
];
const CHAPTER = 'chinagodrar-two-fronts';
const EMBEDS = [
	{ name: 'full', query: 'focus=chinagodrar-2020-01-09&t=2020-01-09T13:28:00%2B01:00' },
	// One of the longest dates to say (December, an hour): "10 December 2019, 15:00 UTC+1" did not fit 320 px.
	{ name: 'minimal', query: 'controls=minimal&focus=inates-2019-12-10&t=2019-12-10T15:00:00%2B01:00' },
	{ name: 'none', query: 'controls=none' },
	{ name: 'chapter', query: `chapter=${CHAPTER}&narration=1&steps=1` },
	{ name: 'chapter-none', query: `chapter=${CHAPTER}&narration=1&steps=1&controls=none&totals=0` }
];

// One frame per embed, side by side, each at the size under test.
const FRAMES_PAGE = (search) => {
	const { width, height } = JSON.parse(search.get('size'));
	const lang = search.get('lang');
	const frames = EMBEDS.map(
		({ name, query }) =>
			`<iframe id="${name}" title="Sahel Timeline ${name}" src="${APP_ORIGIN}/embed?${query}&amp;lang=${lang}" width="${width}" height="${height}" style="border:0;vertical-align:top"></iframe>`
	);
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body style="margin:0">${frames.join('')}</body></html>`;
};

let browser;
let host;
before(async () => {
	browser = await launchBrowser();
	host = await serveHost({ '/': FRAMES_PAGE });
});
after(async () => {
	await browser?.close();
	await host?.close();
});

/**
 * Run inside a frame: what a reader of the frame cannot see or reach. Each control (anything
 * focusable outside the map's drawing), the time, the totals and the chapter's title must lie
 * inside the frame, inside every ancestor that clips, and be on top at their centre; the page
 * must not scroll either way.
 */
function unseen() {
	const problems = [];
	const { innerWidth: width, innerHeight: height } = window;
	const page = document.scrollingElement;
	if (page.scrollHeight > height + 1) problems.push(`the page scrolls: ${page.scrollHeight} px tall in ${height}`);
	if (page.scrollWidth > width + 1) problems.push(`the page scrolls sideways: ${page.scrollWidth} px wide in ${width}`);
	const name = (element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} "${(element.getAttribute('aria-label') ?? element.textContent).trim().slice(0, 30)}"`;
	// The chapter's text may scroll in a short frame: its scrolling box must show, at least two lines of it.
	const narration = document.querySelector('[data-fit="narration"]');
	const scroller = narration?.closest('[data-scroll]');
	// Or, in a short frame, is folded behind the button that opens it (embed-narration.test.mjs opens it).
	const folded = scroller && getComputedStyle(scroller).display === 'none';
	if (folded && document.querySelector(`button[aria-controls="${scroller.id}"][aria-expanded="false"]`) === null) problems.push("the chapter's text is hidden with no button to open it");
	if (scroller && !folded && scroller.clientHeight < 2 * parseFloat(getComputedStyle(narration).lineHeight)) problems.push(`the chapter's text shows under two lines: ${scroller.clientHeight} px`);
	const required = [...document.querySelectorAll('[data-fit]:not([data-fit="narration"]), .now .time')];
	const focusable = [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])')].filter(
		(element) => !element.closest('svg') && !element.closest('.visually-hidden') && !element.disabled
	);
	const map = document.querySelector('.map svg');
	for (const element of new Set([...required, ...focusable, ...(map ? [map] : [])])) {
		const box = element.getBoundingClientRect();
		if (box.width < 2 || box.height < 2) {
			if (required.includes(element)) problems.push(`${name(element)} is not shown`);
			continue;
		}
		const inside = (outer) => box.left >= outer.left - 1 && box.right <= outer.right + 1 && box.top >= outer.top - 1 && box.bottom <= outer.bottom + 1;
		if (!inside({ left: 0, top: 0, right: width, bottom: height })) {
			problems.push(`${name(element)} leaves the frame: ${Math.round(box.left)},${Math.round(box.top)} to ${Math.round(box.right)},${Math.round(box.bottom)}`);
			continue;
		}
		for (let ancestor = element.parentElement; ancestor; ancestor = ancestor.parentElement) {
			const style = getComputedStyle(ancestor);
			const clips = [style.overflowX, style.overflowY].some((o) => o !== 'visible');
			if (clips && ancestor !== document.body && ancestor !== document.documentElement && !inside(ancestor.getBoundingClientRect())) {
				problems.push(`${name(element)} is clipped by ${name(ancestor)}`);
				break;
			}
		}
		// The map is drawn in layers: it is whole if its box is; anything else must be on top.
		if (element === map) continue;
		const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
		if (top && !element.contains(top) && !top.contains(element)) problems.push(`${name(element)} is covered by ${name(top)}`);
	}
	return problems;
}

for (const lang of ['en', 'fr']) {
	for (const size of SIZES) {
		test(`in ${size.width}×${size.height} frames (${lang}), every embed shows all its controls, the time and the totals`, async () => {
			const context = await browser.newContext({ viewport: { width: 1700, height: 600 }, reducedMotion: 'reduce', locale: 'en-GB' });
			await reportCspViolations(context);
			const page = await context.newPage();
			const problems = [];
			page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
			page.on('pageerror', (error) => problems.push(error.message));
			await page.goto(`${host.origin}/?lang=${lang}&size=${encodeURIComponent(JSON.stringify(size))}`);
			for (const { name } of EMBEDS) {
				const frame = await (await page.locator(`#${name}`).elementHandle()).contentFrame();
				await frame.waitForFunction(() => document.body.dataset.hydrated === 'true' && document.querySelector('path[data-country]') !== null);
				const chapter = name.startsWith('chapter');
				// The chapter's text loads when asked for: wait for it before measuring.
				if (chapter) await frame.locator('[data-fit="narration"]').filter({ hasText: /\w/ }).waitFor({ state: 'attached' });
				await eventually(async () => (await frame.evaluate(unseen)).length === 0, {
					timeout: 4000,
					message: `${name} at ${size.width}×${size.height} (${lang}): ${(await frame.evaluate(unseen)).join('; ')}`
				}).catch((error) => problems.push(error.message));
				// What each kind of embed must show, counted apart from where it is.
				const count = (selector) => frame.locator(selector).count();
				assert.equal(await count('[data-fit="time"], .now .time'), 1, `${name}: the time is shown`);
				assert.equal(await count('[data-fit="totals"]'), name === 'chapter-none' ? 0 : 1, `${name}: the totals, unless hidden`);
				if (chapter) {
					assert.equal(await count('[data-fit="chapter-title"]'), 1, `${name}: the chapter's title`);
					assert.equal(await frame.getByRole('button', { name: lang === 'fr' ? /Chapitre suivant/ : /Next chapter/ }).count(), 1, `${name}: a next-chapter button`);
				}
				if (name === 'full' || name === 'chapter') assert.equal(await frame.getByRole('button', { name: lang === 'fr' ? 'Lire' : 'Play' }).count(), 1);
			}
			await screenshot(page, `embed-fit-${size.width}x${size.height}-${lang}`, { fullPage: true });
			assert.deepEqual(problems, []);
			await context.close();
		});
	}
}

// The map's zoom buttons and its key cover none of a chapter's attacks in a common frame: the camera
// frames the chapter's places in what they leave, chapter after chapter through the steps.
for (const lang of ['en', 'fr']) {
	test(`in a 600×450 frame (${lang}) no attack drawn lies under the map's buttons or key, in any chapter`, async () => {
		await withPage(browser, `/embed?chapter=${seed.chapters[0].id}&narration=1&steps=1&lang=${lang}`, { viewport: SIZES[0], reducedMotion: 'reduce' }, async ({ page }) => {
			const next = page.getByRole('button', { name: lang === 'fr' ? /Chapitre suivant/ : /Next chapter/ });
			for (const [index, { id, title }] of seed.chapters.entries()) {
				if (index > 0) await next.click();
				await eventually(async () => (await page.locator('[data-fit="chapter-title"]').textContent()) === title[lang], { message: `chapter ${id}` });
				const { drawn, under } = await atRest(page, (page) => marksUnderOverlays(page, 'main.map'), `the map at rest at ${id}`);
				const focus = begunFocus(seed.chapters[index]);
					assert.ok(!focus || drawn.includes(focus), `${id}: its attack drawn (${drawn})`);
				assert.deepEqual(under, [], `${id}: attacks under the map's overlays`);
			}
		});
	});
}
