// How the service worker answers a request, so a talk survives a room without a network once the
// app has been opened there: the app's own files from the cache (they change only with a new
// build, which gets a new cache), its pages from the network while there is one and from the
// cache when not, and anything else (an event table, another site) left to the browser.

export type OfflineStrategy = 'cache-first' | 'network-first';

export interface OfflineCatalogue {
	/** The service worker's origin: nothing from elsewhere is touched. */
	origin: string;
	/** Paths of the built app and the static files (the map), precached. */
	assets: ReadonlySet<string>;
	/** Paths of the prerendered pages and their data (`/present`, `/present/__data.json`), precached. */
	pages: ReadonlySet<string>;
}

/**
 * The strategy for a request, or null to let it through untouched. A page is found whatever its
 * query (`/present?chapter=inates&lang=fr` is `/present`), since the app reads the query itself.
 */
export function offlineStrategy(request: { url: string; method: string }, catalogue: OfflineCatalogue): OfflineStrategy | null {
	if (request.method !== 'GET') return null;
	const url = new URL(request.url);
	if (url.origin !== catalogue.origin) return null;
	if (catalogue.assets.has(url.pathname)) return 'cache-first';
	if (catalogue.pages.has(url.pathname)) return 'network-first';
	return null;
}
