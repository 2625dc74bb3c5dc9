import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { loadEnv } from 'vite';
import { cspDirectives } from './csp.config.js';

// VITE_DATA_ORIGINS as Vite reads it (the environment, or .env files).
const env = loadEnv(process.env.NODE_ENV === 'development' ? 'development' : 'production', process.cwd(), 'VITE_');

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ fallback: undefined, strict: true }),
		// Registered by the app (adapters/offline-cache.ts), which can catch a browser's refusal.
		serviceWorker: { register: false },
		// The notes window is opened by script, so the crawler cannot find it from a link.
		prerender: { handleHttpError: 'fail', entries: ['*', '/present/notes'] },
		// Hashes of each page's inline scripts: its pages are prerendered, so no nonce can be served.
		csp: { mode: 'hash', directives: cspDirectives(env.VITE_DATA_ORIGINS) }
	}
};

export default config;
