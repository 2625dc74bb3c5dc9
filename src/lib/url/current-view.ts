import type { Lang } from '../i18n/messages';
import type { CameraExtent } from '../map/camera';
import { span, type TimeWindow } from '../time/time-window';
import { linkableExtent } from './map-param';
import type { ViewParams } from './view-params';

/** What a view's URL is made of: the session's clock and focus (any object of that shape). */
export interface ViewSource {
	clock: { time: number; window: TimeWindow; bounds: TimeWindow };
	focusId: string | null;
}

/** The map's framing as a link keeps it: the reader's own zoom or pan, null while the camera frames what the view gives. */
export interface CameraSource {
	ownExtent: CameraExtent | null;
}

/** The explorer's view as URL parameters; the window is left out while it is the whole period, the map while the reader has not moved it. */
export function currentView(session: ViewSource, lang: Lang, camera?: CameraSource): ViewParams {
	const clock = session.clock;
	const whole = span(clock.window) >= span(clock.bounds);
	const own = camera?.ownExtent ?? null;
	return {
		t: clock.time,
		from: whole ? undefined : clock.window.from,
		to: whole ? undefined : clock.window.to,
		focus: session.focusId ?? undefined,
		lang,
		map: own && linkableExtent(own) ? own : undefined
	};
}
