// A small embed (an educator's narrow column) frames what its reader needs: every attack drawn on
// the map is its own symbol, not one blot (at 320×450 the whole region once merged all four), and
// a chapter's shows where its area lies with the locator inset (the bare embed's narrowed region,
// its countries named, goes without, as the whole region does). A link's own framing (`map=`) still wins.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, launchBrowser, withPage, screenshot, seed } from './harness.mjs';

let browser;
before(async () => (browser = await launchBrowser()));
after(async () => await browser?.close());

/** Great-circle kilometres on the mean-radius sphere, haversine; points are [lon, lat]. */
function haversineKm([lon1, lat1], [lon2, lat2]) {
	const rad = (deg) => (deg * Math.PI) / 180;
	const h = Math.sin(rad(lat2 - lat1) / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(rad(lon2 - lon1) / 2) ** 2;
	return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** The most of the smaller symbol's area another may cover and the two still read apart. */
const MAX_COVERED = 0.1;

/** Area two discs share (the lens), from their centres' distance and radii. */
function sharedArea(a, b) {
	const d = Math.hypot(a.x - b.x, a.y - b.y);
	if (d >= a.r + b.r) return 0;
	const [small, large] = a.r <= b.r ? [a.r, b.r] : [b.r, a.r];
	if (d <= large - small) return Math.PI * small ** 2;
	const part = (r, R) => r ** 2 * Math.acos((d ** 2 + r ** 2 - R ** 2) / (2 * d * r));
	return part(a.r, b.r) + part(b.r, a.r) - 0.5 * Math.sqrt((-d + a.r + b.r) * (d + a.r - b.r) * (d - a.r + b.r) * (d + a.r + b.r));
}

/** Each attack's disc on the page (those begun, on the map), in CSS pixels. */
function attackDiscs() {
	const map = document.querySelector('svg[aria-roledescription="map"]').getBoundingClientRect();
	return [...document.querySelectorAll('[data-incident] .sym-incident')]
		.filter((circle) => circle.checkVisibility())
		.map((circle) => {
			const box = circle.getBoundingClientRect();
			return { id: circle.closest('[data-incident]').dataset.incident, x: box.x + box.width / 2, y: box.y + box.height / 2, r: box.width / 2 };
		})
		.filter(({ x, y }) => x >= map.left && x <= map.right && y >= map.top && y <= map.bottom);
}

const EMBEDS = [
	{ name: 'bare', query: '', attacks: seed.incidents.length },
	// The border region's chapter (900 km across, chosen on a presenter's screen), at the end of the story.
	{ name: 'chapter', query: 'chapter=the-border-2017-2020&t=2020-01-16T14:00:00%2B01:00&', attacks: seed.incidents.length }
];

for (const lang of ['en', 'fr']) {
	for (const viewport of [{ width: 320, height: 450 }, { width: 360, height: 640 }]) {
		for (const { name, query, attacks } of EMBEDS) {
			test(`a ${name} /embed at ${viewport.width}×${viewport.height} draws each attack apart${name === 'chapter' ? ', with the locator inset' : ''} (${lang})`, async () => {
				await withPage(browser, `/embed?${query}lang=${lang}`, { viewport, reducedMotion: 'reduce' }, async ({ page }) => {
					await eventually(async () => (await page.evaluate(attackDiscs)).length === attacks, { message: `${attacks} attacks on the map` });
					const discs = await page.evaluate(attackDiscs);
					for (const [i, a] of discs.entries()) {
						for (const b of discs.slice(i + 1)) {
							const covered = sharedArea(a, b) / (Math.PI * Math.min(a.r, b.r) ** 2);
							assert.ok(covered <= MAX_COVERED, `${a.id} and ${b.id} share ${(covered * 100).toFixed(0)} % of the smaller one: ${JSON.stringify([a, b])}`);
						}
					}
					if (name === 'chapter') await page.locator('[data-map-chrome="locator"]').waitFor();
					await screenshot(page, `embed-small-${name}-${viewport.width}x${viewport.height}-${lang}`);
				});
			});
		}
	}
}

test('a link’s own framing (map=) still wins on a small map, coarse as it is', async () => {
	const widthKm = 2000;
	await withPage(browser, `/?map=1.9,14.9,${widthKm}&t=2020-01-16T13:00:00Z`, { viewport: { width: 360, height: 640 }, reducedMotion: 'reduce' }, async ({ page }) => {
		const place = (id) => seed.places.find((p) => p.id === id);
		const [ayorou, chinagodrar] = [place('ayorou'), place('chinagodrar')];
		const expected = (haversineKm([ayorou.lon, ayorou.lat], [chinagodrar.lon, chinagodrar.lat]) / widthKm) * (await page.locator('svg[aria-roledescription="map"]').boundingBox()).width;
		await eventually(
			async () => {
				const discs = await page.evaluate(attackDiscs);
				const at = (id) => discs.find((d) => d.id.startsWith(id));
				const [a, c] = [at('ayorou'), at('chinagodrar')];
				return a && c && Math.abs(Math.hypot(a.x - c.x, a.y - c.y) / expected - 1) < 0.1;
			},
			{ message: `Ayorou and Chinagodrar about ${expected.toFixed(0)} px apart, as ${widthKm} km across the map puts them` }
		);
	});
});
