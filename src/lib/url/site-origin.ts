// Where the app is deployed, for the links that must be absolute (og:image:
// social sites do not resolve a relative image). Set at build time by
// VITE_SITE_ORIGIN; without it, links stay relative.
import * as z from 'zod';

const OriginSchema = z
	.url({ protocol: /^https?$/, error: 'must be an http or https URL' })
	.refine(isOriginOnly, 'must be an origin only: scheme, host and port, no path, query or fragment');

function isOriginOnly(text: string): boolean {
	try {
		return new URL(text).origin === text.replace(/\/$/, '');
	} catch {
		return false;
	}
}

/** The origin without a trailing slash, or '' when none is configured. A bad value fails the build rather than shipping broken links. */
export function siteOrigin(configured: string | undefined): string {
	if (configured === undefined || configured.trim() === '') return '';
	const parsed = OriginSchema.safeParse(configured.trim());
	if (!parsed.success) throw new Error(`VITE_SITE_ORIGIN "${configured}" ${parsed.error.issues[0]?.message}`);
	return new URL(parsed.data).origin;
}
