import { z } from 'zod';
import { langSchema } from '../i18n/lang';
import type { Lang } from '../i18n/messages';

/** The view a URL can restore: time, window, focused incident, language. */
export interface ViewParams {
	t?: number;
	from?: number;
	to?: number;
	focus?: string;
	lang?: Lang;
}

/** Why a parameter was dropped, as a message key so the notice reads in the reader's language. */
export type ParamReason =
	| 'paramOutOfRange'
	| 'paramNotInstant' | 'paramUnknownIncident' | 'paramUnknownLang' | 'paramWindowOrder' | 'paramWindowIncomplete';

export interface ParamNotice {
	name: string;
	reason: ParamReason;
}

const instant = z
	.string()
	.refine((text) => /^\d{4}-\d{2}-\d{2}T/.test(text) && Number.isFinite(Date.parse(text)))
	.transform((text) => Date.parse(text));

/**
 * Reads the view from a query string. Each bad parameter is dropped with a notice that says why;
 * the rest still apply, so a typo never blanks the page.
 */
export function parseViewParams(search: URLSearchParams, incidentIds: readonly string[]): { view: ViewParams; notices: ParamNotice[] } {
	const view: ViewParams = {};
	const notices: ParamNotice[] = [];
	const schemas: Record<keyof ViewParams, [z.ZodType, ParamReason]> = {
		t: [instant, 'paramNotInstant'],
		from: [instant, 'paramNotInstant'],
		to: [instant, 'paramNotInstant'],
		focus: [z.string().refine((id) => incidentIds.includes(id)), 'paramUnknownIncident'],
		lang: [langSchema, 'paramUnknownLang']
	};
	for (const [name, [schema, reason]] of Object.entries(schemas)) {
		const raw = search.get(name);
		if (raw === null) continue;
		const parsed = schema.safeParse(raw);
		if (parsed.success) Object.assign(view, { [name]: parsed.data });
		else notices.push({ name, reason });
	}
	const hasFrom = view.from !== undefined;
	const hasTo = view.to !== undefined;
	if (hasFrom !== hasTo) {
		notices.push({ name: hasFrom ? 'from' : 'to', reason: 'paramWindowIncomplete' });
		delete view.from;
		delete view.to;
	} else if (hasFrom && view.from! >= view.to!) {
		notices.push({ name: 'from', reason: 'paramWindowOrder' });
		delete view.from;
		delete view.to;
	}
	return { view, notices };
}

/** Writes the view into a copy of the query string, leaving other parameters alone. */
export function withViewParams(search: URLSearchParams, view: ViewParams): URLSearchParams {
	const next = new URLSearchParams(search);
	const set = (name: string, value: string | undefined) => (value === undefined ? next.delete(name) : next.set(name, value));
	set('t', view.t === undefined ? undefined : new Date(Math.round(view.t / 1000) * 1000).toISOString());
	set('from', view.from === undefined ? undefined : new Date(Math.round(view.from)).toISOString());
	set('to', view.to === undefined ? undefined : new Date(Math.round(view.to)).toISOString());
	set('focus', view.focus);
	set('lang', view.lang);
	return next;
}
