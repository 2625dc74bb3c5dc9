// The explorer's view as its URL asks for it, set once when the page opens; url-sync.svelte.ts
// writes it back as it changes.
import type { Locale } from '../state/locale.svelte';
import type { Session } from '../state/session.svelte';
import { noticeText, parseViewParams } from '../url/view-params';

/**
 * Restores the view from the URL once. Returns notices for bad parameters.
 */
export function restoreView(session: Session, locale: Locale, search: URLSearchParams): string[] {
	const { view, notices } = parseViewParams(search, session.incidents.map((i) => i.incident.id));
	if (view.focus) session.focus(view.focus);
	if (view.from !== undefined && view.to !== undefined) session.clock.setWindow({ from: view.from, to: view.to });
	const { bounds } = session.clock;
	if (view.t !== undefined) {
		if (view.t < bounds.from || view.t > bounds.to) notices.push({ name: 't', reason: 'paramOutOfRange' });
		session.clock.seek(view.t);
	} else if (view.from !== undefined && !view.focus) {
		// A window without a time opens at its start, whatever the page opened on.
		session.clock.seek(view.from);
	}
	return notices.map((n) => noticeText(locale.lang, n));
}
