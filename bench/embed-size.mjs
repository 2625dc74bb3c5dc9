// Bytes of the first load of /embed, gzipped: every response the page receives (the HTML, which
// carries the scenario as page data; the JS, with the map bundled; the CSS). Budget: 150 KB. Needs a
// built app served at BASE_URL (run.mjs starts one).
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from '../tests/browser/chromium.mjs';

const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
const BUDGET_BYTES = 150 * 1024;

/** js, css, html, json, svg … from the content type, else from the file name. */
function typeOf(response) {
	const contentType = response.headers()['content-type'] ?? '';
	if (contentType.includes('javascript')) return 'js';
	if (contentType.includes('css')) return 'css';
	if (contentType.includes('html')) return 'html';
	if (contentType.includes('json')) return 'json';
	if (contentType.includes('svg')) return 'svg';
	return new URL(response.url()).pathname.split('.').pop() || 'other';
}

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
const page = await context.newPage();
const pending = [];
const outside = [];
page.on('response', (response) => {
	const url = new URL(response.url());
	if (url.origin !== new URL(BASE_URL).origin) outside.push(response.url());
	if (response.status() >= 300 && response.status() < 400) return;
	pending.push(
		response.body().then((body) => ({ url: url.pathname, type: typeOf(response), bytes: body.length, bytesGzip: gzipSync(body).length }))
	);
});
await page.goto(BASE_URL + '/embed', { waitUntil: 'networkidle' });
await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
const files = (await Promise.all(pending)).sort((a, b) => b.bytesGzip - a.bytesGzip);
await browser.close();

const byType = {};
for (const file of files) byType[file.type] = (byType[file.type] ?? 0) + file.bytesGzip;
const bytesGzip = files.reduce((sum, file) => sum + file.bytesGzip, 0);
const result = {
	date: new Date().toISOString(),
	machine: { cpus: os.cpus()[0]?.model, cores: os.cpus().length, node: process.version },
	bytesGzip,
	bytesRaw: files.reduce((sum, file) => sum + file.bytes, 0),
	byType,
	budgetBytes: BUDGET_BYTES,
	withinBudget: bytesGzip <= BUDGET_BYTES,
	requestsOutsideOrigin: outside,
	files
};
writeFileSync(new URL('./results/embed-size.json', import.meta.url), JSON.stringify(result, null, 2) + '\n');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(
	`/embed first load: ${kb(bytesGzip)} gzipped in ${files.length} responses (${Object.entries(byType)
		.map(([type, bytes]) => `${type} ${kb(bytes)}`)
		.join(', ')}); budget ${kb(BUDGET_BYTES)}: ${result.withinBudget ? 'within' : 'OVER'}` +
		(outside.length ? `; ${outside.length} requests left the origin` : '')
);
