/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// The app offline after one visit (issue 10): a talk survives a venue with no network. Built by
// SvelteKit and registered from the app's own origin (adapters/offline-cache.ts), so a
// Content-Security-Policy's worker-src 'self' allows it.
import { build, files, prerendered, version } from '$service-worker';
import { offlineStrategy } from '$lib/url/offline-strategy';

const worker = self as unknown as ServiceWorkerGlobalScope;
/** One cache per build: a new deployment installs a new one and drops the old. */
const CACHE = `sahel-timeline-${version}`;
/** What no page needs: the social preview image and the script host pages include. */
const NOT_FOR_PAGES = new Set(['og-image.png', 'embed-resize.js']);
const staticFiles = files.filter((path) => !NOT_FOR_PAGES.has(path.split('/').pop() ?? ''));
const catalogue = { origin: worker.location.origin, assets: new Set([...build, ...staticFiles]), pages: new Set(prerendered) };

worker.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll([...catalogue.assets, ...catalogue.pages])));
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(caches.keys().then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key)))));
});

worker.addEventListener('fetch', (event) => {
	const strategy = offlineStrategy(event.request, catalogue);
	if (strategy === null) return;
	const cached = () => caches.open(CACHE).then((cache) => cache.match(event.request, { ignoreSearch: true }));
	const network = () => fetch(event.request);
	event.respondWith(
		strategy === 'cache-first'
			? cached().then((response) => response ?? network())
			: network().catch(async (error: unknown) => (await cached()) ?? Promise.reject(error))
	);
});
