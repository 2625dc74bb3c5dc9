import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, gesturesReady, launchBrowser, nextFrames, withPage, screenshot, seed, VIEWPORTS } from './harness.mjs';

let browser;
before(async () => {
	browser = await launchBrowser();
});
after(async () => {
	await browser?.close();
});

const slider = (page, name = 'Time') => page.getByRole('slider', { name });
// The explorer opens on the story's end; these tests start where it begins (24 June 2017, 01:00 UTC+1).
const START = '/?t=2017-06-24T00:00:00Z';

test('keyboard scrubbing moves the clock and says the local time', async () => {
	await withPage(browser, START, { reducedMotion: 'reduce' }, async ({ page }) => {
		const time = slider(page);
		const first = await time.getAttribute('aria-valuetext');
		assert.match(first, /^\d{1,2} \w+ \d{4}, \d\d:\d\d UTC\+1$/);
		await time.focus();
		await page.keyboard.press('End');
		const end = await time.getAttribute('aria-valuetext');
		assert.notEqual(end, first);
		await page.keyboard.press('Home');
		assert.equal(await time.getAttribute('aria-valuetext'), first);
		await page.keyboard.press('PageUp');
		const stepped = Number(await time.getAttribute('aria-valuenow'));
		await page.keyboard.press('ArrowRight');
		assert.ok(Number(await time.getAttribute('aria-valuenow')) > stepped);
	});
});

test('Play moves time forward and Pause stops it', async () => {
	await withPage(browser, START, async ({ page }) => {
		const start = Number(await slider(page).getAttribute('aria-valuenow'));
		await page.getByRole('button', { name: 'Play' }).click();
		await eventually(async () => Number(await slider(page).getAttribute('aria-valuenow')) > start, { message: 'time to advance' });
		await page.getByRole('button', { name: 'Pause' }).click();
		const paused = await slider(page).getAttribute('aria-valuenow');
		await page.waitForTimeout(300);
		assert.equal(await slider(page).getAttribute('aria-valuenow'), paused);
	});
});

test('next event steps to the first attack and shows it on the map', async () => {
	await withPage(browser, START, { reducedMotion: 'reduce' }, async ({ page }) => {
		await page.getByRole('button', { name: 'Next event' }).click();
		await page.getByRole('button', { name: 'Next event' }).click();
		await eventually(() => page.locator('[data-incident="tongo-tongo-2017-10-04"].shown').count(), { message: 'Tongo Tongo to appear' });
		assert.equal(await page.locator('[data-incident="chinagodrar-2020-01-09"].shown').count(), 0, 'a later attack is not shown yet');
		await screenshot(page, 'timeline-overview');
	});
});

test('a deep link opens at its time and focus, and the URL follows scrubbing', async () => {
	await withPage(browser, '/?focus=ayorou-2017-10-21&t=2017-10-21T05:00:00Z', { reducedMotion: 'reduce' }, async ({ page }) => {
		await eventually(async () => (await slider(page).getAttribute('aria-valuetext')) === '21 October 2017, 06:00 UTC+1', { message: 'the deep-linked time' });
		assert.match(await page.locator('.panel h2').first().textContent(), /Ayorou/);
		await screenshot(page, 'timeline-attack');
		await slider(page).focus();
		await page.keyboard.press('ArrowRight');
		await eventually(() => Date.parse(new URL(page.url()).searchParams.get('t') ?? '') > Date.UTC(2017, 9, 21, 5), { message: 'the URL to follow' });
		assert.equal(new URL(page.url()).searchParams.get('focus'), 'ayorou-2017-10-21');
	});
});

test('an invalid URL parameter is ignored with a visible notice in the reader’s words, never a blank page', async () => {
	await withPage(browser, '/?t=soon&focus=atlantis', async ({ page }) => {
		const notice = await page.getByRole('status').textContent();
		// What the link could not give and what is shown instead (review 24), then the parameter.
		assert.match(notice, /This link’s time could not be read, so the story opens at its usual view\. \(Ignored the URL parameter “t”/);
		assert.match(notice, /The attack this link names is not in this story, so none is chosen\. \(Ignored the URL parameter “focus”/);
		assert.ok((await page.locator('path[data-country]').count()) > 10);
	});
});

test('the security-force total rises by exactly 13 across the Ayorou attack (latest reports)', async () => {
	await withPage(browser, '/?t=2017-10-21T03:00:00Z', { reducedMotion: 'reduce' }, async ({ page }) => {
		const policy = page.getByRole('combobox', { name: 'Where sources differ' });
		await policy.selectOption('latest');
		const securityKilled = async () => {
			// All attacks so far, not the focused attack's own lines above them.
			const row = page.locator('.casualties [data-scope="all"] .row', { has: page.locator('dt', { hasText: /^Security forces killed$/ }) });
			const text = await row.locator('dd span[aria-hidden="true"]').textContent();
			assert.match(text, /^\d+$/, `a single number under the latest-report policy, got "${text}"`);
			return Number(text);
		};
		const before = await securityKilled();
		const time = page.getByRole('slider', { name: 'Time' });
		await page.getByRole('tab', { name: 'Attacks' }).click();
		await page.locator('[data-incident-button="ayorou-2017-10-21"]').click();
		await time.focus();
		await page.keyboard.press('End');
		const after = await securityKilled();
		assert.equal(after - before, 13, `${before} → ${after}`);
	});
});

test('opening an incident from the list moves keyboard focus to its heading, and closing returns it', async () => {
	await withPage(browser, '/', { reducedMotion: 'reduce' }, async ({ page }) => {
		await page.getByRole('tab', { name: 'Attacks' }).click();
		await page.locator('[data-incident-button="inates-2019-12-10"]').focus();
		await page.keyboard.press('Enter');
		await eventually(() => page.evaluate(() => document.activeElement?.matches('.panel h2') === true), { message: 'focus on the incident heading' });
		await page.getByRole('button', { name: 'Close and show the whole period' }).focus();
		await page.keyboard.press('Enter');
		await eventually(() => page.evaluate(() => document.activeElement?.getAttribute('data-incident-button') === 'inates-2019-12-10'), {
			message: 'focus back on the Inates button'
		});
	});
});

// The overview strip: its brush draws, moves and clicks the window; the detail track's handle scrubs.
const overview = (page) => page.locator('.overview svg');
const selection = (page) => page.locator('.overview .brush .selection');
const windowOf = async (page) => ({
	from: Number(await slider(page).getAttribute('aria-valuemin')),
	to: Number(await slider(page).getAttribute('aria-valuemax'))
});

async function drag(page, from, to) {
	await gesturesReady(page);
	await page.mouse.move(from.x, from.y);
	await page.mouse.down();
	for (let i = 1; i <= 8; i++) await page.mouse.move(from.x + ((to.x - from.x) * i) / 8, from.y + ((to.y - from.y) * i) / 8);
	await page.mouse.up();
	await nextFrames(page);
}

async function click(page, x, y) {
	await gesturesReady(page);
	await page.mouse.click(x, y);
	await nextFrames(page);
}

test('a drag on the overview at the default view draws a new window', async () => {
	await withPage(browser, '/', { reducedMotion: 'reduce' }, async ({ page }) => {
		const whole = await windowOf(page);
		const box = await overview(page).boundingBox();
		await drag(page, { x: box.x + box.width * 0.3, y: box.y + 20 }, { x: box.x + box.width * 0.5, y: box.y + 20 });
		const chosen = await windowOf(page);
		const span = whole.to - whole.from;
		assert.ok(Math.abs(chosen.from - (whole.from + 0.3 * span)) < 0.01 * span, `from ${new Date(chosen.from).toISOString()}`);
		assert.ok(Math.abs(chosen.to - (whole.from + 0.5 * span)) < 0.01 * span, `to ${new Date(chosen.to).toISOString()}`);
		const drawn = await selection(page).boundingBox();
		assert.ok(Math.abs(drawn.x - (box.x + box.width * 0.3)) < 3, 'the brush shows the new window');
	});
});

test('a click on the overview seeks there and the window stays drawn', async () => {
	await withPage(browser, '/', { reducedMotion: 'reduce' }, async ({ page }) => {
		const whole = await windowOf(page);
		const span = whole.to - whole.from;
		const box = await overview(page).boundingBox();
		await click(page, box.x + box.width * 0.6, box.y + 20);
		const now = Number(await slider(page).getAttribute('aria-valuenow'));
		assert.ok(Math.abs(now - (whole.from + 0.6 * span)) < 0.01 * span, `time ${new Date(now).toISOString()}`);
		assert.ok(await selection(page).isVisible(), 'the window indicator stays');
		assert.ok((await selection(page).boundingBox()).width > box.width * 0.95, 'the whole period is still the window');
		// Zoomed in: a click far from the window moves it there, and the indicator follows.
		// The attack's symbol may sit under its label's box: the click goes to the symbol's group itself.
		await page.locator('[data-incident="ayorou-2017-10-21"]').dispatchEvent('click');
		await nextFrames(page);
		await click(page, box.x + box.width * 0.8, box.y + 20);
		const later = Number(await slider(page).getAttribute('aria-valuenow'));
		assert.ok(Math.abs(later - (whole.from + 0.8 * span)) < 0.01 * span, `time ${new Date(later).toISOString()}`);
		const drawn = await selection(page).boundingBox();
		assert.ok(drawn.x <= box.x + box.width * 0.8 + 1 && drawn.x + drawn.width >= box.x + box.width * 0.8 - 1, 'the indicator is at the new window');
	});
});

test('a narrow window is a grabbable mark that a drag moves without resizing', async () => {
	await withPage(browser, '/?focus=ayorou-2017-10-21', { reducedMotion: 'reduce' }, async ({ page }) => {
		const before = await windowOf(page);
		const mark = await selection(page).boundingBox();
		assert.ok(mark.width >= 13.5, `the mark is ${mark.width}px wide`);
		const middle = { x: mark.x + mark.width / 2, y: mark.y + mark.height / 2 };
		await drag(page, middle, { x: middle.x + 120, y: middle.y });
		const after = await windowOf(page);
		assert.ok(Math.abs(after.to - after.from - (before.to - before.from)) < 1000, 'the window keeps its duration');
		assert.ok(after.from - before.from > 20 * 86_400_000, `the window moved by ${(after.from - before.from) / 86_400_000} days`);
		const moved = await selection(page).boundingBox();
		assert.ok(Math.abs(moved.x - (mark.x + 120)) < 3 && Math.abs(moved.width - mark.width) < 1, 'the mark follows');
	});
});

test('dragging the cursor line or the top of its handle scrubs', async () => {
	await withPage(browser, '/?t=2017-10-21T04:30:00Z', { reducedMotion: 'reduce' }, async ({ page }) => {
		const track = await page.locator('.detail .track').boundingBox();
		const { from, to } = await windowOf(page);
		for (const [part, grab] of [
			['the top of the handle', async () => (await page.locator('.detail .handle').boundingBox()).y + 1],
			['the cursor line above the track', async () => (await page.locator('.detail .cursor').boundingBox()).y + 6]
		]) {
			const start = Number(await slider(page).getAttribute('aria-valuenow'));
			const line = await page.locator('.detail .cursor').boundingBox();
			const at = { x: line.x + line.width / 2, y: await grab() };
			await drag(page, at, { x: at.x + 150, y: at.y });
			const now = Number(await slider(page).getAttribute('aria-valuenow'));
			const expected = (150 / track.width) * (to - from);
			assert.ok(Math.abs(now - start - expected) < 0.01 * (to - from), `${part}: moved ${now - start} ms, expected ${expected}`);
		}
	});
});

// The clock at an attack's start puts the cursor line across its mark: a click there chooses the attack
// (it was taken as a press on the line, and did nothing); a drag from there scrubs (the test above).
test('a click on an attack’s mark where the cursor line crosses it opens the attack', async () => {
	const ayorou = seed.incidents.find((i) => i.id === 'ayorou-2017-10-21');
	await withPage(browser, `/?t=${new Date(ayorou.start).toISOString()}`, { reducedMotion: 'reduce' }, async ({ page }) => {
		const mark = await page.locator(`.detail button.mark[title="${ayorou.title.en}"]`).boundingBox();
		const line = await page.locator('.detail .cursor').boundingBox();
		const at = { x: line.x + line.width / 2, y: mark.y + mark.height / 2 };
		assert.ok(at.x > mark.x && at.x < mark.x + mark.width, 'the line crosses the mark');
		await click(page, at.x, at.y);
		await eventually(() => new URL(page.url()).searchParams.get('focus') === ayorou.id, { message: 'Ayorou chosen' });
		assert.equal(Number(await slider(page).getAttribute('aria-valuenow')), Date.parse(ayorou.start), 'the clock where it was');
	});
});

test('a wheel zoom zooms where the pointer is, brings the time into the new window, and keeps a speed the reader picked (review 12)', async () => {
	await withPage(browser, '/?t=2017-10-21T04:30:00Z', { reducedMotion: 'reduce' }, async ({ page }) => {
		const speed = page.getByRole('combobox', { name: 'Speed' });
		await speed.selectOption({ label: '1 hour per second' });
		// The review's case: the time in October 2017, the wheel over December 2019.
		const target = Date.parse('2019-12-01T00:00:00Z');
		const before = await windowOf(page);
		const track = await page.locator('.detail .track').boundingBox();
		const pointerX = track.x + ((target - before.from) / (before.to - before.from)) * track.width;
		await page.mouse.move(pointerX, track.y + track.height / 2);
		for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -300);
		await eventually(async () => (await windowOf(page)).to - (await windowOf(page)).from < 60 * 86_400_000, { message: 'the zoom' });
		const after = await windowOf(page);
		assert.ok(after.from <= target && target <= after.to, `the window ${new Date(after.from).toISOString()} – ${new Date(after.to).toISOString()} holds the time under the pointer`);
		const time = Number(await slider(page).getAttribute('aria-valuenow'));
		assert.ok(after.from <= time && time <= after.to, 'the time was brought into the new window');
		assert.equal(await speed.inputValue(), String(3_600_000), 'the chosen speed stays');

		// A zoom that keeps the time inside the window leaves the time where it was.
		const box = await page.locator('.detail .track').boundingBox();
		await page.mouse.move(box.x + ((time - after.from) / (after.to - after.from)) * box.width, box.y + box.height / 2);
		await page.mouse.wheel(0, -300);
		await eventually(async () => (await windowOf(page)).to - (await windowOf(page)).from < after.to - after.from, { message: 'the second zoom' });
		assert.equal(Number(await slider(page).getAttribute('aria-valuenow')), time, 'the time did not move');
	});
});

/** The years whose first instant in Niamey (UTC+1, 23:00 UTC the evening before) falls inside a window. */
function yearTurns({ from, to }) {
	const years = [];
	for (let year = new Date(from).getUTCFullYear(); year <= new Date(to).getUTCFullYear() + 1; year++) {
		const turn = Date.UTC(year - 1, 11, 31, 23);
		if (turn >= from && turn <= to) years.push(year);
	}
	return years;
}

test('tick labels never overlap nor get cut, each year’s turn is labelled, and the attack marks stay inside the track, on a French projector, a desktop and a phone', async () => {
	for (const [name, viewport, lang] of [
		['timeline-projector-fr', VIEWPORTS.projector, 'fr'],
		['timeline-desktop', VIEWPORTS.desktop, 'en'],
		['timeline-desktop-fr', VIEWPORTS.desktop, 'fr'],
		['timeline-phone', VIEWPORTS.phone, 'en']
	]) {
		const path = lang === 'fr' ? '/?lang=fr' : '/';
		await withPage(browser, path, { viewport, reducedMotion: 'reduce' }, async ({ page }) => {
			// The tracks are laid out at their measured width (not the server-rendered default) before measuring labels.
			await page.waitForFunction(() =>
				['.overview', '.detail'].every((part) => {
					const svg = document.querySelector(`${part} svg`);
					const width = document.querySelector(part)?.clientWidth;
					return svg?.getAttribute('width') === String(width) && Math.round(svg.getBoundingClientRect().width) === width;
				})
			);
			const slider = page.locator('.detail .track');
			const shown = { from: Number(await slider.getAttribute('aria-valuemin')), to: Number(await slider.getAttribute('aria-valuemax')) };
			for (const [part, labels, track] of [
				['overview', '.overview text', '.overview svg'],
				['detail', '.detail .track text', '.detail .track']
			]) {
				const { bounds, boxes } = await page.evaluate(
					([labels, track]) => ({
						bounds: document.querySelector(track).getBoundingClientRect().toJSON(),
						boxes: [...document.querySelectorAll(labels)].map((n) => ({ text: n.textContent, ...n.getBoundingClientRect().toJSON() })).sort((a, b) => a.x - b.x)
					}),
					[labels, track]
				);
				assert.ok(boxes.length >= 2, `${name} ${part}: ${boxes.length} labels`);
				for (let i = 1; i < boxes.length; i++) {
					assert.ok(boxes[i - 1].right + 2 <= boxes[i].left, `${name} ${part}: "${boxes[i - 1].text}" overlaps "${boxes[i].text}"`);
				}
				assert.ok(boxes[0].left >= bounds.left - 0.5, `${name} ${part}: "${boxes[0].text}" is cut at the left`);
				assert.ok(boxes.at(-1).right <= bounds.right + 0.5, `${name} ${part}: "${boxes.at(-1).text}" is cut at the right`);
				// Each turn of a year inside the window (the whole period here) has its tick, named by the year
				// alone or by January and the year as Intl words it ("Jan 2020", "janv. 2020"); review 28.
				for (const year of yearTurns(shown)) {
					const january = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { month: 'short', timeZone: 'UTC' }).format(Date.UTC(year, 0, 1));
					assert.ok(
						boxes.some((box) => box.text === String(year) || box.text === `${january} ${year}`),
						`${name} ${part}: no tick for ${year}: ${boxes.map((box) => box.text).join(' | ')}`
					);
				}
			}
			// The attacks' marks stay inside the track, clear of its ends (review 28: Chinagodrar's touched the right one).
			const { track, marks } = await page.evaluate(() => ({
				track: document.querySelector('.detail .events').getBoundingClientRect().toJSON(),
				marks: [...document.querySelectorAll('.detail .incident')].map((n) => n.getBoundingClientRect().toJSON())
			}));
			assert.equal(marks.length, seed.incidents.length, `${name}: every attack has its mark`);
			for (const mark of marks) assert.ok(mark.left >= track.left + 4 && mark.right <= track.right - 4, `${name}: a mark at ${mark.left}–${mark.right} in ${track.left}–${track.right}`);
			await screenshot(page.locator('section.timeline'), name);
		});
	}
});

test('"next event" onto a context event names it beside the time', async () => {
	await withPage(browser, START, { reducedMotion: 'reduce' }, async ({ page }) => {
		const now = page.locator('.controls output');
		await page.getByRole('button', { name: 'Next event' }).click();
		await eventually(async () => (await now.textContent()).includes('G5 Sahel joint force launched'), { message: 'the stop named' });
		assert.match(await slider(page).getAttribute('aria-valuetext'), /^1 July 2017, 01:00 UTC\+1$/);
		await page.getByRole('button', { name: 'Next event' }).click();
		await eventually(async () => !(await now.textContent()).includes('G5'), { message: 'the name to go at the next stop' });
	});
});
