import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, launchBrowser, openPage, screenshot } from './harness.mjs';

let browser;
before(async () => {
	browser = await launchBrowser();
});
after(async () => {
	await browser?.close();
});

const slider = (page, name = 'Time') => page.getByRole('slider', { name });

test('keyboard scrubbing moves the clock and says the local time', async () => {
	const { page, context, problems } = await openPage(browser, '/', { reducedMotion: 'reduce' });
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
	assert.deepEqual(problems, []);
	await context.close();
});

test('Play moves time forward and Pause stops it', async () => {
	const { page, context, problems } = await openPage(browser, '/');
	const start = Number(await slider(page).getAttribute('aria-valuenow'));
	await page.getByRole('button', { name: 'Play' }).click();
	await eventually(async () => Number(await slider(page).getAttribute('aria-valuenow')) > start, { message: 'time to advance' });
	await page.getByRole('button', { name: 'Pause' }).click();
	const paused = await slider(page).getAttribute('aria-valuenow');
	await page.waitForTimeout(300);
	assert.equal(await slider(page).getAttribute('aria-valuenow'), paused);
	assert.deepEqual(problems, []);
	await context.close();
});

test('next event steps to the first attack and shows it on the map', async () => {
	const { page, context, problems } = await openPage(browser, '/', { reducedMotion: 'reduce' });
	await page.getByRole('button', { name: 'Next event' }).click();
	await page.getByRole('button', { name: 'Next event' }).click();
	await eventually(() => page.locator('[data-incident="tongo-tongo-2017-10-04"].shown').count(), { message: 'Tongo Tongo to appear' });
	assert.equal(await page.locator('[data-incident="chinagodrar-2020-01-09"].shown').count(), 0, 'a later attack is not shown yet');
	await screenshot(page, 'timeline-overview');
	assert.deepEqual(problems, []);
	await context.close();
});

test('a deep link opens at its time and focus, and the URL follows scrubbing', async () => {
	const { page, context, problems } = await openPage(browser, '/?focus=ayorou-2017-10-21&t=2017-10-21T05:00:00Z', { reducedMotion: 'reduce' });
	await eventually(async () => (await slider(page).getAttribute('aria-valuetext')) === '21 October 2017, 06:00 UTC+1', { message: 'the deep-linked time' });
	assert.match(await page.locator('#incident-heading').textContent(), /Ayorou/);
	await screenshot(page, 'timeline-attack');
	await slider(page).focus();
	await page.keyboard.press('ArrowRight');
	await eventually(() => new URL(page.url()).searchParams.get('t') !== '2017-10-21T05:00:00.000Z', { message: 'the URL to follow' });
	assert.equal(new URL(page.url()).searchParams.get('focus'), 'ayorou-2017-10-21');
	assert.deepEqual(problems, []);
	await context.close();
});

test('an invalid URL parameter is ignored with a visible notice, never a blank page', async () => {
	const { page, context, problems } = await openPage(browser, '/?t=soon&focus=atlantis');
	const notice = await page.getByRole('status').textContent();
	assert.match(notice, /“t”/);
	assert.match(notice, /“focus”/);
	assert.ok((await page.locator('path[data-country]').count()) > 10);
	assert.deepEqual(problems, []);
	await context.close();
});

test('the security-force total rises by exactly 13 across the Ayorou attack (latest reports)', async () => {
	const { page, context, problems } = await openPage(browser, '/?t=2017-10-21T03:00:00Z', { reducedMotion: 'reduce' });
	const policy = page.getByRole('combobox', { name: 'Where reports differ, show' });
	await policy.selectOption('latest');
	const securityKilled = async () => {
		const row = page.locator('.casualties .row', { has: page.locator('dt', { hasText: /^Security forces killed$/ }) });
		const text = await row.locator('dd span[aria-hidden="true"]').textContent();
		assert.match(text, /^\d+$/, `a single number under the latest-report policy, got "${text}"`);
		return Number(text);
	};
	const before = await securityKilled();
	const time = page.getByRole('slider', { name: 'Time' });
	await page.getByRole('button', { name: /Ayorou/ }).first().click();
	await time.focus();
	await page.keyboard.press('End');
	const after = await securityKilled();
	assert.equal(after - before, 13, `${before} → ${after}`);
	assert.deepEqual(problems, []);
	await context.close();
});
