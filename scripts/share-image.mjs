// npm run share-image: the social preview (static/og-image.png) made from the
// built app, so it shows what the app computes today. Run `npm run build`
// first. The image carries the view and the totals it shows in a text chunk;
// scripts/share-image.test.ts fails when they no longer match the data.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from '../tests/browser/chromium.mjs';
import { writePngText } from './png-text.mjs';

export const SHARE_IMAGE_PATH = new URL('../static/og-image.png', import.meta.url).pathname;
export const SHARE_IMAGE_KEYWORD = 'Sahel Timeline totals';
/** The view shown: every attack begun, every toll revised, in English, the default policy. */
export const SHARE_VIEW = { t: '2020-01-15T12:00:00+01:00', lang: 'en', policy: 'range' };
const SIZE = { width: 1280, height: 800 };
const PORT = Number(process.env.PREVIEW_PORT ?? 4179);

/** JSON with every non-ASCII character escaped, as tEXt holds Latin-1 and readers expect ASCII. */
const asciiJson = (value) => JSON.stringify(value).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

async function waitFor(url, deadline) {
	while (Date.now() < deadline) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(`no answer from ${url}`);
}

async function main() {
	const preview = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
	const base = `http://127.0.0.1:${PORT}`;
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
	try {
		await waitFor(`${base}/`, Date.now() + 30_000);
		const page = await browser.newPage({ viewport: SIZE, reducedMotion: 'reduce', locale: 'en-GB' });
		const path = `/?t=${encodeURIComponent(SHARE_VIEW.t)}&lang=${SHARE_VIEW.lang}`;
		await page.goto(base + path);
		await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
		await page.evaluate(() => document.fonts.ready);
		// What the totals panel shows, line by line, as a reader sees it.
		const lines = await page.$$eval('.side .totals .row', (rows) =>
			rows.map((row) => `${row.querySelector('dt')?.textContent?.trim()}: ${row.querySelector('dd [aria-hidden="true"]')?.textContent?.trim()}`)
		);
		if (lines.length === 0) throw new Error('no totals on the page: did the build run?');
		const png = await page.screenshot({ type: 'png' });
		writeFileSync(SHARE_IMAGE_PATH, writePngText(png, SHARE_IMAGE_KEYWORD, asciiJson({ ...SHARE_VIEW, lines })));
		console.log(`${SHARE_IMAGE_PATH}: ${lines.join(' | ')}`);
	} finally {
		await browser.close();
		process.kill(-preview.pid);
	}
}

if (process.argv[1] === new URL(import.meta.url).pathname) await main();
