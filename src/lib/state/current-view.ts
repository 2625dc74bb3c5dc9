import type { Lang } from '../i18n/messages';
import { span } from '../time/time-window';
import type { ViewParams } from '../url/view-params';
import type { Explorer } from './explorer.svelte';

/** The explorer's view as URL parameters; the window is left out while it is the whole period. */
export function currentView(explorer: Explorer, lang: Lang): ViewParams {
	const clock = explorer.clock;
	const whole = span(clock.window) >= span(clock.bounds);
	return {
		t: clock.time,
		from: whole ? undefined : clock.window.from,
		to: whole ? undefined : clock.window.to,
		focus: explorer.focusId ?? undefined,
		lang
	};
}
