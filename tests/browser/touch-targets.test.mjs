// Touch targets on phones (issue 10, review 9): every control a finger can press on the explorer,
// an attack's view, the presenter's phone story and the embed is at least 44 × 44 CSS px (WCAG
// 2.5.5, "Target Size (Enhanced)"), at 390×844 and 360×640, in English and French, with every tab
// of the side panel and the map's key opened in turn.
//
// Exempt, as WCAG 2.5.8 allows: links inside running text ("Inline": the line height of the text
// around them sets their size). A checkbox or radio is measured with its label, which toggles it
// too (the label is part of its target). What does not take the pointer (pointer-events: none, as
// the map's keyboard-only focus rings) is no touch target.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, nextFrames, screenshot, withPage } from './harness.mjs';

const MIN = 44;
const PHONES = [
	{ width: 390, height: 844 },
	{ width: 360, height: 640 }
];
const PAGES = ['/', '/?focus=chinagodrar-2020-01-09', '/present', '/embed'];

let browser;
before(async () => {
	browser = await launchBrowser();
});
after(async () => {
	await browser?.close();
});

// The map's attack symbols are pressed by pointer only (their keyboard twins are rings), so they are named here.
const TARGETS = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="slider"], [role="tab"], [role="button"], [role="link"], [role="checkbox"], [role="switch"], [data-incident]';

/** The page's touch targets smaller than MIN in either direction, one line each ("what: w×h"). */
function smallTargets(page, min) {
	return page.evaluate(([min, selector]) => {
		const inRunningText = (link) => {
			if (link.tagName !== 'A' || getComputedStyle(link).display !== 'inline') return false;
			// The text around it: up through inline boxes, and through the items of a flex line (a
			// source's name, date and title share one line of a list).
			const inLine = (element) => getComputedStyle(element).display === 'inline' || /flex|grid/.test(getComputedStyle(element.parentElement).display);
			let block = link.parentElement;
			while (block?.parentElement && inLine(block)) block = block.parentElement;
			return block !== null && block.textContent.trim().length > link.textContent.trim().length;
		};
		const targetBox = (element) => {
			const label = (element.type === 'checkbox' || element.type === 'radio') && element.labels?.[0];
			const box = element.getBoundingClientRect();
			if (!label) return box;
			const around = label.getBoundingClientRect();
			const left = Math.min(box.left, around.left);
			const top = Math.min(box.top, around.top);
			return { width: Math.max(box.right, around.right) - left, height: Math.max(box.bottom, around.bottom) - top };
		};
		const found = [];
		for (const element of document.querySelectorAll(selector)) {
			const style = getComputedStyle(element);
			const box = targetBox(element);
			if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || style.pointerEvents === 'none') continue;
			if (element.closest('[inert]') || inRunningText(element)) continue;
			// 0.5 px of slack: boxes in rem land on fractions.
			if (box.width >= min - 0.5 && box.height >= min - 0.5) continue;
			const name = (element.getAttribute('aria-label') ?? element.getAttribute('title') ?? element.dataset?.incident ?? element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
			const classes = typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/)[0]}` : '';
			found.push(`${element.tagName.toLowerCase()}${classes} "${name}": ${Math.round(box.width)}×${Math.round(box.height)}`);
		}
		return found;
	}, [min, TARGETS]);
}

/** Pairs of the timeline's touch targets that overlap (a finger on both would press either), one line each. */
function overlappingTargets(page) {
	return page.evaluate((selector) => {
		const targets = [...document.querySelectorAll(`.timeline :is(${selector})`)]
			.filter((el) => getComputedStyle(el).pointerEvents !== 'none' && getComputedStyle(el).visibility !== 'hidden' && el.getBoundingClientRect().width > 0)
			.map((el) => ({ el, box: el.getBoundingClientRect(), name: (el.getAttribute('aria-label') ?? el.getAttribute('title') ?? el.dataset.contextMark ?? el.textContent).trim().slice(0, 40) }));
		const found = [];
		for (const [i, a] of targets.entries()) {
			for (const b of targets.slice(i + 1)) {
				if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
				const across = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
				const down = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
				if (across > 0.5 && down > 0.5) found.push(`"${a.name}" and "${b.name}" share ${Math.round(across)}×${Math.round(down)} px`);
			}
		}
		return found;
	}, TARGETS);
}

/**
 * The small targets once the page has settled: the same list twice, a few frames apart (the map
 * may still be drawn at an earlier size for a frame after the layout changed under it).
 */
async function settled(page) {
	let last = await smallTargets(page, MIN);
	for (let i = 0; i < 10; i++) {
		await nextFrames(page);
		const now = await smallTargets(page, MIN);
		if (JSON.stringify(now) === JSON.stringify(last)) return now;
		last = now;
	}
	return last;
}

/** Every state of the page worth measuring: as it opens, with the map's key open, then each tab of the side panel. */
async function everyState(page, measure) {
	await measure('opened');
	const key = page.locator('.map-key .toggle');
	if ((await key.count()) > 0 && (await key.getAttribute('aria-expanded')) === 'false') {
		await key.click();
		await measure('key open');
	}
	for (const tab of await page.getByRole('tab').all()) {
		await tab.click();
		await measure(`tab ${(await tab.textContent()).trim()}`);
	}
}

for (const viewport of PHONES) {
	for (const lang of ['en', 'fr']) {
		for (const path of PAGES) {
			test(`every touch target is at least ${MIN}×${MIN} px on ${path} at ${viewport.width}×${viewport.height} (${lang})`, async () => {
				const url = `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;
				await withPage(browser, url, { viewport, touch: true, reducedMotion: 'reduce' }, async ({ page }) => {
					// Each small target once, with the first state it was seen in.
					const small = new Map();
					await everyState(page, async (state) => {
						for (const line of await settled(page)) if (!small.has(line)) small.set(line, `${line} (${state})`);
					});
					await screenshot(page, `touch-${path.replace(/\W+/g, '-')}-${viewport.width}-${lang}`, { fullPage: true });
					assert.deepEqual([...small.values()], [], `targets under ${MIN} px`);
				});
			});
		}
	}
}

// Targets at least 44 px wide must not overlap either: the context events' diamonds beside the
// attacks' marks on the detail track were 44 px targets each, over the attacks' (and each other's).
for (const viewport of PHONES) {
	for (const path of ['/', '/?focus=chinagodrar-2020-01-09']) {
		test(`no two of the timeline's touch targets overlap on ${path} at ${viewport.width}×${viewport.height}`, async () => {
			await withPage(browser, path, { viewport, touch: true, reducedMotion: 'reduce' }, async ({ page }) => {
				await nextFrames(page);
				assert.ok((await page.locator('.timeline .mark').count()) > 0, 'attacks on the track');
				assert.deepEqual(await overlappingTargets(page), []);
			});
		});
	}
}
