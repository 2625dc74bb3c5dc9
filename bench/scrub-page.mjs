// What the scrub bench does in the page: the calibration page, one case's setup, a sweep of
// keyboard steps between performance marks, and a few seconds of playing.

export const STEP_MARK = 'bench:';
export const SLIDER = '[role="slider"][aria-label="Time"]';

/**
 * The floor: a bare ARIA slider "Time" that moves a cursor and rewrites aria-valuenow/-valuetext,
 * with a Play button, served on the app's origin so it runs in the same kind of renderer.
 */
const CALIBRATION_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Calibration</title>
<style>
	body { margin: 0; font: 16px system-ui, sans-serif; }
	.track { position: relative; height: 2.4rem; margin: 3rem 2rem; border-top: 2px solid #555; }
	.cursor { position: absolute; top: -2rem; bottom: 0; width: 2px; background: #b00; }
</style></head>
<body>
<button type="button" id="play">Play</button>
<div class="track" role="slider" tabindex="0" aria-label="Time" aria-valuemin="0" aria-valuemax="10000" aria-valuenow="0" aria-valuetext="0.00 %"><div class="cursor"></div></div>
<script>
	const MAX = 10000;
	const slider = document.querySelector('.track');
	const cursor = document.querySelector('.cursor');
	const button = document.querySelector('#play');
	let value = 0;
	let frame = null;
	function set(next) {
		value = Math.min(MAX, Math.max(0, next));
		slider.setAttribute('aria-valuenow', String(Math.round(value)));
		slider.setAttribute('aria-valuetext', (value / 100).toFixed(2) + ' %');
		cursor.style.left = (value / MAX) * 100 + '%';
	}
	const KEYS = { ArrowRight: 1, ArrowLeft: -1, PageUp: 10, PageDown: -10 };
	slider.addEventListener('keydown', (event) => {
		if (event.key === 'Home') set(0);
		else if (event.key === 'End') set(MAX);
		else if (event.key in KEYS) set(value + (KEYS[event.key] * MAX) / 100);
		else return;
		event.preventDefault();
	});
	function tick() {
		set(value + MAX / 2400);
		frame = value < MAX ? requestAnimationFrame(tick) : null;
		button.textContent = frame === null ? 'Play' : 'Pause';
	}
	button.addEventListener('click', () => {
		if (frame === null) frame = requestAnimationFrame(tick);
		else frame = (cancelAnimationFrame(frame), null);
		button.textContent = frame === null ? 'Play' : 'Pause';
	});
	document.body.dataset.hydrated = 'true';
</script></body></html>`;

export const CALIBRATION_PATH = '/__calibration';

/** The budgeted seed case: inside the Chinagodrar attack, opened with everyLayerOn. */
export const CHINAGODRAR_PATH = '/?focus=chinagodrar-2020-01-09&t=2020-01-09T11:00:00Z';

/** Switches on the four map layers (in the side panel's "Layers" tab). */
export async function everyLayerOn(page) {
	await page.getByRole('tab', { name: 'Layers' }).click();
	const boxes = page.locator('fieldset.layers').getByRole('checkbox');
	for (const box of await boxes.all()) if (!(await box.isChecked())) await box.check();
	const on = await boxes.evaluateAll((inputs) => inputs.filter((i) => i.checked).length);
	if (on !== 4) throw new Error(`expected the 4 map layers on, found ${on}`);
}

/** Opens a case in a fresh context: navigates, waits for hydration, runs its setup, lets it settle. */
export async function openCase(browser, baseUrl, { path, setup }) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
	await context.route(baseUrl + CALIBRATION_PATH, (route) => route.fulfill({ contentType: 'text/html', body: CALIBRATION_HTML }));
	const page = await context.newPage();
	const errors = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(baseUrl + path);
	await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
	const setupResult = await setup?.(page);
	await settled(page);
	return { page, context, errors, setupResult };
}

/** Waits until the DOM has not changed for 500 ms (camera flights, fades, deferred announcements). */
const settled = (page) =>
	page.evaluate(
		() =>
			new Promise((resolve, reject) => {
				const giveUp = setTimeout(() => reject(new Error('the page kept changing for 15 s')), 15_000);
				let quiet;
				const observer = new MutationObserver(() => {
					clearTimeout(quiet);
					quiet = setTimeout(done, 500);
				});
				const done = () => {
					observer.disconnect();
					clearTimeout(giveUp);
					resolve();
				};
				observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
				quiet = setTimeout(done, 500);
			})
	);

/** Presses Home (not measured) and waits two frames, so a sweep starts at the window's start. */
export async function home(page) {
	await page.evaluate(async (selector) => {
		document.querySelector(selector).dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true, cancelable: true }));
		await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
	}, SLIDER);
	await page.waitForTimeout(300);
}

/**
 * One measured step, as the outside checker takes it: a keydown on the slider, then one rendered
 * frame (requestAnimationFrame, then a task), between two marks. Returns aria-valuenow before and after.
 */
export function step(page, name, key = 'ArrowRight') {
	return page.evaluate(
		async ({ selector, name, key }) => {
			const slider = document.querySelector(selector);
			const before = slider.getAttribute('aria-valuenow');
			performance.mark(`${name}:start`);
			slider.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
			await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
			performance.mark(`${name}:end`);
			return [before, slider.getAttribute('aria-valuenow')];
		},
		{ selector: SLIDER, name, key }
	);
}

/** More arrow steps than any window has (round steps number about 50 to 230 across it: d3 picks the tick interval nearest a hundredth of the window, and neighbouring intervals differ up to fivefold). */
const MOST_STEPS = 400;

/**
 * One sweep of measured ArrowRight steps from Home to the window's end, named `${prefix}${i}`. The
 * slider steps to round times (a week, a month, a minute: time/slider-keys.ts), so a window takes
 * about 50 to 230 steps; every one must move the clock. Returns the steps' names and clocks after.
 */
export async function sweep(page, prefix) {
	await home(page);
	const end = await page.evaluate((selector) => document.querySelector(selector).getAttribute('aria-valuemax'), SLIDER);
	const taken = [];
	for (let i = 0; i < MOST_STEPS; i++) {
		const name = `${prefix}${i}`;
		const [before, after] = await step(page, name);
		if (before === after) throw new Error(`step ${name} did not move the clock (aria-valuenow ${before})`);
		taken.push({ name, index: i, after: Number(after) });
		if (after === end) return taken;
	}
	throw new Error(`${MOST_STEPS} steps did not reach the window's end`);
}

/** Starts recording long tasks (> 50 ms) in the page, read back with takeLongTasks. */
export const watchLongTasks = (page) =>
	page.evaluate(() => {
		window.__benchLongTasks = [];
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) window.__benchLongTasks.push(Math.round(entry.duration));
		}).observe({ type: 'longtask' });
	});

export const takeLongTasks = (page) => page.evaluate(() => window.__benchLongTasks.splice(0));

/**
 * Plays `ms` from the window's start: frame intervals from requestAnimationFrame between two marks,
 * and whether the clock still moved at the end (a play that stops early would measure idle frames).
 */
export async function play(page, ms) {
	await home(page);
	await page.getByRole('button', { name: 'Play', exact: true }).click();
	const frames = await page.evaluate(
		async ({ ms, name, selector }) => {
			const slider = document.querySelector(selector);
			const times = [];
			performance.mark(`${name}:start`);
			const startValue = slider.getAttribute('aria-valuenow');
			await new Promise((resolve) => {
				const start = performance.now();
				const tick = (now) => {
					times.push(now);
					if (now - start < ms) requestAnimationFrame(tick);
					else resolve();
				};
				requestAnimationFrame(tick);
			});
			performance.mark(`${name}:end`);
			const before = slider.getAttribute('aria-valuenow');
			await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
			return { times, moved: startValue !== before, stillMoving: slider.getAttribute('aria-valuenow') !== before };
		},
		{ ms, name: `${STEP_MARK}play`, selector: SLIDER }
	);
	await page.getByRole('button', { name: 'Pause', exact: true }).click();
	return frames;
}

/** Frames per second, frame interval percentiles and dropped frames (a gap of n vsyncs drops n − 1). */
export function frameStats(times) {
	const gaps = times.slice(1).map((t, i) => t - times[i]);
	const sorted = [...gaps].sort((a, b) => a - b);
	const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
	const vsync = 1000 / 60;
	return {
		fps: gaps.length / ((times.at(-1) - times[0]) / 1000),
		intervalP50Ms: at(0.5),
		intervalP95Ms: at(0.95),
		intervalMaxMs: sorted.at(-1),
		droppedFrames: gaps.reduce((sum, gap) => sum + Math.max(0, Math.round(gap / vsync) - 1), 0),
		frames: gaps.length
	};
}
