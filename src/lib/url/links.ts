// Links to the app's pages for a view. Each keeps the base's parameters it does not own, so a base
// that is the current page's URL is the same page with the view written in.
import { withEmbedParams, type EmbedParams } from '../embed/embed-params';
import { withViewParams, type ViewParams } from './view-params';
import { chapterParam, langParam, writeParam } from './params';
import type { Lang } from '../i18n/messages';

/** The explorer at this view; base is an absolute URL of the explorer page. */
export function explorerHref(base: string | URL, view: ViewParams): string {
	const url = new URL(base);
	url.search = withViewParams(url.searchParams, view).toString();
	return url.href;
}

/** The /embed page with these params; base is an absolute URL of the embed page. */
export function embedUrl(base: string | URL, params: Partial<EmbedParams>): string {
	const url = new URL(base);
	url.search = withEmbedParams(url.searchParams, params).toString();
	return url.href;
}

/** The presenter at a chapter, in a language (a printed page's way back to the live view); base is an absolute URL of the presenter page. */
export function presenterHref(base: string | URL, chapter: string, lang: Lang): string {
	const url = new URL(base);
	writeParam(url.searchParams, chapterParam, chapter);
	writeParam(url.searchParams, langParam, lang);
	return url.href;
}

/** A page of the app in a language, as a link from another page: `path` as resolve() gives it, `hash` a fragment ("#inates"). */
export function pageHref(path: string, lang: Lang, hash = ''): string {
	const search = new URLSearchParams();
	writeParam(search, langParam, lang);
	return `${path}?${search}${hash}`;
}
