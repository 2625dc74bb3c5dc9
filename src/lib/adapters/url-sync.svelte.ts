import type { Locale } from '../state/locale.svelte';
import { createSettle } from '../time/settle';
import { noticeText, parseViewParams } from '../url/view-params';
import type { Session } from '../state/session.svelte';
import { currentView } from '../url/current-view';
import { explorerHref } from '../url/links';
import { replaceAfterHydration } from './history';

/**
 * A URL write (history.replaceState) costs a few ms of main thread and grows with the page, so it
 * waits until the reader stops (a pause, a released key or pointer) and, while the clock keeps
 * moving, happens at most once a second rather than in every few frames.
 */
const WRITE_WHEN_STILL_MS = 300;
const WRITE_WHILE_MOVING_MS = 1000;

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

export function followViewInUrl(session: Session, locale: Locale): void {
	const writeUrl = createSettle(WRITE_WHEN_STILL_MS, WRITE_WHILE_MOVING_MS);
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
