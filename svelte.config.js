import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ fallback: undefined, strict: true }),
		// Registered by the app (adapters/offline-cache.ts), which can catch a browser's refusal.
		serviceWorker: { register: false },
		// The notes window is opened by script, so the crawler cannot find it from a link.
		prerender: { handleHttpError: 'fail', entries: ['*', '/present/notes'] }
	}
};

export default config;
