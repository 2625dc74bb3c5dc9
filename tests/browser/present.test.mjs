import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BASE_URL, eventually, launchBrowser, openPage, screenshot, VIEWPORTS } from './harness.mjs';

const seed = JSON.parse(readFileSync(new URL('../../seeds/sahel-2017-2020.json', import.meta.url), 'utf8'));
const ids = seed.chapters.map((chapter) => chapter.id);

let browser;
before(async () => {
	browser = await launchBrowser();
});
after(async () => {
	await browser?.close();
});

const chapterInUrl = (page) => new URL(page.url()).searchParams.get('chapter');
const progress = (page) => page.locator('.progress').textContent();

async function expectChapter(page, index) {
	await eventually(() => chapterInUrl(page) === ids[index], { message: `the URL to name chapter ${ids[index]}` });
	assert.equal((await progress(page)).trim(), `${index + 1} / ${ids.length}`);
	assert.equal(await page.locator('.story h1').textContent(), seed.chapters[index].title.en);
}

test('the presenter walks the chapters with the keyboard and the URL follows; reload restores', async () => {
	const { page, context, problems } = await openPage(browser, '/present', { reducedMotion: 'reduce', viewport: VIEWPORTS.projector });
	await expectChapter(page, 0);
	await page.keyboard.press('ArrowRight');
	await expectChapter(page, 1);
	await page.keyboard.press('ArrowRight');
	await expectChapter(page, 2);
	await page.keyboard.press('ArrowLeft');
	await expectChapter(page, 1);
	await page.keyboard.press('PageDown');
	await expectChapter(page, 2);
	await page.keyboard.press('End');
	await expectChapter(page, ids.length - 1);
	await screenshot(page, 'present-1920-last');
	await page.keyboard.press('Home');
	await expectChapter(page, 0);
	await page.keyboard.press('PageDown');
	await page.keyboard.press('PageDown');
	await expectChapter(page, 2);
	await page.reload();
	await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
	await expectChapter(page, 2);
	assert.deepEqual(problems, []);
	await context.close();
});

test('a chapter sets the clock, the focus and the narration; Esc opens the explorer at the same view', async () => {
	const chapter = seed.chapters.find((c) => c.focus === 'chinagodrar-2020-01-09');
	const { page, context, problems } = await openPage(browser, `/present?chapter=${chapter.id}`, { reducedMotion: 'reduce', viewport: { width: 1280, height: 720 } });
	await eventually(async () => (await page.getByRole('slider', { name: 'Time' }).getAttribute('aria-valuenow')) === String(Date.parse(chapter.cursor)), {
		message: 'the clock at the chapter cursor'
	});
	assert.equal(await page.locator('.narration').textContent(), chapter.narration.en);
	const fontPx = await page.locator('.narration').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
	assert.ok(fontPx >= 1.6 * 16, `narration at ${fontPx}px`);
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	assert.equal(overflow, 0);
	await screenshot(page, 'present-1280');
	await page.keyboard.press('Escape');
	await page.waitForURL((url) => url.pathname === '/' && url.searchParams.get('focus') === 'chinagodrar-2020-01-09');
	assert.deepEqual(problems, []);
	await context.close();
});

test('the notes window shows the current notes, follows the presenter, and its Next moves the presenter', async () => {
	const { page, context, problems } = await openPage(browser, '/present', { reducedMotion: 'reduce', viewport: VIEWPORTS.projector });
	const notes = await context.newPage();
	await notes.goto(`${BASE_URL}/present/notes`);
	await notes.waitForFunction(() => document.body.dataset.hydrated === 'true');
	await eventually(async () => (await notes.locator('[data-notes]').count()) > 0, { message: 'the notes window to get the state' });
	assert.equal(await notes.locator('[data-notes]').textContent(), seed.chapters[0].notes.en);
	await page.keyboard.press('ArrowRight');
	await eventually(async () => (await notes.locator('[data-notes]').textContent()) === seed.chapters[1].notes.en, { message: 'the notes to follow' });
	assert.match(await notes.locator('.next').textContent(), new RegExp(seed.chapters[2].title.en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
	await notes.getByRole('button', { name: /Next chapter/ }).click();
	await expectChapter(page, 2);
	await screenshot(notes, 'present-notes');
	assert.deepEqual(problems, []);
	await context.close();
});
