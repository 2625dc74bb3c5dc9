// One codec per URL parameter, shared by every page that reads or writes it, so a link means the
// same thing in the explorer, the presenter and the embed.
import * as z from 'zod/mini';
import { langSchema } from '../i18n/lang';
import type { Lang } from '../i18n/messages';
import { ID_MAX_LENGTH, ID_PATTERN, ID_PROBLEM } from '../scenario/vocabulary';
import { formatInstant, isoInstant } from '../time/instant';
import { MIN_WINDOW_MS } from '../time/time-window';

/** A scenario id as the browser's boundaries (URLs, messages) accept it: a slug of at most ID_MAX_LENGTH characters. */
export const IdSchema = z.string().check(z.maxLength(ID_MAX_LENGTH, `must be at most ${ID_MAX_LENGTH} characters`), z.regex(ID_PATTERN, ID_PROBLEM));

/** How one query parameter is read from its text and written back; `Name` keeps the parameter's name as a literal where a caller needs it. */
export interface ParamCodec<T, Name extends string = string> {
	readonly name: Name;
	/** Reads the text; a refusal's message says in English what was expected (the embed logs it). */
	readonly schema: z.core.$ZodType<T, string>;
	/** The text for a value, which `schema` reads back as that value. */
	encode(value: T): string;
}

export function paramCodec<T, const Name extends string = string>(name: Name, schema: z.core.$ZodType<T, string>, encode: (value: T) => string): ParamCodec<T, Name> {
	return { name, schema, encode };
}

/** A parameter as the URL sets it: read, or refused with the text and why. */
export type ParamRead<T> = { ok: true; value: T } | { ok: false; raw: string; problem: string };

/** The parameter read through its codec, or null when the URL does not set it. */
export function readParam<T>(search: URLSearchParams, codec: ParamCodec<T>): ParamRead<T> | null {
	const raw = search.get(codec.name);
	if (raw === null) return null;
	const parsed = z.safeParse(codec.schema, raw);
	if (parsed.success) return { ok: true, value: parsed.data };
	return { ok: false, raw, problem: parsed.error.issues[0]?.message ?? 'invalid value' };
}

/** Sets the parameter in place, or removes it for undefined. */
export function writeParam<T>(search: URLSearchParams, codec: ParamCodec<T>, value: T | undefined): void {
	if (value === undefined) search.delete(codec.name);
	else search.set(codec.name, codec.encode(value));
}

const SECOND = 1000;

// Instants require an offset (see isoInstant): without one a link names a different instant in each zone.
/** The clock's time; written in whole seconds, as a link has no use for milliseconds. */
export const timeParam = paramCodec('t', isoInstant, (ms) => formatInstant(Math.round(ms / SECOND) * SECOND));
export const fromParam = paramCodec('from', isoInstant, formatInstant);
export const toParam = paramCodec('to', isoInstant, formatInstant);

/** A parameter naming one of the scenario's things by id; `known(ids)` is the codec that refuses any other id. */
export interface IdParam extends ParamCodec<string> {
	known(ids: readonly string[]): ParamCodec<string>;
}

function idParam(name: string, what: string): IdParam {
	const same = (id: string) => id;
	const known = (ids: readonly string[]) =>
		paramCodec(name, z.string().check(z.refine((id: string) => ids.includes(id), `no ${what} has this id`)), same);
	return { ...paramCodec(name, z.string(), same), known };
}

export const focusParam = idParam('focus', 'incident');
export const chapterParam = idParam('chapter', 'chapter');

export const langParam = paramCodec<Lang>('lang', langSchema, (lang) => lang);

/**
 * What is wrong with a detail window read from `from` and `to`, or null when it is usable (both
 * ends in order, at least the 20 minutes the timeline zooms to) or not asked for. Half a window
 * would be a guess, so the caller drops both ends.
 */
export function windowProblem(from: number | undefined, to: number | undefined): 'incomplete' | 'order' | 'short' | null {
	if (from === undefined && to === undefined) return null;
	if (from === undefined || to === undefined) return 'incomplete';
	if (!(from < to)) return 'order';
	return to - from < MIN_WINDOW_MS ? 'short' : null;
}

/** Drops keys whose value is undefined, so parsed params list only what the URL set. */
export function definedOnly<T extends object>(record: T): T {
	return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}
