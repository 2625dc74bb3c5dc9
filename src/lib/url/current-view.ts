import type { Lang } from '../i18n/messages';
import { span, type TimeWindow } from '../time/time-window';
import type { ViewParams } from './view-params';

/** What a view's URL is made of: the session's clock and focus (any object of that shape). */
export interface ViewSource {
	clock: { time: number; window: TimeWindow; bounds: TimeWindow };
	focusId: string | null;
}

/** The explorer's view as URL parameters; the window is left out while it is the whole period. */
export function currentView(session: ViewSource, lang: Lang): ViewParams {
	const clock = session.clock;
	const whole = span(clock.window) >= span(clock.bounds);
	return {
		t: clock.time,
		from: whole ? undefined : clock.window.from,
		to: whole ? undefined : clock.window.to,
		focus: session.focusId ?? undefined,
		lang
	};
}
