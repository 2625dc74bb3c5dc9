// The message boundaries in a real browser: postMessage from a host page to /embed (fuzzed,
// flooded, from the wrong windows), embed-resize.js on a host page with a hostile frame beside the
// embed, and the BroadcastChannel between /present and its notes window (flooded, forged).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import fc from 'fast-check';
import { BASE_URL, eventually, launchBrowser, nextFrames, reportCspViolations, withPage, seed } from './harness.mjs';

const APP_ORIGIN = new URL(BASE_URL).origin;
const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 500);
const FLOOD = 10_000;
const chapters = seed.chapters.map((c) => c.id);

// The host page (on localhost) frames /embed and includes embed-resize.js from the app, beside a
// frame from a third origin (127.0.0.1 on the host's port) that tries to resize itself. Elements
// named like the script's guard and the DOM methods it uses try to clobber it.
const HOST_PAGE = (query, thirdOrigin) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host</title></head>
<body>
<div id="sahelTimelineResize"></div><img name="getElementsByTagName" alt=""><form name="addEventListener"></form>
<iframe id="embed" title="Sahel Timeline" src="${APP_ORIGIN}/embed?${query}" width="800" height="600"></iframe>
<iframe id="ad" title="An advertisement" src="${thirdOrigin}/ad.html" width="300" height="100"></iframe>
<script src="${APP_ORIGIN}/embed-resize.js" async></script>
<script>
	window.__messages = [];
	const embed = document.getElementById('embed');
	addEventListener('message', (event) => {
		if (event.source === embed.contentWindow) window.__messages.push(event.data);
	});
	window.send = (message) => embed.contentWindow.postMessage(message, '*');
	/** Posts every message, then says when it finished (epoch ms). */
	window.flood = (messages) => {
		for (const message of messages) embed.contentWindow.postMessage(message, '*');
		return performance.timeOrigin + performance.now();
	};
</script>
</body></html>`;
const AD_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ad</title></head><body><script>
	window.resizeMe = (height) => parent.postMessage({ type: 'sahel-timeline:resize', height }, '*');
	window.commandEmbed = (message) => parent.frames[0].postMessage(message, '*');
</script></body></html>`;

let browser;
let server;
let hostOrigin;
let thirdOrigin;
before(async () => {
	browser = await launchBrowser();
	server = createServer((request, response) => {
		const url = new URL(request.url, 'http://localhost');
		if (url.pathname === '/favicon.ico') return void response.writeHead(204).end();
		const body = url.pathname === '/ad.html' ? AD_PAGE : url.pathname === '/' ? HOST_PAGE(url.searchParams.get('embed') ?? '', thirdOrigin) : null;
		response.writeHead(body === null ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
		response.end(body ?? '');
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	hostOrigin = `http://localhost:${server.address().port}`;
	thirdOrigin = `http://127.0.0.1:${server.address().port}`;
});
after(async () => {
	await browser?.close();
	await new Promise((resolve) => server?.close(resolve));
});

/** The host page framing /embed?query, once the embed has said ready. Fails on errors in any of its documents. */
async function openHost(query) {
	const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, reducedMotion: 'reduce', locale: 'en-GB' });
	await reportCspViolations(context);
	const page = await context.newPage();
	const problems = [];
	page.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	await page.goto(`${hostOrigin}/?embed=${encodeURIComponent(query)}`);
	const frame = page.frame({ url: (url) => url.pathname === '/embed' });
	await eventually(() => page.evaluate(() => window.__messages.some((m) => m?.type === 'sahel-timeline:ready')), { timeout: 10_000, message: 'ready' });
	const lastState = () => page.evaluate(() => window.__messages.filter((m) => m?.type === 'sahel-timeline:state').at(-1));
	return { context, page, frame, problems, lastState };
}

/** Before the app runs: every BroadcastChannel listener logs when it has handled a message. */
function logChannelMessages() {
	window.__received = [];
	const add = BroadcastChannel.prototype.addEventListener;
	BroadcastChannel.prototype.addEventListener = function (type, listener, options) {
		const logged = (event) => {
			listener.call(this, event);
			window.__received.push(performance.timeOrigin + performance.now());
		};
		return add.call(this, type, type === 'message' ? logged : listener, options);
	};
}

/** Logs when each message posted to a page's or frame's window has been handled (a listener after the app's, in the same task). */
const logWindowMessages = (target) =>
	target.evaluate(() => {
		window.__received = [];
		addEventListener('message', () => window.__received.push(performance.timeOrigin + performance.now()));
	});

/**
 * Sends a flood with `send()` (which returns when it finished, epoch ms) and waits until the
 * target has handled all `count` messages (the browser's delivery and the app's handling), for as
 * long as it keeps handling them: a loaded machine may take its time, a stalled page fails. Then,
 * once `shown()` says the last one is on screen, asks for a frame. Returns the figures: the
 * drain's and that frame's ms (printed, not bounded: they follow the machine's load) and how many
 * messages the target handled a frame on average while it drained.
 *
 * That last figure is what tells a backlog from a queue, on any machine: a command applied as it
 * arrives (the defect: 10,000 chapters once kept the embed busy for 70 s, review D7) is one long
 * task each, with a frame drawn between them, so about one message a frame; the app's frame batch
 * (adapters/frame-batch.ts) only queues a message and applies the latest once a frame, so hundreds
 * go by in a frame. Both the messages and the frames run on the same busy thread: the ratio does not
 * follow the machine's speed.
 */
const MESSAGES_PER_FRAME = 10;

async function afterFlood(target, send, count, shown) {
	// Frames counted in the target from just before the flood until it has handled the last message.
	await target.evaluate((n) => {
		const drained = window.__received.length + n;
		window.__frames = 0;
		const tick = () => {
			if (window.__received.length >= drained) return;
			window.__frames++;
			requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
	}, count);
	const sentAt = await send();
	// Counted in the page: polling must not itself keep the page busy.
	const handled = () => target.evaluate((t) => window.__received.filter((at) => at >= t - 5_000).length, sentAt);
	await eventually(async () => (await handled()) >= count, { timeout: 30_000, interval: 250, progress: handled, message: `${count} messages handled` });
	const { last, frames } = await target.evaluate((t) => ({ last: Math.max(...window.__received.filter((at) => at >= t - 5_000)), frames: window.__frames }), sentAt);
	await eventually(shown, { timeout: 10_000, message: 'the last message shown' });
	await target.evaluate(() => (window.__received = []));
	const asked = Date.now();
	const frame = await target.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now()))));
	return { drainMs: Math.round(last - sentAt), frameMs: Math.round(frame - asked), frames, perFrame: Math.round(count / Math.max(1, frames)) };
}

test('a flood of 10,000 commands from the host leaves the embed responsive, and the last command wins', async () => {
	const host = await openHost(`chapter=${chapters[0]}`);
	await logWindowMessages(host.frame);
	const stateIs = (expected) => async () => {
		const state = await host.lastState();
		return Object.entries(expected).every(([key, value]) => state?.[key] === value);
	};
	const floods = [
		['chapter', Array.from({ length: FLOOD }, (_, i) => ({ type: 'sahel-timeline:chapter', id: chapters[i % chapters.length] })), stateIs({ chapter: chapters[(FLOOD - 1) % chapters.length] })],
		['focus', Array.from({ length: FLOOD }, (_, i) => ({ type: 'sahel-timeline:focus', id: i % 2 ? null : seed.incidents[i % seed.incidents.length].id })), stateIs({ focus: null, chapter: null })],
		['seek', Array.from({ length: FLOOD }, (_, i) => ({ type: 'sahel-timeline:seek', t: `2019-12-10T${String(10 + (i % 8)).padStart(2, '0')}:00:00+01:00` })), stateIs({ t: '2019-12-10T16:00:00Z' })],
		['garbage', Array.from({ length: FLOOD }, (_, i) => ({ type: `sahel-timeline:${['seek', 'chapter', 'nope'][i % 3]}`, t: 'x'.repeat(i % 1000), id: { i } })), stateIs({ t: '2019-12-10T16:00:00Z' })]
	];
	const figures = {};
	for (const [name, messages, shown] of floods) {
		figures[name] = await afterFlood(host.frame, () => host.page.evaluate((m) => window.flood(m), messages), FLOOD, shown);
		assert.ok(figures[name].perFrame >= MESSAGES_PER_FRAME, `the ${name} flood: ${JSON.stringify(figures[name])}`);
	}
	assert.deepEqual(host.problems, []);
	console.log(`# embed, ${FLOOD}-message floods: ${JSON.stringify(figures)}`);
	await host.context.close();
});

test(`fuzz: ${FUZZ_RUNS} arbitrary messages from the host, and valid ones from another frame, change nothing`, async () => {
	const host = await openHost('focus=inates-2019-12-10');
	const first = await eventually(() => host.lastState(), { message: 'first state' });
	const near = fc.record(
		{ type: fc.constantFrom('sahel-timeline:seek', 'sahel-timeline:chapter', 'sahel-timeline:focus', 'sahel-timeline:play', 'sahel-timeline:Play', 'sahel-timeline:'), t: fc.anything(), id: fc.anything() },
		{ requiredKeys: ['type'] }
	);
	// Anything the schema reads as a command is left out: this is about what must not act.
	const junk = fc.oneof(fc.anything(), near, fc.string({ maxLength: 2000 })).filter((m) => !isCommand(m));
	const messages = fc.sample(junk, { numRuns: FUZZ_RUNS, seed: 20200109 });
	await host.page.evaluate((m) => window.flood(m), messages);
	const ad = host.page.frame({ url: (url) => url.pathname === '/ad.html' });
	await ad.evaluate((id) => {
		window.commandEmbed({ type: 'sahel-timeline:chapter', id });
		window.commandEmbed({ type: 'sahel-timeline:play' });
	}, chapters[1]);
	await host.page.waitForTimeout(600);
	const after = await host.lastState();
	assert.deepEqual({ t: after.t, focus: after.focus, playing: after.playing, chapter: after.chapter }, { t: first.t, focus: first.focus, playing: false, chapter: first.chapter });
	// Still obeying the parent.
	await host.page.evaluate(() => window.send({ type: 'sahel-timeline:seek', t: '2019-12-10T15:00:00+01:00' }));
	await eventually(async () => (await host.lastState())?.t === '2019-12-10T14:00:00Z', { message: 'the parent’s seek' });
	assert.deepEqual(host.problems, []);
	await host.context.close();
});

/** What the embed's schema would obey (protocol.ts), for the fuzz to leave out. */
function isCommand(m) {
	if (m === null || typeof m !== 'object' || Array.isArray(m)) return false;
	const slug = (id) => typeof id === 'string' && id.length <= 100 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id);
	switch (m.type) {
		case 'sahel-timeline:play':
		case 'sahel-timeline:pause':
			return true;
		case 'sahel-timeline:chapter':
			return slug(m.id);
		case 'sahel-timeline:focus':
			return m.id === null || slug(m.id);
		case 'sahel-timeline:seek':
			return typeof m.t === 'string' && /^\d{4}-\d\d-\d\dT/.test(m.t);
		default:
			return false;
	}
}

// embed-resize.js once resized any frame that asked, to up to 100,000 px, and an element with the
// id sahelTimelineResize turned it off (review D4).
test('embed-resize.js sizes the embed to its content, never the frame of another origin, whatever the page’s elements are called', async () => {
	const host = await openHost(`chapter=${chapters[0]}&controls=minimal`);
	// Measured again at each try: the embed's content settles as its lazy parts arrive.
	const content = () => host.frame.evaluate(() => Math.ceil(document.querySelector('.embed').getBoundingClientRect().height));
	const heightOf = (id) => host.page.evaluate((frame) => document.getElementById(frame).style.height, id);
	await eventually(async () => (await heightOf('embed')) === `${await content()}px`, { timeout: 10_000, message: 'the embed at its content’s height' });
	const ad = host.page.frame({ url: (url) => url.pathname === '/ad.html' });
	for (const height of [99_999, 99_999.9, 500, 1e-9]) await ad.evaluate((h) => window.resizeMe(h), height);
	await host.page.waitForTimeout(300);
	assert.equal(await heightOf('ad'), '', 'the ad keeps its height');
	assert.deepEqual(host.problems, []);
	await host.context.close();
});

/** Posts `messages` on the presenter's channel from a page of the app; returns when it finished (epoch ms). */
const broadcast = (page, messages) =>
	page.evaluate((m) => {
		const channel = new BroadcastChannel('sahel-timeline-notes:sahel-2017-2020');
		for (const message of m) channel.postMessage(message);
		channel.close();
		return performance.timeOrigin + performance.now();
	}, messages);

/**
 * A page of the app that does not listen on the channel (the embed), to send floods to `page`
 * from: no third window shares their handling. `page` comes back to the front, as headless
 * Chromium draws a page behind another at one frame a second.
 */
async function senderBeside(page) {
	const sender = await page.context().newPage();
	await sender.goto(`${BASE_URL}/embed`);
	await page.bringToFront();
	await nextFrames(page);
	return sender;
}

const prepare = (page) => page.context().addInitScript(logChannelMessages);

test('the notes channel: a flood of 10,000 steps leaves /present responsive and at the last chapter; forged presenter messages are ignored', async () => {
	await withPage(browser, '/present', { reducedMotion: 'reduce', prepare }, async ({ page }) => {
		const sender = await senderBeside(page);
		const atLast = () => new URL(page.url()).searchParams.get('chapter') === chapters.at(-1);
		const steps = await afterFlood(page, () => broadcast(sender, Array.from({ length: FLOOD }, () => ({ type: 'next' }))), FLOOD, atLast);
		// Obeyed one by one, each step re-applied a chapter: minutes of work for 10,000.
		assert.ok(steps.perFrame >= MESSAGES_PER_FRAME, `the flood: ${JSON.stringify(steps)}`);
		// Messages only a presenter sends: a second window cannot steer the first by posing as one.
		await broadcast(sender, [{ type: 'chapter', id: chapters[0] }, { type: 'state', chapterId: chapters[0], startedAt: 1 }]);
		await page.waitForTimeout(300);
		assert.equal(new URL(page.url()).searchParams.get('chapter'), chapters.at(-1));
		console.log(`# presenter, a ${FLOOD}-message flood on the notes channel: ${JSON.stringify(steps)}`);
	});
});

test('the notes window, flooded with 10,000 of the presenter’s messages, stays responsive and shows the last', async () => {
	await withPage(browser, '/present/notes', { reducedMotion: 'reduce', prepare }, async ({ page }) => {
		const sender = await senderBeside(page);
		const atLast = async () => (await page.locator('h2').textContent()).includes(seed.chapters[(FLOOD - 1) % chapters.length].title.en);
		const said = await afterFlood(page, () => broadcast(sender, Array.from({ length: FLOOD }, (_, i) => ({ type: 'chapter', id: chapters[i % chapters.length] }))), FLOOD, atLast);
		assert.ok(said.perFrame >= MESSAGES_PER_FRAME, `the notes window's flood: ${JSON.stringify(said)}`);
		console.log(`# notes window, a ${FLOOD}-message flood: ${JSON.stringify(said)}`);
	});
});
