import { embedUrl } from '../url/links';
import type { EmbedParams } from './embed-params';

/** Map, timeline and controls without scrolling; the resize script then fits the frame to its content. */
export const DEFAULT_EMBED_HEIGHT = 600;

export interface SnippetOptions {
	/** Absolute URL of the app's /embed page. */
	embedPage: string | URL;
	params: Partial<EmbedParams>;
	/** The iframe's accessible name, in the embed's language. */
	title: string;
	height?: number;
	/** Absolute URL of embed-resize.js; left out, the frame keeps its initial height. */
	resizeScript?: string | URL;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe inside a double-quoted attribute and in text, whatever the title or URL holds. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** The copy-paste HTML for a host page: a lazy, full-width iframe and, if asked, the script that sizes it. */
export function embedSnippet(options: SnippetOptions): string {
	const height = options.height ?? DEFAULT_EMBED_HEIGHT;
	if (!(height > 0)) throw new Error(`invalid height: ${height}`);
	const src = embedUrl(options.embedPage, options.params);
	const iframe =
		`<iframe src="${escapeHtml(src)}" title="${escapeHtml(options.title)}" loading="lazy" ` +
		`style="width: 100%; border: 0;" height="${Math.round(height)}"></iframe>`;
	if (options.resizeScript === undefined) return iframe;
	return `${iframe}\n<script src="${escapeHtml(new URL(options.resizeScript).href)}" async></script>`;
}
