// What every page needs from the build, as `data`. A server load runs only at prerender for this
// static site: the seed is validated once, at build time, and each page carries the result (a
// client-side navigation reads the prerendered __data.json), so the browser neither downloads the
// schemas nor checks the seed again. A broken seed or VITE_SITE_ORIGIN fails the build.
import { embedScenario } from '$lib/embed/embed-scenario';
import { loadSeedScenario } from '$lib/scenario/seed.server';
import { siteOrigin } from '$lib/url/site-origin';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ route }) => {
	const scenario = loadSeedScenario();
	return {
		// The embed shows no panels, and every byte counts against its budget.
		scenario: route.id === '/embed' ? embedScenario(scenario) : scenario,
		/** Absolute when the deployment's origin is known: social sites do not resolve a relative og:image. */
		siteOrigin: siteOrigin(import.meta.env.VITE_SITE_ORIGIN)
	};
};
