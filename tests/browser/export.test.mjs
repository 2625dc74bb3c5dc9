// Exports are checked in the files themselves: a PNG's size and pixels, an SVG's markup and text,
// a video's container, read back in the page (createImageBitmap, DOMParser, mediabunny).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, launchBrowser, readDownload, withPage, screenshot, VIEWPORTS } from './harness.mjs';
import { readVideo } from './media.mjs';

let browser;
before(async () => {
	browser = await launchBrowser();
});
after(async () => {
	await browser?.close();
});

const CHINAGODRAR = '/?focus=chinagodrar-2020-01-09&t=2020-01-09T12:28:00Z';
/** The app's land colours (app.css --land, --land-focus). */
const LAND = [
	[0xf1, 0xeb, 0xdf],
	[0xe6, 0xd8, 0xbd]
];

/** Opens the export dialog, chooses, downloads, checks the dialog with `downloaded` before closing it; returns the file's name and bytes. */
async function exportFile(page, { format, size, transparent = false, open = () => page.getByRole('button', { name: /^(Export|Exporter)$/ }).click(), downloaded = async () => {} }) {
	await open();
	const dialog = page.getByRole('dialog');
	await dialog.getByRole('radio', { name: format }).check();
	if (size) await dialog.getByRole('combobox').selectOption(size);
	if (transparent) await dialog.getByRole('checkbox').check();
	const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: /^(Download|Télécharger)$/ }).click()]);
	const bytes = await readDownload(download);
	await downloaded(dialog, download.suggestedFilename());
	await dialog.getByRole('button', { name: /^(Close|Fermer)$/ }).click();
	return { name: download.suggestedFilename(), bytes };
}

/** The PNG decoded by the browser: size, pixel variance, whether a land colour is there, the top-left pixel. */
function inspectPng(page, bytes) {
	return page.evaluate(
		async ({ base64, land }) => {
			const blob = new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' });
			const bitmap = await createImageBitmap(blob);
			const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
			const context = canvas.getContext('2d');
			context.drawImage(bitmap, 0, 0);
			const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
			let sum = 0;
			let squares = 0;
			let landPixels = 0;
			const n = data.length / 4;
			for (let i = 0; i < data.length; i += 4) {
				const grey = (data[i] + data[i + 1] + data[i + 2]) / 3;
				sum += grey;
				squares += grey * grey;
				if (land.some(([r, g, b]) => Math.abs(data[i] - r) <= 2 && Math.abs(data[i + 1] - g) <= 2 && Math.abs(data[i + 2] - b) <= 2 && data[i + 3] === 255)) landPixels++;
			}
			return { width: bitmap.width, height: bitmap.height, variance: squares / n - (sum / n) ** 2, landShare: landPixels / n, corner: [...data.slice(0, 4)] };
		},
		{ base64: bytes.toString('base64'), land: LAND }
	);
}

test('a PNG of the explorer’s view: the chosen size, a map (land colour, not blank), named after the attack and the time', async () => {
	await withPage(browser, CHINAGODRAR, { reducedMotion: 'reduce' }, async ({ page }) => {
		const mapBox = await page.locator('svg.overlay').boundingBox();
		const hd = await exportFile(page, { format: 'PNG image', size: 'hd' });
		assert.equal(hd.name, 'sahel-timeline_chinagodrar-2020-01-09_2020-01-09T1328.png');
		const image = await inspectPng(page, hd.bytes);
		assert.deepEqual([image.width, image.height], [1920, 1080]);
		assert.ok(image.variance > 100, `not blank (variance ${image.variance})`);
		assert.ok(image.landShare > 0.1, `the map's land colour covers ${image.landShare}`);
		assert.equal(image.corner[3], 255, 'opaque');

		// Twice the screen: the map's width on screen, doubled; transparent: the corner is see-through.
		const double = await exportFile(page, { format: 'PNG image', size: 'double', transparent: true });
		const twice = await inspectPng(page, double.bytes);
		assert.equal(twice.width, 2 * Math.round(mapBox.width));
		assert.ok(twice.height > 2 * mapBox.height, 'the map plus the header and footer');
		assert.equal(twice.corner[3], 0, 'no background');
	});
});

test('an SVG of the view stands alone: it parses, links to nothing outside, and has the names and totals as text', async () => {
	await withPage(browser, CHINAGODRAR, { reducedMotion: 'reduce' }, async ({ page }) => {
		// The figures as the screen's totals give them for this attack.
		const screenKilled = (await page.locator('.side').getByText('Security forces killed').first().locator('..').textContent()).match(/\d+/)[0];
		const downloaded = async (dialog, file) => {
			const status = dialog.getByRole('status');
			await eventually(async () => (await status.textContent()) === `Downloaded ${file}.`, { message: 'the download said' });
			// The word is about the SVG: choosing another format clears it.
			await dialog.getByRole('radio', { name: /^Video/ }).check();
			assert.equal((await status.textContent()).trim(), '', 'no stale status once the format changes');
		};
		const { name, bytes } = await exportFile(page, { format: /SVG/, size: 'square', downloaded });
		assert.match(name, /^sahel-timeline_chinagodrar-2020-01-09_2020-01-09T1328\.svg$/);
		const svg = bytes.toString('utf8');
		assert.doesNotMatch(svg, /href\s*=\s*["']?\s*(https?:|\/\/)/i, 'no link out');
		assert.doesNotMatch(svg, /url\(\s*["']?\s*(https?:|\/\/)/i, 'no remote url()');
		assert.doesNotMatch(svg, /<(image|style|script|foreignObject|link)\b|class=|@import/i, 'no stylesheet, script or image');
		const read = await page.evaluate((source) => {
			const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
			return {
				error: doc.querySelector('parsererror')?.textContent ?? null,
				size: [doc.documentElement.getAttribute('width'), doc.documentElement.getAttribute('height')],
				texts: [...doc.querySelectorAll('text')].map((t) => t.textContent)
			};
		}, svg);
		assert.equal(read.error, null);
		assert.deepEqual(read.size, ['1080', '1080']);
		// Niger fills most of this frame, and its first spot lies under the story's labels: its name
		// takes one of its further spots.
		for (const country of ['MALI', 'NIGER']) assert.ok(read.texts.includes(country), `${country} as text`);
		const counted = read.texts.find((t) => t.startsWith('Attack on the Chinagodrar army post — Security forces killed:'));
		assert.ok(counted?.includes(`Security forces killed: ${screenKilled} ·`), counted);
		assert.match(counted, /Civilians killed: none reported/);
		// The other side's claim stands on its own line, never in the counted one.
		assert.ok(read.texts.some((t) => /Attackers killed, as claimed by the forces that fought them: \d+/.test(t)));
		assert.doesNotMatch(counted, /as claimed/);
		assert.ok(read.texts.some((t) => /Figures: .*Niger Ministry of National Defence/.test(t)), 'the sources of the figures shown');
	});
});

test('the presenter’s E opens the export menu, in French, and the file is named after the chapter', async () => {
	await withPage(browser, '/present?chapter=chinagodrar-two-fronts&lang=fr', { reducedMotion: 'reduce', viewport: VIEWPORTS.projector }, async ({ page }) => {
		await page.getByRole('heading', { level: 1 }).first().waitFor();
		const downloaded = async (dialog, file) => eventually(async () => (await dialog.getByRole('status').textContent()) === `${file} téléchargé.`, { message: 'the download said, in French' });
		const { name, bytes } = await exportFile(page, { format: 'Image PNG', size: 'square', open: () => page.keyboard.press('e'), downloaded });
		assert.equal(name, 'sahel-timeline_chinagodrar-two-fronts_2020-01-09T1150.png');
		const image = await inspectPng(page, bytes);
		assert.deepEqual([image.width, image.height], [1080, 1080]);
		assert.ok(image.landShare > 0.05, `land ${image.landShare}`);
		// Keys go back to the talk once the dialog is closed.
		assert.equal(await page.getByRole('dialog').count(), 0);
	});
});

test('a 16:9 image of a chapter shows what the presenter shows north to south: every attack on the screen’s map is inside the exported map', async () => {
	await withPage(browser, '/present?chapter=chinagodrar-air-response', { reducedMotion: 'reduce', viewport: VIEWPORTS.projector }, async ({ page }) => {
		await page.getByRole('heading', { level: 1 }).first().waitFor();
		// On screen: the attacks begun, each symbol's centre inside the map (Chinagodrar at the top, Inates, Tongo Tongo, Ayorou).
		const onScreen = await page.evaluate(() => {
			const map = document.querySelector('svg.overlay').getBoundingClientRect();
			return [...document.querySelectorAll('g.incident.shown')].map((g) => {
				const box = g.querySelector('circle:not(.hit)').getBoundingClientRect();
				const [x, y] = [box.x + box.width / 2 - map.x, box.y + box.height / 2 - map.y];
				return { id: g.dataset.incident, inside: x >= 0 && y >= 0 && x <= map.width && y <= map.height };
			});
		});
		assert.ok(onScreen.some((i) => i.id === 'chinagodrar-2020-01-09'), 'Chinagodrar on screen');
		assert.ok(onScreen.every((i) => i.inside), JSON.stringify(onScreen));
		const { bytes } = await exportFile(page, { format: /SVG/, size: 'hd', open: () => page.keyboard.press('e') });
		// In the file: each attack's disc (the 0.8-opaque circles of the map's clipped group), its centre from the groups' translations.
		const exported = await page.evaluate((source) => {
			const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
			const map = doc.querySelector('g[clip-path]');
			const clip = doc.querySelector(`${map.getAttribute('clip-path').slice(4, -1)} rect`);
			const [width, height] = ['width', 'height'].map((a) => Number(clip.getAttribute(a)));
			return [...map.querySelectorAll('circle[fill-opacity="0.8"]')].map((circle) => {
				let [x, y] = [Number(circle.getAttribute('cx')), Number(circle.getAttribute('cy'))];
				for (let g = circle.parentElement; g !== map; g = g.parentElement) {
					const [, tx, ty] = g.getAttribute('transform').match(/translate\(([-\d.]+),([-\d.]+)\)/);
					[x, y] = [x + Number(tx), y + Number(ty)];
				}
				return { x: Math.round(x), y: Math.round(y), width, height };
			});
		}, bytes.toString('utf8'));
		assert.equal(exported.length, onScreen.length, 'every attack begun drawn');
		for (const disc of exported) assert.ok(disc.x >= 0 && disc.y >= 0 && disc.x <= disc.width && disc.y <= disc.height, `a disc at ${disc.x}, ${disc.y} outside the ${disc.width} × ${disc.height} map`);
	});
});

test('the export menu in English and French (screenshots)', async () => {
	for (const [lang, title] of [
		['en', 'Export this view'],
		['fr', 'Exporter cette vue']
	]) {
		await withPage(browser, `${CHINAGODRAR}&lang=${lang}`, { reducedMotion: 'reduce', viewport: VIEWPORTS.desktop }, async ({ page }) => {
			await page.getByRole('button', { name: lang === 'en' ? 'Export' : 'Exporter', exact: true }).click();
			const dialog = page.getByRole('dialog', { name: title });
			await dialog.waitFor();
			assert.ok(await dialog.getByRole('radio', { checked: true }).evaluate((el) => el === document.activeElement), 'the chosen format has the focus');
			await screenshot(page, `export-menu-${lang}`);
			await page.keyboard.press('Escape');
			assert.equal(await page.getByRole('dialog').count(), 0, 'Esc closes it');
		});
	}
});

test('a video of a chapter: a valid WebM whose frames and duration are the chapter played at the chosen rate, with its captions', async () => {
	await withPage(browser, '/present?chapter=chinagodrar-disputed-strikes', { reducedMotion: 'reduce', viewport: VIEWPORTS.desktop }, async ({ page, context }) => {
		await page.keyboard.press('e');
		const dialog = page.getByRole('dialog');
		await dialog.getByRole('radio', { name: /^Video/ }).check();
		assert.ok(await dialog.getByRole('radio', { name: 'A chapter, played' }).isChecked(), 'the chapter on screen by default');
		assert.equal(await dialog.getByRole('combobox', { name: 'Chapter' }).inputValue(), 'chinagodrar-disputed-strikes');
		await dialog.getByLabel('Size').selectOption('720');
		const files = [];
		page.on('download', (download) => files.push(download));
		await dialog.getByRole('button', { name: 'Download' }).click();
		await dialog.getByRole('progressbar').waitFor();
		await dialog.getByRole('status').filter({ hasText: /Downloaded|failed/ }).waitFor({ timeout: 600_000 });
		assert.match(await dialog.getByRole('status').textContent(), /^Downloaded /);
		files.sort((a, b) => a.suggestedFilename().localeCompare(b.suggestedFilename()));
		const names = files.map((f) => f.suggestedFilename());
		assert.deepEqual(names, ['sahel-timeline_chinagodrar-disputed-strikes_2020-01-09T1345.vtt', 'sahel-timeline_chinagodrar-disputed-strikes_2020-01-09T1345.webm']);
		const video = await readVideo(context, await readDownload(files[1]));
		assert.equal(video.mime.split(';')[0], 'video/webm');
		assert.deepEqual([video.width, video.height], [1280, 720]);
		assert.ok(['vp9', 'vp8'].includes(video.codec), video.codec);
		// 30 frames a second, each 1/30 s long: the duration is the frame count's.
		assert.ok(video.frames > 30, `${video.frames} frames`);
		assert.ok(Math.abs(video.duration - video.frames / 30) < 0.05, `${video.duration} s for ${video.frames} frames`);
		const captions = (await readDownload(files[0], 'utf8')).split('\n');
		assert.equal(captions[0], 'WEBVTT');
		const [, end] = captions.find((line) => line.includes('-->')).split(' --> ');
		const [h, m, s] = end.split(':').map(Number);
		assert.ok(Math.abs(h * 3600 + m * 60 + s - video.duration) < 0.05, `the captions run to the video's end (${end})`);
	});
});

test('a video export can be cancelled, and nothing is downloaded', async () => {
	await withPage(browser, '/present?chapter=the-border-2017-2020', { reducedMotion: 'reduce', viewport: VIEWPORTS.desktop }, async ({ page }) => {
		await page.keyboard.press('e');
		const dialog = page.getByRole('dialog');
		await dialog.getByRole('radio', { name: /^Video/ }).check();
		let downloads = 0;
		page.on('download', () => downloads++);
		await dialog.getByRole('button', { name: 'Download' }).click();
		await dialog.getByRole('button', { name: 'Cancel' }).click();
		await dialog.getByRole('status').filter({ hasText: 'Export cancelled' }).waitFor({ timeout: 60_000 });
		assert.equal(downloads, 0);
	});
});
