// URL parameters in Chromium, a sample per page: the parsers behind them are fuzzed with 500 cases
// each in Vitest (url/params.fuzz.test.ts, embed/embed-params.fuzz.test.ts), which is where the
// cases are cheap; here each URL is a full page load (reusing one page per route), to show the
// wiring holds: no thrown error, no console error, no blank page, no CSP violation, nothing run,
// and a notice in the reader's language (a console warning on /embed, as documented) for a bad value.
// FUZZ_BROWSER_URLS sets the sample per route (npm run bench uses more).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { HOSTILE_TEXT } from '../hostile-text.mjs';
import { BASE_URL, eventually, expectInert, launchBrowser, withPage } from './harness.mjs';

const PER_ROUTE = Number(process.env.FUZZ_BROWSER_URLS ?? 6);
/**
 * The parameters each page reads, hostile values for some, and sometimes a payload in the fragment.
 * Not `data`: a bad path is fetched like any path on the site, and the browser itself logs the 404
 * (its parsing is fuzzed in Vitest, a missing table is events.test.mjs's).
 */
const ROUTES = {
	'/': ['t', 'from', 'to', 'focus', 'lang'],
	'/present': ['chapter', 'lang'],
	'/present/notes': ['lang'],
	'/embed': ['t', 'from', 'to', 'focus', 'chapter', 'lang', 'controls', 'autoplay', 'speed', 'theme', 'origin']
};
// Values some parameter would accept are left out: each URL must carry a bad value.
const BAD = HOSTILE_TEXT.filter((value) => !['0001-01-01T00:00:00Z'].includes(value) && value.length < 6000);

let browser;
before(async () => {
	browser = await launchBrowser();
});
after(async () => {
	await browser?.close();
});

function sample(names) {
	const url = fc.record({
		bad: fc.constantFrom(...names),
		value: fc.constantFrom(...BAD),
		others: fc.subarray(names),
		fragment: fc.option(fc.constantFrom('<img src=x onerror=alert(1)>', 'javascript:alert(1)', '%E2%80%AE'))
	});
	return fc.sample(url, { numRuns: PER_ROUTE, seed: 20200109 }).map(({ bad, value, others, fragment }) => {
		const search = new URLSearchParams();
		for (const name of others) if (name !== bad) search.append(name, BAD[(name.length * 7) % BAD.length]);
		search.set(bad, value);
		return { bad, query: `?${search}${fragment === null ? '' : `#${fragment}`}` };
	});
}

/** What a page must show to be working: its map, or for the notes, their buttons. */
async function expectWorking(page, route) {
	await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
	if (route === '/present/notes') assert.equal(await page.getByRole('button', { name: /chapter/i }).count(), 2);
	else await eventually(async () => (await page.locator('path[data-country]').count()) >= 14, { message: `the map of ${route}` });
}

for (const [route, names] of Object.entries(ROUTES)) {
	test(`${route}: ${PER_ROUTE} URLs with hostile parameters open, say what they ignored, and run nothing`, async () => {
		await withPage(browser, route, async ({ page }) => {
			const warnings = [];
			page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
			for (const { bad, query } of sample(names)) {
				warnings.length = 0;
				await page.goto(BASE_URL + route + query);
				await expectWorking(page, route);
				const why = `${route}${query.slice(0, 200)}`;
				if (route === '/embed') {
					// t and focus are also refused by chapter's planning, so a warning is enough (embed-params.fuzz.test.ts checks the names).
					await eventually(() => warnings.some((w) => w.startsWith('Sahel Timeline embed: invalid')), { message: `a warning for ${why}` });
				} else if (route !== '/present/notes' || bad === 'lang') {
					const notice = page.getByRole('status').filter({ hasText: /Ignored the URL parameter|No chapter has the id/ });
					await eventually(async () => (await notice.count()) === 1, { message: `a notice for ${why}` });
				}
				await expectInert(page);
			}
		});
	});
}
