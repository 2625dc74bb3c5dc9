// The casualty chart read at a glance (review 20), at desktop, projector and two phone sizes, in
// both languages: each series' value at the window's end labelled beside it, no label over
// another or past the figure's edge; a shortcut to where the attacks cluster and back; the tooltip
// inside the figure wherever the pointer is. Expected values are summed by hand from the seed (as in
// casualties.test.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, launchBrowser, nextFrames, screenshot, withPage } from './harness.mjs';

const SIZES = [
	{ name: '1280x800', viewport: { width: 1280, height: 800 } },
	{ name: '1920x1080', viewport: { width: 1920, height: 1080 } },
	{ name: '390x844', viewport: { width: 390, height: 844 }, touch: true },
	{ name: '360x640', viewport: { width: 360, height: 640 }, touch: true }
];

const WORDS = {
	// Security forces 4 + 4 + 1 + 13 + 71 + 89; the Islamic State's "more than 100"; attackers as claimed by their opponents ≥ 21 + ≥ 1 + 77.
	en: { ends: ['182', 'more than 100', 'at least 99'], zoom: /^Zoom to Dec 2019\s–\sJan 2020$/, whole: 'Whole period', months: ['December 2019', 'January 2020'], start: '24 June 2017',
		// The summary's items, whose labels hold commas, are parted by semicolons: "…; A; B."
		last: 'Total: 182; Security forces, as claimed by the attackers: more than 100; Attackers, as claimed by their opponents: at least 99.' },
	fr: { ends: ['182', 'plus de 100', 'au moins 99'], zoom: /^Zoomer sur déc\. 2019\s–\sjanv\. 2020$/, whole: 'Toute la période', months: ['décembre 2019', 'janvier 2020'], start: '24 juin 2017',
		last: 'Total\u00a0: 182\u00a0; Forces de sécurité, selon les assaillants\u00a0: plus de 100\u00a0; Assaillants, selon leurs adversaires\u00a0: au moins 99.' }
};

let browser;
before(async () => {
	browser = await launchBrowser();
});
after(async () => {
	await browser?.close();
});

const chart = (page) => page.locator('.casualties figure.chart').first();

/** Boxes of the figure, the plot's svg and each end label's text, in page px. */
async function endLabelBoxes(page) {
	await chart(page).scrollIntoViewIfNeeded();
	return chart(page).evaluate((figure) => {
		const box = (element) => {
			const { left, top, right, bottom } = element.getBoundingClientRect();
			return { left, top, right, bottom };
		};
		const svg = figure.querySelector('.plot svg');
		return {
			figure: box(figure),
			svg: box(svg),
			labels: [...svg.querySelectorAll('.end-label')].map((label) => ({ text: label.querySelector('text').textContent, ...box(label.querySelector('text')) }))
		};
	});
}

const inside = (inner, outer) => inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5 && inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5;
const overlap = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

for (const lang of ['en', 'fr']) {
	const w = WORDS[lang];

	// One page a size for both checks: an explorer page costs more than either.
	test(`each series' end value is labelled, no label over another nor past the figure; the tooltip stays inside the figure and off the values under the pointer, wherever it is; at every size (${lang})`, async () => {
		for (const { name, viewport, touch } of SIZES) {
			await withPage(browser, `/?lang=${lang}`, { viewport, touch }, async ({ page }) => {
				const { figure, svg, labels } = await endLabelBoxes(page);
				assert.deepEqual(labels.map((label) => label.text).sort(), [...w.ends].sort(), `${name}: the window's end values`);
				for (const label of labels) {
					assert.ok(inside(label, figure), `${name}: "${label.text}" inside the figure ${JSON.stringify(label)} ${JSON.stringify(figure)}`);
					assert.ok(inside(label, svg), `${name}: "${label.text}" inside the plot's drawing`);
				}
				for (const [i, a] of labels.entries()) for (const b of labels.slice(i + 1)) assert.ok(!overlap(a, b), `${name}: "${a.text}" and "${b.text}" overlap`);
				await screenshot(chart(page), `casualty-chart-${name}-${lang}`);
				await expectTooltipInside(page, name, lang);
			});
		}
	});

	test(`"zoom to Dec 2019 – Jan 2020" narrows the chart's axis to where the attacks cluster, and "whole period" widens it back (${lang})`, async () => {
		await withPage(browser, `/?lang=${lang}`, async ({ page }) => {
			const summary = () => chart(page).locator('p.visually-hidden').textContent();
			const group = chart(page).getByRole('group');
			assert.match(await summary(), new RegExp(w.start), 'the whole period at first');
			assert.ok((await summary()).endsWith(w.last), `the items parted by semicolons: ${await summary()}`);
			const zoom = group.getByRole('button', { name: w.zoom });
			// From the keyboard: a real button, focused and pressed with Enter.
			await zoom.focus();
			await page.keyboard.press('Enter');
			// The axis runs from early December 2019 (Inates, 10 December) to mid-January 2020 (Chinagodrar's last report, 12 January).
			const zoomed = await eventually(async () => {
				const text = await summary();
				return text.includes(w.months[0]) && !text.includes(w.start) ? text : null;
			}, { message: 'the zoomed window in the summary' });
			assert.ok(zoomed.indexOf(w.months[0]) < zoomed.indexOf(w.months[1]), zoomed);
			const days = [...zoomed.matchAll(/(\d+) (?:December|décembre) 2019/g)].map((m) => Number(m[1]));
			assert.ok(days[0] >= 1 && days[0] <= 10, `starts in December before Inates: ${zoomed}`);
			const ticks = await chart(page).locator('.plot .axis text').allTextContents();
			assert.ok(!ticks.some((tick) => /^(2018|2019)$/.test(tick)), `day ticks, not years: ${ticks}`);
			await screenshot(chart(page), `casualty-chart-zoomed-${lang}`);

			await group.getByRole('button', { name: w.whole }).click();
			await eventually(async () => (await summary()).includes(w.start), { message: 'the whole period again' });
		});
	});
}

/** Points at six places across the plot: each time a tooltip shows, inside the figure and off the values under the pointer. */
async function expectTooltipInside(page, name, lang) {
	await chart(page).locator('.plot svg').scrollIntoViewIfNeeded();
	const svg = await chart(page).locator('.plot svg').boundingBox();
	// The plot's left and right, from its time axis (the svg's units are its px).
	const axis = chart(page).locator('.plot .axis > line').first();
	const [left, right] = [Number(await axis.getAttribute('x1')), Number(await axis.getAttribute('x2'))];
	for (const share of [0.01, 0.15, 0.5, 0.62, 0.85, 0.99]) {
		const pointer = { x: svg.x + left + (right - left) * share, y: svg.y + svg.height / 2 };
		await page.mouse.move(pointer.x, pointer.y);
		await nextFrames(page);
		const tooltip = chart(page).locator('.tooltip');
		await tooltip.waitFor({ state: 'visible', timeout: 3000 }).catch(() => assert.fail(`${lang} ${name} at ${share}: no tooltip under the pointer`));
		const boxes = await chart(page).evaluate((figure) => {
			const box = (element) => {
				const { left, top, right, bottom } = element.getBoundingClientRect();
				return { left, top, right, bottom };
			};
			return { figure: box(figure), tooltip: box(figure.querySelector('.tooltip')) };
		});
		assert.ok(inside(boxes.tooltip, boxes.figure), `${lang} ${name} at ${share}: ${JSON.stringify(boxes)}`);
		// In the side panel it used to cover the whole plot, the pointer's values with it.
		const { tooltip: t } = boxes;
		const covers = t.left <= pointer.x && pointer.x <= t.right && t.top <= pointer.y && pointer.y <= t.bottom;
		assert.ok(!covers, `${lang} ${name} at ${share}: the tooltip ${JSON.stringify(t)} covers the pointer at ${JSON.stringify(pointer)}`);
		if (share === 0.5) await screenshot(chart(page), `casualty-chart-tooltip-${name}-${lang}`);
	}
}
