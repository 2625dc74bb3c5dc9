// The totals a reader sees, in both languages: the one claims rule, "none reported", and a focused
// attack set apart from everything so far. Expected values are summed by hand from the seed (see
// src/lib/casualties/running-totals.test.ts for the report-by-report table).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, nextFrames, withPage, screenshot, VIEWPORTS } from './harness.mjs';

let browser;
before(async () => {
	browser = await launchBrowser();
});
after(async () => {
	await browser?.close();
});

/** The totals panel's lines of one group ("focus" or "all"), label → shown value. */
async function totals(page, scope) {
	return page.$$eval(`.casualties [data-scope="${scope}"] .row`, (rows) =>
		Object.fromEntries(rows.map((row) => [row.querySelector('dt').textContent.trim(), row.querySelector('dd [aria-hidden="true"]').textContent.trim()]))
	);
}

const WORDS = {
	en: {
		securityKilled: 'Security forces killed',
		attackersKilled: 'Attackers killed',
		civiliansKilled: 'Civilians killed',
		attackersClaimed: 'Attackers killed, as claimed by the forces that fought them',
		securityClaimed: 'Security forces killed, as claimed by the attackers',
		none: 'none reported',
		atLeast: (n) => `at least ${n}`,
		moreThan: (n) => `more than ${n}`,
		all: (n) => `All ${n} attacks so far`
	},
	fr: {
		securityKilled: 'Membres des forces de sécurité tués',
		attackersKilled: 'Assaillants tués',
		civiliansKilled: 'Civils tués',
		attackersClaimed: 'Assaillants tués, selon les forces qui les ont combattus',
		securityClaimed: 'Membres des forces de sécurité tués, selon les assaillants',
		none: 'aucun rapporté',
		atLeast: (n) => `au moins ${n}`,
		moreThan: (n) => `plus de ${n}`,
		all: (n) => `Les ${n} attaques jusqu’ici`
	}
};

for (const lang of ['en', 'fr']) {
	const w = WORDS[lang];

	test(`totals on 20 January 2020 follow the claims rule (${lang})`, async () => {
		// After the scenario's end, so the clock stops at its end: every revision is out by then.
		await withPage(browser, `/?t=2020-01-20T00:00:00Z&lang=${lang}`, async ({ page }) => {
			const all = await totals(page, 'all');
			// 4 + 4 + 1 (Tongo Tongo) + 13 (Ayorou) + 71 (Inates) + 89 (Chinagodrar): the government's 89 replaced its 25.
			assert.equal(all[w.securityKilled], '182');
			assert.equal(all[w.attackersKilled], w.none);
			assert.equal(all[w.civiliansKilled], w.none);
			// The opponents' figures, on lines of their own: US ≥ 21 + Niger ≥ 1 + Niger 77; the Islamic State's "more than 100".
			assert.equal(all[w.attackersClaimed], w.atLeast(99));
			assert.equal(all[w.securityClaimed], w.moreThan(100));
			assert.equal(await page.locator('.casualties [data-scope="all"] h3').textContent(), w.all(4));
			for (const value of Object.values(all)) assert.doesNotMatch(value, /≥|\+$/);
			await screenshot(page, `totals-2020-01-20-${lang}`);
		});
	});

	test(`totals on 22 October 2017 set Ayorou apart from all attacks so far (${lang})`, async () => {
		await withPage(browser, `/?focus=ayorou-2017-10-21&t=2017-10-22T12:00:00Z&lang=${lang}`, async ({ page }) => {
			const focus = await totals(page, 'focus');
			const all = await totals(page, 'all');
			// Ayorou reads 13, not 12–13: the minister's morning 12 was replaced by his government's 13.
			assert.equal(focus[w.securityKilled], '13');
			assert.equal(focus[w.attackersClaimed], w.atLeast(1));
			assert.equal(all[w.securityKilled], '22');
			assert.equal(all[w.attackersClaimed], w.atLeast(22));
			assert.equal(all[w.securityClaimed], w.none);
			assert.equal(await page.locator('.casualties [data-scope="all"] h3').textContent(), w.all(2));
		});
	});
}

test('the embed names the focused attack before all attacks so far', async () => {
	await withPage(browser, '/embed?focus=chinagodrar-2020-01-09&t=2020-01-09T13:20:00%2B01:00', async ({ page }) => {
		// As seen: each line's heading, then each side's label and number (not the words screen readers get instead).
		const lines = await page.$$eval('.embed [data-scope]', (found) =>
			found.map((line) => ({
				scope: line.dataset.scope,
				heading: line.querySelector('.scope')?.textContent.trim(),
				values: [...line.querySelectorAll('.side')].map((side) => `${side.firstChild.textContent.trim()}: ${side.querySelector('b').textContent.trim()}`)
			}))
		);
		assert.deepEqual(
			lines.map((line) => line.heading),
			['Attack on the Chinagodrar army post:', 'All 4 attacks so far:']
		);
		assert.deepEqual(lines[0].values, ['Security forces: 25', 'Attackers: none reported', 'Civilians: none reported', 'Attackers, as claimed by their opponents: 63']);
		assert.deepEqual(lines[1].values, [
			'Security forces: 118',
			'Attackers: none reported',
			'Civilians: none reported',
			'Security forces, as claimed by the attackers: more than 100',
			'Attackers, as claimed by their opponents: at least 85'
		]);
	});
});

// The page and the side panel never scroll sideways, whatever the language or the screen: one page
// per language, resized through the four sizes (the layout reflows on resize as on load).
const SIZES = { ...VIEWPORTS, small: { width: 360, height: 640 } };
for (const lang of ['en', 'fr']) {
	test(`no horizontal overflow at ${Object.values(SIZES).map((v) => `${v.width}×${v.height}`).join(', ')} (${lang})`, async () => {
		await withPage(browser, `/?focus=chinagodrar-2020-01-09&lang=${lang}`, async ({ page }) => {
			for (const [name, viewport] of Object.entries(SIZES)) {
				await page.setViewportSize(viewport);
				await nextFrames(page);
				const overflow = await page.evaluate(() => {
					const side = document.querySelector('.side');
					return {
						page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
						side: side ? side.scrollWidth - side.clientWidth : 0
					};
				});
				assert.deepEqual(overflow, { page: 0, side: 0 }, `${name} ${viewport.width}×${viewport.height}`);
			}
		});
	});
}
