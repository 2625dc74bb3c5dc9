import { replaceState } from '$app/navigation';
import { page } from '$app/state';
import type { Locale } from '../i18n/locale.svelte';
import { message } from '../i18n/messages';
import { span } from '../time/time-window';
import { parseViewParams, withViewParams } from '../url/view-params';
import type { Explorer } from './explorer.svelte';

const WRITE_EVERY_MS = 250;

/**
 * Restores the view from the URL once, then keeps the URL following the view (replaceState,
 * throttled: browsers limit how often history may change). Returns notices for bad parameters.
 */
export function restoreView(explorer: Explorer, locale: Locale, search: URLSearchParams): string[] {
	const { view, notices } = parseViewParams(search, explorer.incidents.map((i) => i.incident.id));
	if (view.focus) explorer.focus(view.focus);
	if (view.from !== undefined && view.to !== undefined) explorer.clock.setWindow({ from: view.from, to: view.to });
	if (view.t !== undefined) explorer.clock.seek(view.t);
	return notices.map((n) => message(locale.lang, 'invalidParam', { name: n.name, reason: n.reason }));
}

export function followViewInUrl(explorer: Explorer, locale: Locale): void {
	let timer: ReturnType<typeof setTimeout> | null = null;
	$effect(() => {
		const clock = explorer.clock;
		const whole = span(clock.window) >= span(clock.bounds);
		const view = {
			t: clock.time,
			from: whole ? undefined : clock.window.from,
			to: whole ? undefined : clock.window.to,
			focus: explorer.focusId ?? undefined,
			lang: locale.lang
		};
		if (timer) clearTimeout(timer);
		timer = setTimeout(() => {
			const url = new URL(location.href);
			url.search = withViewParams(url.searchParams, view).toString();
			replaceState(url, page.state);
		}, WRITE_EVERY_MS);
		return () => {
			if (timer) clearTimeout(timer);
		};
	});
}
