import { browser } from '$app/environment';
import { langFromNavigator } from '$lib/i18n/lang';
import { loadLanguage, type Lang } from '$lib/i18n/messages';
import { langParam, readParam } from '$lib/url/params';
import type { LayoutLoad } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

/** `?lang=`, else the browser's languages: known only in the browser, so prerendered pages are English. */
function readerLang(): Lang {
	if (!browser) return 'en';
	const asked = readParam(new URLSearchParams(location.search), langParam);
	return asked?.ok ? asked.value : langFromNavigator(navigator.languages);
}

// The reader's language's messages are in before the page renders or hydrates: no text is missing,
// and the other language is not downloaded unless the reader switches to it.
export const load: LayoutLoad = async ({ data }) => {
	const lang = readerLang();
	await loadLanguage(lang);
	return { ...data, lang };
};
