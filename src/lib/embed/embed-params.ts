// The /embed URL: everything an educator can set from the iframe's src. A bad
// parameter never blanks the frame: it falls back to its default and yields a
// warning the page logs, so the host page's developer sees what was wrong.
import * as z from 'zod/mini';
import type { Lang } from '../i18n/messages';
import type { CameraExtent } from '../map/camera';
import { quoteInput } from '../i18n/quote';
import { DAY, HOUR, MINUTE } from '../time/time-window';
import {
	chapterParam,
	definedOnly,
	focusParam,
	fromParam,
	langParam,
	paramCodec,
	readParam,
	timeParam,
	toParam,
	windowProblem,
	writeParam,
	type ParamCodec
} from '../url/params';
import { mapParam } from '../url/map-param';

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
	/** The map's framing the reader chose in the explorer (url/map-param.ts); it replaces the chapter's or the focus's. */
	map?: CameraExtent;
	lang?: Lang;
	controls: Controls;
	autoplay: boolean;
	/** Simulated ms per real second. */
	speed?: number;
	theme: Theme;
	/** The one origin (scheme, host, port) whose commands the frame obeys. */
	origin?: string;
	/** The chapter's title and narration above the map. */
	narration: boolean;
	/** Previous and next chapter buttons, so readers step through the story. */
	steps: boolean;
	/** The killed-so-far line under the map; an educator may leave it out. */
	totals: boolean;
}

export const EMBED_DEFAULTS = {
	controls: 'full',
	autoplay: false,
	theme: 'light',
	narration: false,
	steps: false,
	totals: true
} as const satisfies Partial<EmbedParams>;

const SECOND = 1000;

/** Speed units, largest first, so a speed is written in the largest unit that divides it. */
const SPEED_UNITS: readonly (readonly [unit: string, ms: number])[] = [
	['w', 7 * DAY],
	['d', DAY],
	['h', HOUR],
	['min', MINUTE],
	['s', SECOND]
];

const MIN_SPEED = SECOND;
const MAX_SPEED = 365 * DAY;

/**
 * `speed` is simulated time per real second: a number and a unit (w, d, h, min, s), as in
 * `1d` or `15min`, or a bare number of milliseconds, the clock's own unit.
 */
const speedSchema = z
	.pipe(
		z.string().check(z.regex(/^\d+(?:\.\d+)?(?:w|d|h|min|s)?$/, 'must be simulated time per second such as 1d, 6h, 15min, or milliseconds such as 60000')),
		z.transform((text: string) => {
			const unit = SPEED_UNITS.find(([name]) => text.endsWith(name));
			return unit ? Number(text.slice(0, -unit[0].length)) * unit[1] : Number(text);
		})
	)
	// Slower than real time the clock barely moves; faster than a year a second, a whole story is one frame.
	.check(z.refine((ms: number) => ms >= MIN_SPEED && ms <= MAX_SPEED, 'must be from 1s to 365d of simulated time per second'));

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

const originSchema = z.pipe(
	z.string().check(z.refine((text: string) => bareOrigin(text) !== null, 'must be an http or https origin such as https://example.org (no path)')),
	z.transform((text: string) => bareOrigin(text) ?? text)
);

// The parameters only /embed reads; t, from, to, focus, chapter, map and lang are shared with the other pages.
const controlsParam = paramCodec('controls', z.enum(CONTROLS, 'must be full, minimal or none'), (controls) => controls);
/** A switch written 0 or 1. */
const flagParam = (name: string) =>
	paramCodec(
		name,
		z.pipe(
			z.enum(['0', '1'], 'must be 0 or 1'),
			z.transform((flag: '0' | '1') => flag === '1')
		),
		(on) => (on ? '1' : '0')
	);
const autoplayParam = flagParam('autoplay');
const narrationParam = flagParam('narration');
const stepsParam = flagParam('steps');
const totalsParam = flagParam('totals');
const speedParam = paramCodec('speed', speedSchema, formatSpeed);
const themeParam = paramCodec('theme', z.enum(THEMES, 'must be light or dark'), (theme) => theme);
const originParam = paramCodec('origin', originSchema, (origin) => origin);

export function parseEmbedParams(
	search: URLSearchParams,
	known: { incidentIds: readonly string[]; chapterIds: readonly string[] }
): { params: EmbedParams; warnings: string[]; refused: string[] } {
	const warnings: string[] = [];
	/** The names of the parameters refused, for the reader's notice. */
	const refused: string[] = [];
	/** The parsed value, or undefined (absent, or invalid with a warning naming the fallback). */
	const read = <T>(codec: ParamCodec<T>, fallback = 'ignored'): T | undefined => {
		const result = readParam(search, codec);
		if (result?.ok === false) {
			warnings.push(`invalid ${codec.name} "${quoteInput(result.raw)}": ${result.problem}; ${fallback}`);
			refused.push(codec.name);
		}
		return result?.ok ? result.value : undefined;
	};

	const params: EmbedParams = definedOnly({
		t: read(timeParam),
		from: read(fromParam),
		to: read(toParam),
		focus: read(focusParam.known(known.incidentIds)),
		chapter: read(chapterParam.known(known.chapterIds)),
		map: read(mapParam, "using the view's usual framing"),
		lang: read(langParam),
		controls: read(controlsParam, 'using full') ?? EMBED_DEFAULTS.controls,
		autoplay: read(autoplayParam, 'using 0') ?? EMBED_DEFAULTS.autoplay,
		speed: read(speedParam),
		theme: read(themeParam, 'using light') ?? EMBED_DEFAULTS.theme,
		origin: read(originParam, 'accepting commands from the parent window whatever its origin'),
		narration: read(narrationParam, 'using 0') ?? EMBED_DEFAULTS.narration,
		steps: read(stepsParam, 'using 0') ?? EMBED_DEFAULTS.steps,
		totals: read(totalsParam, 'using 1') ?? EMBED_DEFAULTS.totals
	});

	if (windowProblem(params.from, params.to) !== null) {
		warnings.push('invalid window: needs both from and to, from at least 20 minutes before to; ignored');
		refused.push(params.from === undefined ? 'to' : 'from');
		delete params.from;
		delete params.to;
	}
	return { params, warnings, refused };
}

/** Writes the params into a copy of the query string (the inverse of parseEmbedParams), leaving out defaults to keep the link short. */
export function withEmbedParams(search: URLSearchParams, params: Partial<EmbedParams>): URLSearchParams {
	const next = new URLSearchParams(search);
	const unlessDefault = <T>(value: T | undefined, fallback: T) => (value === fallback ? undefined : value);
	writeParam(next, chapterParam, params.chapter);
	writeParam(next, focusParam, params.focus);
	writeParam(next, timeParam, params.t);
	writeParam(next, fromParam, params.from);
	writeParam(next, toParam, params.to);
	writeParam(next, mapParam, params.map);
	writeParam(next, speedParam, params.speed);
	writeParam(next, autoplayParam, unlessDefault(params.autoplay, EMBED_DEFAULTS.autoplay));
	writeParam(next, controlsParam, unlessDefault(params.controls, EMBED_DEFAULTS.controls));
	writeParam(next, langParam, params.lang);
	writeParam(next, themeParam, unlessDefault(params.theme, EMBED_DEFAULTS.theme));
	writeParam(next, originParam, params.origin);
	writeParam(next, narrationParam, unlessDefault(params.narration, EMBED_DEFAULTS.narration));
	writeParam(next, stepsParam, unlessDefault(params.steps, EMBED_DEFAULTS.steps));
	writeParam(next, totalsParam, unlessDefault(params.totals, EMBED_DEFAULTS.totals));
	return next;
}
