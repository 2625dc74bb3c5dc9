// Link previews (issue 10, review 21): every prerendered page, as a social site's crawler reads it
// (the served HTML, no script run), names a large-image card for X/Twitter and Open Graph, and its
// image is the share image `npm run share-image` wrote, served at the size the page states, with a
// text alternative.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL } from './harness.mjs';

const PAGES = ['/', '/present', '/present/notes', '/embed', '/print'];

/** The page's <meta> tags by name or property, as a crawler reads them (attributes only, no script). */
function metaTags(html) {
	const tags = new Map();
	for (const [tag] of html.matchAll(/<meta\b[^>]*>/g)) {
		const key = tag.match(/\b(?:name|property)="([^"]+)"/)?.[1];
		const content = tag.match(/\bcontent="([^"]*)"/)?.[1];
		if (key && content !== undefined) tags.set(key, content);
	}
	return tags;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes) {
	assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG');
	const view = new DataView(bytes.buffer, bytes.byteOffset);
	return { width: view.getUint32(16), height: view.getUint32(20) };
}

for (const path of PAGES) {
	test(`${path} offers a large-image card with the share image, its size and its description`, async () => {
		const response = await fetch(BASE_URL + path);
		assert.equal(response.status, 200);
		const meta = metaTags(await response.text());
		assert.equal(meta.get('twitter:card'), 'summary_large_image');
		assert.ok(meta.get('og:title'), 'og:title');
		assert.ok(meta.get('og:description'), 'og:description');
		const alt = meta.get('og:image:alt');
		assert.ok(alt && alt.length > 20, `og:image:alt says what the image shows: "${alt}"`);
		assert.equal(meta.get('twitter:image:alt'), alt);

		const image = await fetch(new URL(meta.get('og:image'), BASE_URL + path));
		assert.equal(image.status, 200, `${meta.get('og:image')} is served`);
		assert.equal(image.headers.get('content-type'), 'image/png');
		const size = pngSize(new Uint8Array(await image.arrayBuffer()));
		assert.equal(Number(meta.get('og:image:width')), size.width);
		assert.equal(Number(meta.get('og:image:height')), size.height);
	});
}
