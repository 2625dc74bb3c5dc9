// Registers the offline cache (src/service-worker.ts). SvelteKit's own registration is turned off
// (svelte.config.js) because its inline script cannot catch a refusal, and browsers do refuse: a
// profile that keeps no site data, a frame on another site. The app then simply stays online-only,
// without an error on the page.
import { dev } from '$app/environment';
import { base } from '$app/paths';

/** Call once a page is mounted; registers after the page's load, as SvelteKit would, so the precache does not compete with it. */
export function registerOfflineCache(): void {
	if (!('serviceWorker' in navigator)) return;
	const register = () => {
		navigator.serviceWorker.register(`${base}/service-worker.js`, { type: dev ? 'module' : 'classic' }).catch(() => {});
	};
	if (document.readyState === 'complete') register();
	else addEventListener('load', register, { once: true });
}
