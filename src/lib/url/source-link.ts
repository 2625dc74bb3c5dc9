// A source from a data file becomes a link only when it is one web address and nothing else: an
// http(s) URL. Anything else (a newspaper's name, "javascript:…", a list of outlets) stays text.

/** The URL to link to, or null when the text is not a single http(s) URL. */
export function sourceLink(text: string): string | null {
	const trimmed = text.trim();
	if (!/^https?:\/\/\S+$/i.test(trimmed)) return null;
	try {
		const url = new URL(trimmed);
		return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
	} catch {
		return null;
	}
}
