// The /embed URL: everything an educator can set from the iframe's src. A bad
// parameter never blanks the frame: it falls back to its default and yields a
// warning the page logs, so the host page's developer sees what was wrong.
import { z } from 'zod';
import { langSchema } from '../i18n/lang';
import type { Lang } from '../i18n/messages';
import { DAY, HOUR, MINUTE } from '../time/time-window';
import { formatInstant, isoInstant } from '../time/instant';

export const CONTROLS = ['full', 'minimal', 'none'] as const;
export type Controls = (typeof CONTROLS)[number];

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * What an /embed URL sets. Optional fields left out leave the choice to the view: the
 * chapter's or the scenario's time and window, the browser's language, the speed that
 * suits the window, the parent window whatever its origin.
 */
export interface EmbedParams {
	/** Clock time, epoch ms. */
	t?: number;
	/** Detail window, epoch ms; only both together, from < to. */
	from?: number;
	to?: number;
	/** An incident id that exists in the scenario. */
	focus?: string;
	/** A chapter id that exists; the chapter sets the view, and t, from, to or focus given beside it override its parts. */
	chapter?: string;
	lang?: Lang;
	controls: Controls;
	autoplay: boolean;
	/** Simulated ms per real second. */
	speed?: number;
	theme: Theme;
	/** The one origin (scheme, host, port) whose commands the frame obeys. */
	origin?: string;
}

export const EMBED_DEFAULTS = { controls: 'full', autoplay: false, theme: 'light' } as const satisfies Partial<EmbedParams>;

const SECOND = 1000;

/** Speed units, largest first, so a speed is written in the largest unit that divides it. */
const SPEED_UNITS: readonly (readonly [unit: string, ms: number])[] = [
	['w', 7 * DAY],
	['d', DAY],
	['h', HOUR],
	['min', MINUTE],
	['s', SECOND]
];

/**
 * `speed` is simulated time per real second: a number and a unit (w, d, h, min, s), as in
 * `1d` or `15min`, or a bare number of milliseconds, the clock's own unit.
 */
const speedSchema = z
	.string()
	.regex(/^\d+(?:\.\d+)?(?:w|d|h|min|s)?$/, 'must be simulated time per second such as 1d, 6h, 15min, or milliseconds such as 60000')
	.transform((text) => {
		const unit = SPEED_UNITS.find(([name]) => text.endsWith(name));
		return unit ? Number(text.slice(0, -unit[0].length)) * unit[1] : Number(text);
	})
	.refine((ms) => ms > 0 && Number.isFinite(ms), 'must be more than 0');

/** The `speed` parameter for a speed in ms per second: 86400000 → "1d", 1500 → "1500". */
export function formatSpeed(ms: number): string {
	const unit = SPEED_UNITS.find(([, unitMs]) => ms % unitMs === 0);
	return unit ? `${ms / unit[1]}${unit[0]}` : String(ms);
}

/** A bare http(s) origin as the browser writes MessageEvent.origin (lower case, no trailing slash), or null. */
function bareOrigin(text: string): string | null {
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		return null;
	}
	const isWeb = url.protocol === 'http:' || url.protocol === 'https:';
	const onlyOrigin = url.username === '' && url.password === '' && url.pathname === '/' && url.search === '' && url.hash === '';
	return isWeb && onlyOrigin ? url.origin : null;
}

const originSchema = z
	.string()
	.refine((text) => bareOrigin(text) !== null, 'must be an http or https origin such as https://example.org (no path)')
	.transform((text) => bareOrigin(text) ?? text);

const idIn = (ids: readonly string[], what: string) => z.string().refine((id) => ids.includes(id), `no ${what} has this id`);

/** Drops keys whose value is undefined, so parsed params list only what the URL set. */
function definedOnly<T extends object>(record: T): T {
	return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}

export function parseEmbedParams(
	search: URLSearchParams,
	known: { incidentIds: readonly string[]; chapterIds: readonly string[] }
): { params: EmbedParams; warnings: string[] } {
	const warnings: string[] = [];
	/** The parsed value, or undefined (absent, or invalid with a warning naming the fallback). */
	const read = <T>(name: keyof EmbedParams, schema: z.ZodType<T, string>, fallback = 'ignored'): T | undefined => {
		const raw = search.get(name);
		if (raw === null) return undefined;
		const parsed = schema.safeParse(raw);
		if (parsed.success) return parsed.data;
		warnings.push(`invalid ${name} "${raw}": ${parsed.error.issues[0]?.message ?? 'invalid value'}; ${fallback}`);
		return undefined;
	};

	const params: EmbedParams = definedOnly({
		t: read('t', isoInstant),
		from: read('from', isoInstant),
		to: read('to', isoInstant),
		focus: read('focus', idIn(known.incidentIds, 'incident')),
		chapter: read('chapter', idIn(known.chapterIds, 'chapter')),
		lang: read('lang', langSchema),
		controls: read('controls', z.enum(CONTROLS, 'must be full, minimal or none'), 'using full') ?? EMBED_DEFAULTS.controls,
		autoplay:
			read('autoplay', z.enum(['0', '1'], 'must be 0 or 1').transform((flag) => flag === '1'), 'using 0') ??
			EMBED_DEFAULTS.autoplay,
		speed: read('speed', speedSchema),
		theme: read('theme', z.enum(THEMES, 'must be light or dark'), 'using light') ?? EMBED_DEFAULTS.theme,
		origin: read('origin', originSchema, 'accepting commands from the parent window whatever its origin')
	});

	// A window needs both ends in order; half a window would be a guess, so neither end is kept.
	const { from, to } = params;
	if ((from !== undefined || to !== undefined) && (from === undefined || to === undefined || from >= to)) {
		warnings.push('invalid window: needs both from and to, from before to; ignored');
		delete params.from;
		delete params.to;
	}
	return { params, warnings };
}

/** The /embed URL for these params (the inverse of parseEmbedParams); defaults are left out to keep the link short. */
export function embedUrl(base: string | URL, params: Partial<EmbedParams>): string {
	const url = new URL(base);
	const set = (name: keyof EmbedParams, value: string | undefined) =>
		value === undefined ? url.searchParams.delete(name) : url.searchParams.set(name, value);
	const unlessDefault = <T>(value: T | undefined, fallback: T) => (value === undefined || value === fallback ? undefined : value);

	set('chapter', params.chapter);
	set('focus', params.focus);
	// Whole seconds: a link has no use for milliseconds, and they make it harder to read.
	set('t', params.t === undefined ? undefined : formatInstant(Math.round(params.t / SECOND) * SECOND));
	set('from', params.from === undefined ? undefined : formatInstant(params.from));
	set('to', params.to === undefined ? undefined : formatInstant(params.to));
	set('speed', params.speed === undefined ? undefined : formatSpeed(params.speed));
	set('autoplay', params.autoplay ? '1' : undefined);
	set('controls', unlessDefault(params.controls, EMBED_DEFAULTS.controls));
	set('lang', params.lang);
	set('theme', unlessDefault(params.theme, EMBED_DEFAULTS.theme));
	set('origin', params.origin);
	return url.href;
}
