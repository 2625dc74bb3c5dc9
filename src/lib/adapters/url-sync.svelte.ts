import type { Locale } from '../state/locale.svelte';
import { createSettle } from '../time/settle';
import type { Session } from '../state/session.svelte';
import { currentView, type CameraSource } from '../url/current-view';
import { explorerHref } from '../url/links';
import { replaceAfterHydration } from './history';

/**
 * A URL write (history.replaceState) costs a few ms of main thread and grows with the page, so it
 * waits until the reader stops (a pause, a released key or pointer) and, while the clock keeps
 * moving, happens at most once a second rather than in every few frames.
 */
const WRITE_WHEN_STILL_MS = 300;
const WRITE_WHILE_MOVING_MS = 1000;

/** Writes the view into the URL as it changes, the map's framing with it (restore-view.ts reads it once, when the page opens). */
export function followViewInUrl(session: Session, locale: Locale, camera: CameraSource): void {
	const writeUrl = createSettle(WRITE_WHEN_STILL_MS, WRITE_WHILE_MOVING_MS);
	const withView = (current: URL) => explorerHref(current, currentView(session, locale.lang, camera));
	let cancelWrite = () => {};
	$effect(() => {
		// Tracks the view; the write reads it again when it happens, so a deferred write is never stale.
		currentView(session, locale.lang, camera);
		writeUrl(() => (cancelWrite = replaceAfterHydration(withView)));
	});
	$effect(() => () => {
		writeUrl.cancel();
		cancelWrite();
	});
}
