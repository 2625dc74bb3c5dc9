import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		setupFiles: ['tests/unit/setup/languages.ts'],
		// Test files share a worker's module cache instead of re-importing zod, d3 and the seed for
		// each: half the suite's time. Tests keep no state between files (checked with shuffled runs).
		pool: 'threads',
		isolate: false,
		// No unit test is about speed (speed lives in `npm run bench`): property and oracle tests that
		// take 1–2 s alone took over 5 s beside a build on a shared 2-core machine and failed for it.
		testTimeout: 30_000
	}
});
