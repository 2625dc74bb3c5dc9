import { onMount } from 'svelte';
import { replaceState } from '$app/navigation';
import { page } from '$app/state';
import type { Locale } from '../i18n/locale.svelte';
import { message } from '../i18n/messages';
import { createThrottle } from '../throttle';
import { parseViewParams, withViewParams } from '../url/view-params';
import type { Explorer } from './explorer.svelte';
import { currentView } from './current-view';

const WRITE_EVERY_MS = 250;

/**
 * Restores the view from the URL once. Returns notices for bad parameters.
 */
export function restoreView(explorer: Explorer, locale: Locale, search: URLSearchParams): string[] {
	const { view, notices } = parseViewParams(search, explorer.incidents.map((i) => i.incident.id));
	if (view.focus) explorer.focus(view.focus);
	if (view.from !== undefined && view.to !== undefined) explorer.clock.setWindow({ from: view.from, to: view.to });
	const { bounds } = explorer.clock;
	if (view.t !== undefined) {
		if (view.t < bounds.from || view.t > bounds.to) notices.push({ name: 't', reason: 'paramOutOfRange' });
		explorer.clock.seek(view.t);
	}
	return notices.map((n) => message(locale.lang, 'invalidParam', { name: n.name, reason: message(locale.lang, n.reason) }));
}

export function followViewInUrl(explorer: Explorer, locale: Locale): void {
	// A throttle, not a debounce: the URL keeps up while playing or dragging (browsers cap history calls).
	const writeUrl = createThrottle(WRITE_EVERY_MS);
	// The router takes history only once hydration is over: start writing a task after mount.
	let routerReady = $state(false);
	onMount(() => {
		const timer = setTimeout(() => (routerReady = true));
		return () => clearTimeout(timer);
	});
	$effect(() => {
		const view = currentView(explorer, locale.lang);
		if (!routerReady) return;
		writeUrl(() => {
			const url = new URL(location.href);
			url.search = withViewParams(url.searchParams, view).toString();
			replaceState(url, page.state);
		});
	});
	$effect(() => () => writeUrl.cancel());
}
