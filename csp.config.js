// The Content-Security-Policy of every page, written by SvelteKit into a <meta http-equiv> of each
// prerendered page with the hashes of its inline scripts (kit.csp, mode 'hash'). README, "Security
// headers", lists what a deployment sends as headers besides, which a meta tag cannot carry.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** @typedef {NonNullable<NonNullable<import('@sveltejs/kit').KitConfig['csp']>['directives']>} Directives */
/** @typedef {NonNullable<Directives['connect-src']>[number]} Source */

/**
 * The one inline style the app cannot avoid: SvelteKit's route announcer (a visually hidden live
 * region its generated root component adds after hydration, sveltejs/kit#11993) carries a style
 * attribute. Allowed by its hash alone, read from the installed SvelteKit, so an upgrade that
 * changes it fails the build here instead of shipping a violation.
 * @returns {`sha256-${string}`}
 */
export function announcerStyleHash() {
	const kit = dirname(createRequire(import.meta.url).resolve('@sveltejs/kit/package.json'));
	const source = readFileSync(join(kit, 'src/core/sync/write_root.js'), 'utf8');
	const style = /id="svelte-announcer"[^>]*?style="([^"]*)"/.exec(source)?.[1];
	if (style === undefined) throw new Error('csp.config.js: SvelteKit\'s announcer has no inline style any more; drop its hash from style-src-attr');
	return `sha256-${createHash('sha256').update(style).digest('base64')}`;
}

/**
 * The origins VITE_DATA_ORIGINS lets ?data= fetch from, each a bare http(s) origin; anything else fails the build.
 * @returns {Source[]}
 */
export function dataOrigins(setting = '') {
	return setting
		.split(',')
		.map((origin) => origin.trim())
		.filter((origin) => origin !== '')
		.map((origin) => {
			let url;
			try {
				url = new URL(origin);
			} catch {
				url = null;
			}
			if (!url || !['http:', 'https:'].includes(url.protocol) || url.origin !== origin.replace(/\/$/, '')) {
				throw new Error(`VITE_DATA_ORIGINS: "${origin}" is not an origin such as https://data.example.org (scheme, host and port only)`);
			}
			return /** @type {Source} */ (url.origin);
		});
}

/**
 * kit.csp's directives (SvelteKit quotes the keywords). Nothing is allowed unless listed: scripts,
 * styles, images and frames (the Share dialog's live preview of /embed) from the app's own origin;
 * fetches from it and from the data origins; no plugins; no <base> elsewhere; of inline styles,
 * only the announcer's (style-src-attr: 'unsafe-hashes' lets a hash name a style attribute).
 * @param {string | undefined} dataOriginsSetting VITE_DATA_ORIGINS
 * @returns {Directives}
 */
export function cspDirectives(dataOriginsSetting) {
	return {
		'default-src': ['none'],
		'script-src': ['self'],
		'style-src': ['self'],
		'style-src-attr': ['unsafe-hashes', announcerStyleHash()],
		'img-src': ['self'],
		'font-src': ['self'],
		'connect-src': ['self', ...dataOrigins(dataOriginsSetting)],
		'frame-src': ['self'],
		'worker-src': ['self'],
		'manifest-src': ['self'],
		'object-src': ['none'],
		'base-uri': ['self'],
		'form-action': ['self']
	};
}
