import type { Locale } from '../state/locale.svelte';
import { message } from '../i18n/messages';
import { createThrottle } from '../time/throttle';
import { parseViewParams } from '../url/view-params';
import type { Session } from '../state/session.svelte';
import { currentView } from '../url/current-view';
import { explorerHref } from '../url/links';
import { replaceAfterHydration } from './history';

const WRITE_EVERY_MS = 250;

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
	}
	return notices.map((n) => message(locale.lang, 'invalidParam', { name: n.name, reason: message(locale.lang, n.reason) }));
}

export function followViewInUrl(session: Session, locale: Locale): void {
	// A throttle, not a debounce: the URL keeps up while playing or dragging (browsers cap history calls).
	const writeUrl = createThrottle(WRITE_EVERY_MS);
	const withView = (current: URL) => explorerHref(current, currentView(session, locale.lang));
	let cancelWrite = () => {};
	$effect(() => {
		// Tracks the view; the write reads it again when it happens, so a deferred write is never stale.
		currentView(session, locale.lang);
		writeUrl(() => (cancelWrite = replaceAfterHydration(withView)));
	});
	$effect(() => () => {
		writeUrl.cancel();
		cancelWrite();
	});
}
