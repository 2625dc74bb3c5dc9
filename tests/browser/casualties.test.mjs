// The totals a reader sees, in both languages: the one claims rule, "none reported", and a focused
// attack set apart from everything so far. Expected values are summed by hand from the seed (see
// src/lib/casualties/running-totals.test.ts for the report-by-report table).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { eventually, launchBrowser, nextFrames, openPage, screenshot, seriousViolations, syntheticFile, withPage, BASE_URL, VIEWPORTS } from './harness.mjs';

let browser;
/** A synthetic event table (the project's generator, never real data) with every fifth row's figure taken away. */
let table;
before(async () => {
	table = withoutSomeFigures(readFileSync(syntheticFile('deaths-1500.bin', ['--events', 1500, '--seed', 7, '--format', 'bin'])));
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
		all: (n) => (n === 2 ? 'Both attacks so far' : `All ${n} attacks so far`)
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
		all: (n) => (n === 2 ? 'Les deux attaques jusqu’ici' : `Les ${n} attaques jusqu’ici`)
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
			// Where the figures come from, one step away: the reports behind them, by attack begun so far.
			await page.getByRole('tab', { name: lang === 'fr' ? 'Bilan' : 'Totals' }).click();
			await page.locator('.casualties details.sources summary').click();
			const attacks = page.locator('.casualties .figure-sources .attacks > li > b');
			await eventually(async () => (await attacks.count()) > 0, { message: 'the sources listed' });
			assert.deepEqual((await attacks.allTextContents()).map((a) => a.split(',')[0]), ['Tongo Tongo', 'Ayorou']);
			assert.match(await page.locator('.casualties .figure-sources').textContent(), /13 — Reuters/);
		});
	});
}

test('the embed names the focused attack before all attacks so far, each figure one button away', async () => {
	await withPage(browser, '/embed?focus=chinagodrar-2020-01-09&t=2020-01-09T13:20:00%2B01:00', async ({ page }) => {
		// As seen: each line's heading, then each side's label and number (not the words screen readers get instead).
		const read = (selector) =>
			page.$$eval(selector, (found) =>
				found.map((line) => ({
					heading: line.querySelector('.scope')?.textContent.trim(),
					values: [...line.querySelectorAll('.side')].map((side) => `${side.firstChild.textContent.trim()}: ${side.querySelector('b').textContent.trim()}`)
				}))
			);
		// The running line: the counts that have a figure, this attack's first.
		const summary = await read('.embed .summary [data-scope]');
		assert.deepEqual(
			summary.map((line) => line.heading),
			['Attack on the Chinagodrar army post:', 'All 4 attacks so far:']
		);
		assert.deepEqual(summary.map((line) => line.values), [['Security forces: 25'], ['Security forces: 118']]);

		const more = page.getByRole('button', { name: 'All figures' });
		assert.equal(await more.getAttribute('aria-expanded'), 'false');
		await more.click();
		assert.equal(await more.getAttribute('aria-expanded'), 'true');
		const all = await read('.embed .all [data-scope]');
		assert.deepEqual(all[0].values, ['Security forces: 25', 'Attackers: none reported', 'Civilians: none reported', 'Attackers, as claimed by their opponents: 63']);
		assert.deepEqual(all[1].values, [
			'Security forces: 118',
			'Attackers: none reported',
			'Civilians: none reported',
			'Security forces, as claimed by the attackers: more than 100',
			'Attackers, as claimed by their opponents: at least 85'
		]);
		// The opposing side's claims are set apart, as the explorer and the presenter set them; the
		// embed carries no sources, so it links to the explorer at this view, which gives each one's.
		const styles = await page.$$eval('.embed .all [data-scope] .side', (sides) => sides.map((side) => [side.firstChild.textContent.trim(), getComputedStyle(side).fontStyle]));
		assert.deepEqual(styles.filter(([, style]) => style === 'italic').map(([label]) => label), styles.map(([label]) => label).filter((label) => label.includes('as claimed by')));
		assert.ok(await page.locator('.embed .all').getByText('In italics, what the opposing side claimed: never added in.').isVisible());
		const sources = page.locator('.embed .all').getByRole('link', { name: /The source of each figure/ });
		const href = new URL(await sources.getAttribute('href'));
		assert.equal(href.pathname, '/');
		assert.equal(href.searchParams.get('focus'), 'chinagodrar-2020-01-09');
		assert.equal(Date.parse(href.searchParams.get('t')), Date.parse('2020-01-09T13:20:00+01:00'));
		await page.keyboard.press('Escape');
		assert.equal(await more.getAttribute('aria-expanded'), 'false', 'Esc closes it');
	});
});

/** How far the page and the side panel scroll sideways, px: 0 each, or something is cut off. */
const overflow = (page) =>
	page.evaluate(() => {
		const side = document.querySelector('.side');
		return {
			page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
			side: side ? side.scrollWidth - side.clientWidth : 0
		};
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
				assert.deepEqual(await overflow(page), { page: 0, side: 0 }, `${name} ${viewport.width}×${viewport.height}`);
			}
		});
	});
}

// --- An event table's deaths, apart from the story ----------------------------------------------

/**
 * The start and fatalities columns of a table in the app's binary format, read here from the
 * README's layout ("Event tables"), not by the app's reader: the expected sums do not share its code.
 */
function columnsOf(bytes) {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const headerLength = view.getUint32(12, true);
	const header = JSON.parse(bytes.subarray(16, 16 + headerLength).toString('utf8'));
	const align8 = (n) => Math.ceil(n / 8) * 8;
	const at = {};
	let offset = align8(16 + headerLength);
	for (const column of header.columns) {
		at[column.name] = offset;
		offset = align8(offset + column.byteLength);
	}
	return {
		header,
		start: (r) => view.getFloat64(at.start + 8 * r, true),
		fatalities: (r) => view.getFloat32(at.fatalities + 4 * r, true),
		setFatalities: (r, value) => view.setFloat32(at.fatalities + 4 * r, value, true)
	};
}

/** A copy whose every fifth row gives no figure (NaN), as real sources often do. */
function withoutSomeFigures(bytes) {
	const copy = Buffer.from(bytes);
	const columns = columnsOf(copy);
	for (let r = 0; r < columns.header.length; r += 5) columns.setFatalities(r, NaN);
	return copy;
}

/** Events begun by t (start ≤ t), the sum of their figures and how many give none: row by row. */
function expectedAt(t) {
	const columns = columnsOf(table);
	const at = { events: 0, killed: 0, unreported: 0 };
	for (let r = 0; r < columns.header.length; r++) {
		if (columns.start(r) > t) continue;
		at.events++;
		const f = columns.fatalities(r);
		if (Number.isNaN(f)) at.unreported++;
		else at.killed += f;
	}
	return at;
}

async function serveTable(page) {
	await page.route('**/test-data/deaths.bin', (route) => route.fulfill({ body: table, contentType: 'application/octet-stream' }));
}

const number = (text) => Number(text.replace(/[,\u202f\u00a0]/g, ''));
const DATASET_LINE = {
	en: /: ([\d,]+) killed in ([\d,]+) events? begun since [^,]+, up to (.+) \((.+)\); ([\d,]+) events? with no reported toll\.$/,
	fr: /\u00a0: ([\d\u202f]+) morts? dans ([\d\u202f]+) événements? commencés? depuis le [^,]+, jusqu’au (.+) \((.+)\)\u00a0; ([\d\u202f]+) événements? sans bilan rapporté\.$/
};

/** The dataset's line in the totals panel, as numbers, once the table has loaded. */
async function datasetLine(page, lang) {
	const line = page.locator('.casualties [data-scope="events"] .line');
	await eventually(() => line.count(), { timeout: 10_000, message: 'the dataset’s line' });
	const text = (await line.textContent()).trim();
	const match = DATASET_LINE[lang].exec(text);
	assert.ok(match, `the dataset's line reads: ${text}`);
	return { killed: number(match[1]), events: number(match[2]), time: match[3], rule: match[4], unreported: number(match[5]) };
}

/** The story chart's marks: the same with or without a table, or the table rescaled or stacked on the story. */
const storyMarks = (page) => page.$$eval('.casualties figure > .plot svg path', (paths) => paths.map((path) => path.getAttribute('d')));

for (const lang of ['en', 'fr']) {
	test(`a loaded table's deaths stand on their own line, moving with the clock, and the story's totals stay the same (${lang})`, async () => {
		// The same window on both pages (the story's period): the table's own period, wider, would
		// otherwise widen the chart's time axis too.
		const at = '2019-01-15T12:00:00%2B01:00&from=2017-07-01T00:00:00Z&to=2020-01-10T00:00:00Z';
		const story = {};
		await withPage(browser, `/?t=${at}&lang=${lang}`, async ({ page }) => {
			story.totals = await totals(page, 'all');
			story.marks = await storyMarks(page);
		});
		await withPage(browser, `/?data=/test-data/deaths.bin&t=${at}&lang=${lang}`, { prepare: serveTable }, async ({ page }) => {
			const slider = page.getByRole('slider', { name: lang === 'en' ? 'Time' : 'Temps' });
			const check = async () => {
				const shown = await datasetLine(page, lang);
				const expected = expectedAt(Number(await slider.getAttribute('aria-valuenow')));
				assert.deepEqual({ killed: shown.killed, events: shown.events, unreported: shown.unreported }, expected);
				// "Up to" the time the clock shows, in the same words.
				assert.equal(shown.time, await slider.getAttribute('aria-valuetext'));
				return shown;
			};
			const first = await check();
			assert.equal(first.killed, expectedAt(Date.parse('2019-01-15T11:00:00Z')).killed);
			assert.ok(first.unreported > 0 && first.events > first.unreported, `${first.events} events, ${first.unreported} without a figure`);
			assert.match(first.rule, /^Synthetic: invented fatality figures/);
			// A table loaded shows the Data tab; its deaths stand in the Totals tab, beside the story's.
			await page.getByRole('tab', { name: lang === 'en' ? 'Totals' : 'Bilan' }).click();
			const group = page.locator('.casualties [data-scope="events"]');
			assert.match(await group.textContent(), lang === 'en' ? /Synthetic data, generated for testing/ : /Données synthétiques/);
			// The side panel scrolls on its own at this size: the group in view, then the whole page.
			await group.scrollIntoViewIfNeeded();
			await screenshot(page, `dataset-deaths-${lang}`);

			// Never added in: the story's lines, figures and chart marks are as they were without the table.
			assert.deepEqual(await totals(page, 'all'), story.totals);
			assert.deepEqual(await storyMarks(page), story.marks);
			assert.equal(await page.locator('.casualties figure .panel svg path').count(), 2, 'the dataset’s own panel: an area and a line');

			// The clock moves, the figures follow.
			await slider.focus();
			await page.keyboard.press('End');
			await nextFrames(page);
			const later = await check();
			assert.ok(later.killed > first.killed, `${later.killed} killed by the window's end, ${first.killed} before`);
			await page.keyboard.press('Home');
			await nextFrames(page);
			await check();

			// The dataset's words fit a phone, and pass the accessibility audit (contrast included).
			for (const viewport of [VIEWPORTS.phone, { width: 360, height: 640 }]) {
				await page.setViewportSize(viewport);
				await nextFrames(page);
				assert.deepEqual(await overflow(page), { page: 0, side: 0 }, `${viewport.width}×${viewport.height}`);
			}
			await screenshot(page.locator('.casualties'), `dataset-deaths-phone-${lang}`);
			assert.deepEqual(await seriousViolations(page), []);
		});
	});
}

test('the embed says a loaded table’s deaths on a line of their own and sends them apart in its state', async () => {
	const t = '2019-01-15T12:00:00%2B01:00';
	// A host page with two frames of the same view, one with the table: their messages, by frame.
	const host = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>
		<iframe id="with" title="With events" src="${BASE_URL}/embed?data=/test-data/deaths.bin&t=${t}"></iframe>
		<iframe id="without" title="Without events" src="${BASE_URL}/embed?t=${t}"></iframe>
		<script>
			window.states = { with: null, without: null };
			addEventListener('message', (event) => {
				if (event.data?.type !== 'sahel-timeline:state') return;
				for (const id of ['with', 'without']) if (event.source === document.getElementById(id).contentWindow) window.states[id] = event.data;
			});
		</script>
		<!-- The harness waits for a hydrated page; this one has nothing to hydrate. -->
		<script>document.body.dataset.hydrated = 'true';</script>
	</body></html>`;
	const prepare = async (page) => {
		await serveTable(page);
		await page.route('**/test-host.html', (route) => route.fulfill({ body: host, contentType: 'text/html' }));
	};
	const { page, context, problems } = await openPage(browser, '/test-host.html', { prepare });
	try {
		const states = await eventually(
			() => page.evaluate(() => (window.states.with?.events && window.states.without ? window.states : null)),
			{ timeout: 10_000, message: 'both frames’ state, the table loaded' }
		);
		const expected = expectedAt(Date.parse('2019-01-15T11:00:00Z'));
		assert.deepEqual(states.with.events, {
			name: 'Synthetic events (not real data), seed 7',
			countingRule: 'Synthetic: invented fatality figures, not reports of real deaths',
			synthetic: true,
			begun: expected.events,
			killed: expected.killed,
			noToll: expected.unreported
		});
		assert.equal(states.without.events, null);
		// The old fields are the same with or without the table.
		const { events: _with, ...storyWith } = states.with;
		const { events: _without, ...storyWithout } = states.without;
		assert.deepEqual(storyWith, storyWithout);

		const frame = page.frame({ url: (url) => url.searchParams.has('data') });
		const line = await frame.locator('.embed [data-scope="events"]').textContent();
		assert.match(line, /^\s*Synthetic data, not real events:/);
		assert.ok(line.includes(`${expected.killed.toLocaleString('en-GB')} killed in ${expected.events.toLocaleString('en-GB')} events`), line);
		assert.deepEqual(problems, []);
	} finally {
		await context.close();
	}
});
