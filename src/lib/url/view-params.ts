import { message, type Lang } from '../i18n/messages';
import {
	definedOnly,
	focusParam,
	fromParam,
	langParam,
	readParam,
	timeParam,
	toParam,
	windowProblem,
	writeParam,
	type ParamCodec
} from './params';
import { mapParam } from './map-param';
import type { CameraExtent } from '../map/camera';

/** The view a URL can restore: time, window, focused incident, language, the reader's own map framing. */
export interface ViewParams {
	t?: number;
	from?: number;
	to?: number;
	focus?: string;
	lang?: Lang;
	map?: CameraExtent;
}

/** Why a parameter was dropped, as a message key so the notice reads in the reader's language. */
export type ParamReason =
	| 'paramOutOfRange'
	| 'paramNotInstant' | 'paramUnknownIncident' | 'paramUnknownLang' | 'paramWindowOrder' | 'paramWindowIncomplete' | 'paramWindowShort' | 'paramBadMap';

export interface ParamNotice {
	name: string;
	reason: ParamReason;
}

/**
 * Reads the view from a query string. Each bad parameter is dropped with a notice that says why;
 * the rest still apply, so a typo never blanks the page.
 */
export function parseViewParams(search: URLSearchParams, incidentIds: readonly string[]): { view: ViewParams; notices: ParamNotice[] } {
	const notices: ParamNotice[] = [];
	const read = <T>(codec: ParamCodec<T>, reason: ParamReason): T | undefined => {
		const result = readParam(search, codec);
		if (result?.ok === false) notices.push({ name: codec.name, reason });
		return result?.ok ? result.value : undefined;
	};
	const view: ViewParams = definedOnly({
		t: read(timeParam, 'paramNotInstant'),
		from: read(fromParam, 'paramNotInstant'),
		to: read(toParam, 'paramNotInstant'),
		focus: read(focusParam.known(incidentIds), 'paramUnknownIncident'),
		lang: read(langParam, 'paramUnknownLang'),
		map: read(mapParam, 'paramBadMap')
	});
	const problem = windowProblem(view.from, view.to);
	if (problem !== null) {
		const name = problem === 'incomplete' && view.from === undefined ? 'to' : 'from';
		const reasons = { incomplete: 'paramWindowIncomplete', order: 'paramWindowOrder', short: 'paramWindowShort' } as const;
		notices.push({ name, reason: reasons[problem] });
		delete view.from;
		delete view.to;
	}
	return { view, notices };
}

/**
 * A notice as the reader sees it, in their language: first what the link could not give and what
 * is shown instead (review 24), then, for whoever wrote the link, the parameter and why.
 */
export function noticeText(lang: Lang, notice: ParamNotice): string {
	const reader =
		notice.reason === 'paramOutOfRange' ? 'linkUnread_outOfRange'
		: notice.name === 'from' || notice.name === 'to' ? 'linkUnread_window'
		: notice.name === 'focus' ? 'linkUnread_focus'
		: notice.name === 'lang' ? 'linkUnread_lang'
		: notice.name === 'map' ? 'linkUnread_map'
		: 'linkUnread_t';
	const detail = message(lang, 'invalidParam', { name: notice.name, reason: message(lang, notice.reason) });
	return message(lang, 'linkUnreadDetail', { reader: message(lang, reader), detail });
}

/** The notice for a `lang` the app does not speak, on pages that read no other view parameter (/present, /present/notes). */
export function langNotice(search: URLSearchParams): ParamNotice | null {
	return readParam(search, langParam)?.ok === false ? { name: 'lang', reason: 'paramUnknownLang' } : null;
}

/** Writes the view into a copy of the query string, leaving other parameters alone. */
export function withViewParams(search: URLSearchParams, view: ViewParams): URLSearchParams {
	const next = new URLSearchParams(search);
	writeParam(next, timeParam, view.t);
	writeParam(next, fromParam, view.from);
	writeParam(next, toParam, view.to);
	writeParam(next, focusParam, view.focus);
	writeParam(next, langParam, view.lang);
	writeParam(next, mapParam, view.map);
	return next;
}
