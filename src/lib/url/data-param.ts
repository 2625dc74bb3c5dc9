// ?data=URL: an event table to draw under the story. Same origin by default (a path such as
// /data/acled-sahel.bin, or an absolute URL on the page's origin); another origin only when the
// deployment lists it in VITE_DATA_ORIGINS, so a crafted link cannot make the app fetch from anywhere.
import * as z from 'zod/mini';
import { paramCodec, type ParamCodec } from './params';

/** Origins a deployment allows besides its own, from a comma-separated setting ("https://data.example.org"). */
export function allowedDataOrigins(setting: string | undefined): string[] {
	return (setting ?? '')
		.split(',')
		.map((origin) => origin.trim())
		.filter((origin) => origin !== '');
}

/** The value as a URL against the page, or null when it is neither a URL nor a path. */
function urlOf(text: string, pageOrigin: string): URL | null {
	try {
		return new URL(text, pageOrigin);
	} catch {
		return null;
	}
}

const isHttp = (url: URL | null) => url !== null && (url.protocol === 'http:' || url.protocol === 'https:');

/** The codec for `data` on a page at `pageOrigin`: the value read is the absolute URL to fetch. */
export function dataParam(pageOrigin: string, allowed: readonly string[]): ParamCodec<string> {
	// Each check passes what an earlier one refused, so a refusal gives the one reason that applies.
	const schema = z.pipe(
		z.string().check(
			z.refine((text: string) => urlOf(text, pageOrigin) !== null, 'is not a URL or a path'),
			z.refine((text: string) => urlOf(text, pageOrigin) === null || isHttp(urlOf(text, pageOrigin)), 'must be an http or https URL, or a path on this site'),
			z.refine((text: string) => {
				const url = urlOf(text, pageOrigin);
				return !isHttp(url) || url!.origin === pageOrigin || allowed.includes(url!.origin);
			}, `must be on this site (${pageOrigin}) or an origin the deployment allows`)
		),
		z.transform((text: string) => new URL(text, pageOrigin).href)
	);
	return paramCodec('data', schema, (href) => href);
}
