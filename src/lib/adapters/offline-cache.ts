// Registers the offline cache (src/service-worker.ts). SvelteKit's own registration is turned off
// (svelte.config.js) because its inline script cannot catch a refusal, and browsers do refuse: a
// profile that keeps no site data, a frame on another site. The app then simply stays online-only,
// without an error on the page.
import { dev } from '$app/environment';
import { base } from '$app/paths';

/** Loads the precache waits for (an event table from ?data=). */
const holding = new Set<Promise<unknown>>();

/**
 * The precache (the whole app, a few megabytes) waits until `work` ends, however it ends: a page
 * loading a 136 MB event table would otherwise share the network, the server and the CPU with it.
 */
export function holdOfflineCacheFor(work: Promise<unknown>): void {
	holding.add(work);
	void work.finally(() => holding.delete(work)).catch(() => {});
}

/** Call once a page is mounted; registers after the page's load, as SvelteKit would, and after any load held for, so the precache does not compete with them. */
export function registerOfflineCache(): void {
	if (!('serviceWorker' in navigator)) return;
	const register = async () => {
		while (holding.size > 0) await Promise.allSettled([...holding]);
		navigator.serviceWorker.register(`${base}/service-worker.js`, { type: dev ? 'module' : 'classic' }).catch(() => {});
	};
	if (document.readyState === 'complete') void register();
	else addEventListener('load', () => void register(), { once: true });
}
