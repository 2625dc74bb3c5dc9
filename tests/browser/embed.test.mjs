// /embed in a host page from a second origin: the messages both ways, the origin rules, bad
// parameters, the themes and control sets; and the explorer's Share / Embed dialog.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BASE_URL, eventually, launchBrowser, reportCspViolations, withPage, screenshot, seriousViolations } from './harness.mjs';
import { serveHost } from './cross-origin-host.mjs';

const APP_ORIGIN = new URL(BASE_URL).origin;
const WARNING_PREFIX = 'Sahel Timeline embed:';

// The host page: frames /embed with the query it is given, records what the frame says, and has a
// sibling frame (same origin as the host, but not the embed's parent) that can send commands too.
const HOST_PAGE = (query) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host</title></head>
<body style="margin:0">
<iframe id="embed" title="Sahel Timeline" src="${APP_ORIGIN}/embed?${query}" style="width:800px;height:600px;border:0"></iframe>
<iframe id="sibling" title="Another widget" src="/sibling.html" style="width:10px;height:10px;border:0"></iframe>
<script>
	window.__messages = [];
	const embed = document.getElementById('embed');
	addEventListener('message', (event) => {
		if (event.source === embed.contentWindow) window.__messages.push({ origin: event.origin, data: event.data });
	});
	window.send = (message) => embed.contentWindow.postMessage(message, '*');
</script>
</body></html>`;
const SIBLING_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sibling</title></head><body><script>
	window.sendToEmbed = (message) => parent.document.getElementById('embed').contentWindow.postMessage(message, '*');
</script></body></html>`;

let browser;
let host;
let hostOrigin;
before(async () => {
	browser = await launchBrowser();
	host = await serveHost({
		'/': (search) => HOST_PAGE(search.get('embed') ?? ''),
		'/sibling.html': () => SIBLING_PAGE,
		'/readme-example.html': () => readmeExample()
	});
	hostOrigin = host.origin;
});
after(async () => {
	await browser?.close();
	await host?.close();
});

/** The host page framing /embed?query; fails the test on errors in either document or a request leaving the two origins. */
async function openHost(query, { reducedMotion = 'reduce' } = {}) {
	const context = await browser.newContext({ viewport: { width: 900, height: 700 }, reducedMotion, locale: 'en-GB' });
	await reportCspViolations(context);
	const page = await context.newPage();
	const problems = [];
	const warnings = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
		if (message.type() === 'warning') warnings.push(message.text());
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('response', (response) => {
		if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
	});
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol.startsWith('http') && ![APP_ORIGIN, hostOrigin].includes(url.origin)) {
			problems.push(`request left the two origins: ${request.url()}`);
		}
	});
	await page.goto(`${hostOrigin}/?embed=${encodeURIComponent(query)}`);
	const frame = page.frame({ url: (url) => url.pathname === '/embed' });
	assert.ok(frame, 'the embed frame');
	await frame.waitForFunction(() => document.body.dataset.hydrated === 'true');
	const messages = () => page.evaluate(() => window.__messages);
	const ofType = async (type) => (await messages()).filter((m) => m.data?.type === `sahel-timeline:${type}`);
	const lastState = async () => (await ofType('state')).at(-1)?.data;
	return { page, context, frame, problems, warnings, messages, ofType, lastState };
}

/** The README's example host page, pointed at this app and this host. */
function readmeExample() {
	const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
	const section = readme.slice(readme.indexOf('### Example host page'));
	const html = /```html\n([\s\S]*?)```/.exec(section)?.[1];
	assert.ok(html, 'the README has an example host page');
	return html.replaceAll('https://timeline.example.org', APP_ORIGIN).replaceAll(encodeURIComponent('https://my-school.example'), encodeURIComponent(hostOrigin));
}


test('a host on another origin hears ready, its height and the state, from the app’s origin', async () => {
	const host = await openHost('chapter=chinagodrar-air-response');
	const ready = await eventually(async () => (await host.ofType('ready'))[0], { message: 'ready' });
	assert.deepEqual(ready, { origin: APP_ORIGIN, data: { type: 'sahel-timeline:ready' } });
	const resize = await eventually(async () => (await host.ofType('resize')).at(-1), { message: 'resize' });
	assert.ok(resize.data.height > 150, `height ${resize.data.height}`);
	// The height it asks for: its rows but the map, and the map at 16:9 of its width (within 14rem–36rem),
	// and at least the 560 px the full timeline needs beside a map.
	const wanted = await host.frame.evaluate(() => {
		const root = document.querySelector('.embed');
		const map = root.querySelector('.map');
		const rows = [...root.children].filter((row) => row !== map).reduce((sum, row) => sum + row.getBoundingClientRect().height, 0);
		return Math.ceil(Math.max(560, rows + Math.min(576, Math.max(224, Math.round(root.clientWidth * 9 / 16)))));
	});
	assert.equal(resize.data.height, wanted);
	// ready comes first, then the height and the state.
	const types = (await host.messages()).map((m) => m.data.type);
	assert.equal(types[0], 'sahel-timeline:ready');

	const state = await eventually(() => host.lastState(), { message: 'state' });
	assert.equal(state.t, '2020-01-09T12:15:00Z');
	assert.equal(state.playing, false);
	assert.equal(state.chapter, 'chinagodrar-air-response');
	assert.equal(state.focus, 'chinagodrar-2020-01-09');
	assert.equal(state.totalsPolicy, 'range');
	assert.deepEqual(Object.keys(state.totals).sort(), ['attackers', 'civilians', 'security']);
	// 80 minutes into Chinagodrar, all four attacks: 4 + 4 + 1 + 13 + 71 + 25 soldiers killed.
	assert.equal(state.attacksBegun, 4);
	assert.deepEqual(state.totals.security.killed, { low: 118, high: 118, atLeast: false, moreThan: false });
	assert.equal(state.totals.attackers.killed, null, 'attackers killed: none reported by their own side or independently');
	assert.deepEqual(state.claimedByOpponents.attackers.killed, { low: 85, high: 85, atLeast: true, moreThan: false });
	assert.deepEqual(state.claimedByOpponents.security.killed, { low: 100, high: 100, atLeast: true, moreThan: true });
	// The focused attack alone: the Defence Ministry's 25 of that day.
	assert.deepEqual(state.focusTotals.totals.security.killed, { low: 25, high: 25, atLeast: false, moreThan: false });
	assert.deepEqual(state.focusTotals.claimedByOpponents.attackers.killed, { low: 63, high: 63, atLeast: false, moreThan: false });
	assert.deepEqual(host.problems, []);
	await host.context.close();
});

test('the host seeks and plays, and the state follows', async () => {
	const host = await openHost('focus=chinagodrar-2020-01-09');
	await eventually(() => host.lastState(), { message: 'first state' });
	await host.page.evaluate(() => window.send({ type: 'sahel-timeline:seek', t: '2020-01-09T12:30:00+01:00' }));
	await eventually(async () => (await host.lastState())?.t === '2020-01-09T11:30:00Z', { message: 'state t at the sought time' });
	assert.equal((await host.lastState()).playing, false);

	await host.page.evaluate(() => window.send({ type: 'sahel-timeline:play' }));
	const playing = await eventually(async () => {
		const state = await host.lastState();
		return state?.playing && state.t > '2020-01-09T11:30:00Z' ? state : null;
	}, { message: 'playing, time moving on' });
	assert.equal(playing.focus, 'chinagodrar-2020-01-09');
	// Throttled: a few state messages a second while playing, not one per frame.
	const before = (await host.ofType('state')).length;
	await host.page.waitForTimeout(1000);
	const perSecond = (await host.ofType('state')).length - before;
	assert.ok(perSecond >= 2 && perSecond <= 6, `${perSecond} state messages in a second`);

	await host.page.evaluate(() => window.send({ type: 'sahel-timeline:pause' }));
	await eventually(async () => (await host.lastState())?.playing === false, { message: 'paused' });

	await host.page.evaluate(() => window.send({ type: 'sahel-timeline:chapter', id: 'tongo-tongo-ambush' }));
	const chapter = await eventually(async () => {
		const state = await host.lastState();
		return state?.chapter === 'tongo-tongo-ambush' ? state : null;
	}, { message: 'chapter' });
	assert.equal(chapter.t, '2017-10-04T10:40:00Z');
	assert.equal(chapter.focus, 'tongo-tongo-2017-10-04');

	await host.page.evaluate(() => window.send({ type: 'sahel-timeline:focus', id: null }));
	const unfocused = await eventually(async () => {
		const state = await host.lastState();
		return state?.focus === null ? state : null;
	}, { message: 'focus cleared' });
	assert.equal(unfocused.chapter, null, 'leaving the chapter’s incident leaves the chapter');
	assert.deepEqual(host.problems, []);
	await host.context.close();
});

test('commands from a window other than the parent, or malformed ones, are ignored', async () => {
	const host = await openHost('');
	const first = await eventually(() => host.lastState(), { message: 'first state' });
	const sibling = host.page.frame({ url: (url) => url.pathname === '/sibling.html' });
	await sibling.evaluate(() => window.sendToEmbed({ type: 'sahel-timeline:seek', t: '2019-12-10T15:00:00+01:00' }));
	await host.page.evaluate(() => {
		window.send({ type: 'sahel-timeline:seek', t: '2019-12-10 15:00' });
		window.send({ type: 'sahel-timeline:explode' });
		window.send('sahel-timeline:play');
	});
	// Hydrated already (openHost waits for it): a command acted on would show in the next state message (every 250 ms at most).
	await host.page.waitForTimeout(500);
	const after = await host.lastState();
	assert.equal(after.t, first.t);
	assert.equal(after.playing, false);
	// The same seek from the parent is obeyed.
	await host.page.evaluate(() => window.send({ type: 'sahel-timeline:seek', t: '2019-12-10T15:00:00+01:00' }));
	await eventually(async () => (await host.lastState())?.t === '2019-12-10T14:00:00Z', { message: 'the parent’s seek' });
	assert.deepEqual(host.problems, []);
	await host.context.close();
});

test('origin narrows the frame to one host: the named one is heard, another hears nothing', async () => {
	const named = await openHost(`origin=${encodeURIComponent(hostOrigin)}`);
	await eventually(async () => (await named.ofType('ready'))[0], { message: 'ready to the named origin' });
	await named.page.evaluate(() => window.send({ type: 'sahel-timeline:seek', t: '2019-12-10T15:00:00+01:00' }));
	await eventually(async () => (await named.lastState())?.t === '2019-12-10T14:00:00Z', { message: 'seek from the named origin' });
	await named.context.close();

	const other = await openHost('origin=https://example.org');
	await other.page.waitForTimeout(500);
	assert.deepEqual(await other.messages(), [], 'nothing is sent to a host of another origin');
	await other.page.evaluate(() => window.send({ type: 'sahel-timeline:play' }));
	await other.page.waitForTimeout(300);
	assert.equal(await other.frame.evaluate(() => document.querySelector('.play')?.getAttribute('aria-label')), 'Play', 'still paused');
	assert.deepEqual(other.problems, []);
	await other.context.close();
});

test('a bad parameter falls back with a warning, and the map still draws', async () => {
	const host = await openHost('controls=huge&speed=fast&focus=atlantis');
	await eventually(async () => (await host.ofType('ready'))[0], { message: 'ready' });
	assert.ok((await host.frame.locator('path[data-country]').count()) >= 14, 'countries drawn');
	assert.equal(await host.frame.locator('section.timeline').count(), 1, 'full controls, the default');
	const ours = host.warnings.filter((w) => w.startsWith(WARNING_PREFIX));
	for (const name of ['controls', 'speed', 'focus']) assert.ok(ours.some((w) => w.includes(`invalid ${name}`)), `a warning about ${name}: ${ours}`);
	// The reader's notice names them as English joins a list, in the order the URL is read.
	await eventually(() => host.frame.locator('.notice').count(), { message: 'the notice' });
	assert.match(await host.frame.locator('.notice p').first().textContent(), /could not be read \(focus, controls and speed\);/);
	assert.deepEqual(host.problems, []);
	await host.context.close();
});

test('the map zooms and the strip draws a window once a reader is on the embed, though neither ships in its first load', async () => {
	await withPage(browser, '/embed', { reducedMotion: 'reduce' }, async ({ page }) => {
		const loaded = () => page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
		const scripts = (await loaded()).length;
		// The window is drawn before the brush has arrived (the whole period: the whole strip).
		const strip = await page.locator('.overview svg').boundingBox();
		const mark = await page.locator('.overview rect.selection').boundingBox();
		assert.ok(Math.abs(mark.width - strip.width) <= 2, `the window's mark is ${mark.width} px of ${strip.width}`);
		const transform = () => page.locator('.map svg.base > g').first().getAttribute('transform');
		const before = await transform();
		const map = await page.locator('.map svg.overlay').boundingBox();
		// The reader's pointer arrives, then the wheel turns over the map.
		await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
		await eventually(async () => (await loaded()).length > scripts, { message: 'the gestures loaded on the pointer’s arrival' });
		await eventually(
			async () => {
				await page.mouse.wheel(0, -200);
				return (await transform()) !== before;
			},
			{ message: 'the wheel zooms the map' }
		);
		// A drag on the strip draws a new window, with the brush's own selection. The strip is measured
		// again once the brush is in place: what the reader's arrival loads may have moved it.
		await eventually(() => page.locator('.overview .brush .selection').count(), { message: 'the brush in place' });
		const now = await page.locator('.overview svg').boundingBox();
		const from = { x: now.x + now.width * 0.3, y: now.y + 20 };
		await page.mouse.move(from.x, from.y);
		await page.mouse.down();
		for (let i = 1; i <= 8; i++) await page.mouse.move(from.x + (now.width * 0.2 * i) / 8, from.y);
		await page.mouse.up();
		// Read until the brush has drawn the end of the drag (one clean-clone run read it half-way).
		let drawn = await page.locator('.overview .brush .selection').boundingBox();
		for (let i = 0; i < 20 && Math.abs(drawn.width - now.width * 0.2) >= 3; i++) {
			await page.waitForTimeout(100);
			drawn = await page.locator('.overview .brush .selection').boundingBox();
		}
		assert.ok(
			Math.abs(drawn.x - from.x) < 3 && Math.abs(drawn.width - now.width * 0.2) < 3,
			`the new window is drawn at ${drawn.x}, ${drawn.width} px, from ${from.x}, ${now.width * 0.2} px (the strip at ${now.x}, ${now.y}; at first ${strip.x}, ${strip.y})`
		);
	});
});

test('autoplay plays, unless the reader asked for reduced motion', async () => {
	const moving = await openHost('autoplay=1&speed=1d', { reducedMotion: 'no-preference' });
	await eventually(async () => (await moving.lastState())?.playing === true, { message: 'playing on load' });
	await moving.context.close();
	const still = await openHost('autoplay=1&speed=1d', { reducedMotion: 'reduce' });
	await eventually(() => still.lastState(), { message: 'state' });
	await still.page.waitForTimeout(400);
	assert.equal((await still.lastState()).playing, false);
	await still.context.close();
});

test('the README’s example host page works as written: sized frame, buttons, live state', async () => {
	const context = await browser.newContext({ viewport: { width: 900, height: 800 }, reducedMotion: 'reduce' });
	await reportCspViolations(context);
	const page = await context.newPage();
	const problems = [];
	page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
	page.on('pageerror', (error) => problems.push(error.message));
	await page.goto(`${hostOrigin}/readme-example.html`);
	const frame = page.locator('#sahel');
	// The embed first hydrates (as long as a loaded machine takes: a 3 s wait for its first state
	// from the host's load ran out at load 30); from then on its state reaches the host at once.
	const content = await (await frame.elementHandle()).contentFrame();
	await content.waitForFunction(() => document.body.dataset.hydrated === 'true');
	await eventually(async () => (await page.locator('#time').textContent()) !== '…', { message: 'the first state shown' });
	// The frame leaves its 600 px for the height the embed asks, and the embed, laid out again in
	// it (a frame later than the host's box changes), fills it exactly: no scroll, no gap.
	await eventually(async () => {
		const box = await frame.boundingBox();
		if (!box || box.height === 600) return false;
		return box.height === (await content.evaluate(() => Math.ceil(document.querySelector('.embed').getBoundingClientRect().height)));
	}, { message: 'embed-resize.js to size the frame to the embed' });
	const killedBefore = await page.locator('#killed').textContent();
	await page.getByRole('button', { name: '14:00' }).click();
	await eventually(async () => (await page.locator('#killed').textContent()) !== killedBefore, { message: 'killed to follow the seek' });
	await page.getByRole('button', { name: 'Play' }).click();
	await eventually(() => content.evaluate(() => document.querySelector('.play')?.getAttribute('aria-label') === 'Pause'), { message: 'playing' });
	await page.getByRole('button', { name: 'Pause' }).click();
	await eventually(() => content.evaluate(() => document.querySelector('.play')?.getAttribute('aria-label') === 'Play'), { message: 'paused' });
	assert.deepEqual(problems, []);
	await context.close();
});

for (const [name, query] of [
	['full', 'chapter=chinagodrar-air-response'],
	['minimal', 'controls=minimal&chapter=ayorou-dawn-raid'],
	['none', 'controls=none&chapter=tongo-tongo-ambush&lang=fr'],
	['dark', 'theme=dark&chapter=chinagodrar-two-fronts']
]) {
	test(`/embed with ${name}: the controls asked for, no serious axe violation, a screenshot`, async () => {
		await withPage(browser, `/embed?${query}`, { viewport: { width: 800, height: 640 }, reducedMotion: 'reduce' }, async ({ page }) => {
			const controls = name === 'minimal' || name === 'none' ? name : 'full';
			assert.equal(await page.locator('section.timeline').count(), controls === 'full' ? 1 : 0);
			assert.equal(await page.getByRole('slider', { name: /Time|Temps/ }).count(), controls === 'none' ? 0 : 1);
			assert.equal(await page.locator('.caption time').count(), controls === 'none' ? 1 : 0);
			if (name === 'dark') assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
			const credit = page.locator('a.credit');
			assert.equal(await credit.getAttribute('target'), '_blank');
			const href = new URL(await credit.getAttribute('href'));
			assert.equal(href.origin + href.pathname, `${APP_ORIGIN}/`);
			assert.ok(href.searchParams.get('t'), 'the credit links to the same time');
			assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth), 0, 'no sideways scroll');
			await page.waitForTimeout(400);
			await screenshot(page, `embed-${name}`, { fullPage: true });
			assert.deepEqual(await seriousViolations(page), []);
		});
	});
}

test('the explorer’s Share / Embed dialog: link, options, code, live preview, copy', async () => {
	await withPage(browser, '/?focus=ayorou-2017-10-21', { reducedMotion: 'reduce' }, async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP_ORIGIN });
		await page.getByRole('button', { name: 'Share / Embed' }).click();
		const dialog = page.getByRole('dialog', { name: 'Share or embed this view' });
		await dialog.waitFor();

		const link = dialog.getByRole('textbox', { name: 'Link to this view' });
		assert.ok((await link.inputValue()).includes('focus=ayorou-2017-10-21'));
		const code = dialog.getByRole('textbox', { name: 'Embed code' });
		const snippet = await code.inputValue();
		assert.match(snippet, new RegExp(`^<iframe src="${APP_ORIGIN}/embed\\?focus=ayorou-2017-10-21&amp;t=`));
		assert.ok(snippet.includes(`<script src="${APP_ORIGIN}/embed-resize.js" async></script>`));

		await dialog.getByRole('combobox', { name: 'Controls' }).selectOption('minimal');
		await dialog.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
		await dialog.getByRole('combobox', { name: 'Language' }).selectOption('fr');
		await dialog.getByRole('checkbox', { name: /Play on load/ }).check();
		const updated = await code.inputValue();
		for (const part of ['autoplay=1', 'controls=minimal', 'lang=fr', 'theme=dark']) assert.ok(updated.includes(part), part);
		assert.ok(updated.includes('title="Sahel Timeline\u00a0: carte'), 'the frame’s title in the embed’s language');

		const preview = dialog.locator('iframe');
		await eventually(async () => (await preview.getAttribute('src'))?.includes('controls=minimal'), { message: 'preview follows the options' });
		const previewFrame = await (await preview.elementHandle()).contentFrame();
		await previewFrame.waitForFunction(() => document.body.dataset.hydrated === 'true' && document.documentElement.dataset.theme === 'dark');
		await eventually(async () => (await preview.boundingBox()).height > 150, { message: 'the preview sized to its content' });

		// Start at a chapter, with its text and steps, totals hidden: the code and the preview follow.
		await dialog.getByRole('radio', { name: 'A chapter' }).check();
		await dialog.getByRole('combobox', { name: 'Chapter' }).selectOption('inates');
		await dialog.getByRole('checkbox', { name: 'Hide the totals' }).check();
		const chapterCode = await code.inputValue();
		for (const part of ['chapter=inates', 'narration=1', 'steps=1', 'totals=0']) assert.ok(chapterCode.includes(part), part);
		assert.ok(!/[?;]t=|focus=/.test(chapterCode), 'a chapter embed does not carry the view');
		// The chapter and the hidden totals may reach the preview as two loads: wait for the one with both.
		await eventually(
			async () => {
				const src = (await preview.getAttribute('src')) ?? '';
				return src.includes('chapter=inates') && src.includes('totals=0');
			},
			{ message: 'preview at the chapter, totals hidden' }
		);
		const chapterFrame = await (await preview.elementHandle()).contentFrame();
		await chapterFrame.locator('[data-fit="chapter-title"]').filter({ hasText: 'Inatès' }).waitFor();
		await eventually(async () => (await chapterFrame.locator('[data-fit="totals"]').count()) === 0, { message: 'totals hidden' });
		// Looked at, not used, until asked: Tab stays in the dialog.
		assert.equal(await preview.evaluate((frame) => frame.inert), true);
		await dialog.getByRole('checkbox', { name: 'Use the preview' }).check();
		assert.equal(await preview.evaluate((frame) => frame.inert), false);
		await dialog.getByRole('checkbox', { name: 'Hide the totals' }).uncheck();
		await dialog.getByRole('radio', { name: 'This view' }).check();
		const updatedAgain = await code.inputValue();
		assert.equal(updatedAgain, updated, 'back to this view, the code is as before');

		await dialog.getByRole('button', { name: 'Copy code' }).click();
		await eventually(async () => (await dialog.getByRole('status').textContent()) === 'Copied', { message: 'Copied' });
		assert.equal(await page.evaluate(() => navigator.clipboard.readText()), updated);
		await screenshot(page, 'share-dialog');
		await dialog.getByRole('radio', { name: 'A chapter' }).check();
		await screenshot(page, 'share-dialog-chapter');
		assert.deepEqual(await seriousViolations(page), []);

		await dialog.getByRole('button', { name: 'Close' }).click();
		await eventually(async () => !(await dialog.isVisible()), { message: 'closed' });
		assert.equal(await page.locator('dialog iframe').count(), 0, 'no preview left loading behind the closed dialog');
	});
});
