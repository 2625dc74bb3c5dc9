// The explorer's view as its URL asks for it, set once when the page opens; url-sync.svelte.ts
// writes it back as it changes.
import type { Locale } from '../state/locale.svelte';
import type { Session } from '../state/session.svelte';
import { tick } from 'svelte';
import { noticeText, parseViewParams, type ParamNotice, type ViewParams } from '../url/view-params';
import { restoreCamera, type CameraRestorer } from './restore-camera';

/**
 * Restores the view from the URL once. Returns notices for bad parameters, and `late`, the notices
 * of times set once `dataArrived` has: a time outside the story's period may be a dataset's (a
 * link to 2023 over an imported table), which widens the clock's period only once it has loaded.
 * The map's framing (`map`, given a `camera`) is set last, once the data has arrived too (a table
 * widens the map's frame, which frames the map again) and the camera has followed the focus.
 */
export function restoreView(
	session: Session,
	locale: Locale,
	search: URLSearchParams,
	dataArrived: Promise<void> | null = null,
	camera: CameraRestorer | null = null
): { notices: string[]; late: Promise<string[]> } {
	const { view, notices } = parseViewParams(search, session.incidents.map((i) => i.incident.id));
	if (view.focus) session.focus(view.focus);
	const texts = (list: ParamNotice[]) => list.map((n) => noticeText(locale.lang, n));
	// tick(): the clock's period follows a new table in an effect.
	const settled = (dataArrived ?? Promise.resolve()).then(tick);
	const map = view.map;
	const framed: Promise<ParamNotice[]> =
		map && camera ? restoreCamera(camera, map, dataArrived).then((shown) => (shown ? [] : [{ name: 'map', reason: 'paramBadMap' }])) : Promise.resolve([]);
	const { bounds } = session.clock;
	const inPeriod = [view.t, view.from, view.to].every((t) => t === undefined || (t >= bounds.from && t <= bounds.to));
	if (inPeriod || !dataArrived) return { notices: texts([...notices, ...restoreTime(session, view)]), late: framed.then(texts) };
	const timed = settled.then(() => restoreTime(session, view));
	return { notices: texts(notices), late: Promise.all([timed, framed]).then((lists) => texts(lists.flat())) };
}

const URL_PRECISION_MS = 1000;

function restoreTime(session: Session, view: ViewParams): ParamNotice[] {
	const notices: ParamNotice[] = [];
	if (view.from !== undefined && view.to !== undefined) session.clock.setWindow({ from: view.from, to: view.to });
	const { bounds } = session.clock;
	if (view.t !== undefined) {
		// A URL writes whole seconds: the period's last millisecond (23:59:59.999) comes back as the next second.
		if (view.t < bounds.from - URL_PRECISION_MS || view.t > bounds.to + URL_PRECISION_MS) notices.push({ name: 't', reason: 'paramOutOfRange' });
		session.clock.seek(view.t);
	} else if (view.from !== undefined && !view.focus) {
		// A window without a time opens at its start, whatever the page opened on.
		session.clock.seek(view.from);
	}
	return notices;
}
