// The events' filters in the explorer's URL, one codec per parameter: `type` and `country` (names
// separated by "|", as names hold commas and slashes: "Explosions/Remote violence"), `actor` (a
// text to find in either actor's name) and `deaths` ("5-100", "5-" for 5 or more, "-100").
import * as z from 'zod/mini';
import { NO_FILTER, type DeathRange, type EventFilter } from '../dataset/event-filter';
import { paramCodec, readParam, writeParam, type ParamCodec } from './params';

export const FILTER_LIMITS = { names: 50, nameLength: 200, actorLength: 100, deaths: 9_999_999 } as const;

const nameList = z.pipe(
	z.string(),
	z.transform((text: string) => text.split('|').map((name) => name.trim()))
).check(
	z.refine((names: string[]) => names.length <= FILTER_LIMITS.names && names.every((n) => n !== '' && n.length <= FILTER_LIMITS.nameLength), {
		message: `names separated by |, none empty, at most ${FILTER_LIMITS.names} of at most ${FILTER_LIMITS.nameLength} characters`
	})
);
const joinNames = (names: readonly string[]) => names.join('|');

export const typeParam = paramCodec('type', nameList, joinNames);
export const countryParam = paramCodec('country', nameList, joinNames);
export const actorParam = paramCodec(
	'actor',
	z.string().check(z.trim(), z.minLength(1, 'empty'), z.maxLength(FILTER_LIMITS.actorLength, `at most ${FILTER_LIMITS.actorLength} characters`)),
	(text: string) => text
);

const RANGE = /^(\d{1,7})?-(\d{1,7})?$/;
const deathRange = z.pipe(
	z.string().check(z.regex(RANGE, 'a range of whole numbers: 5-100, 5- or -100')),
	z.transform((text: string): DeathRange => {
		const [, min, max] = RANGE.exec(text)!;
		return { min: min === undefined ? null : Number(min), max: max === undefined ? null : Number(max) };
	})
).check(
	z.refine((range: DeathRange) => range.min !== null || range.max !== null, 'a range needs at least one end'),
	z.refine((range: DeathRange) => range.min === null || range.max === null || range.min <= range.max, 'the first number must not be above the second')
);
export const deathsParam = paramCodec('deaths', deathRange, ({ min, max }) => `${min ?? ''}-${max ?? ''}`);

/** The filter's parameters by name. */
export type FilterParamName = (typeof typeParam | typeof countryParam | typeof actorParam | typeof deathsParam)['name'];

/** A parameter refused; the page words the notice. */
export interface FilterNotice {
	name: FilterParamName;
}

/** The filter a URL asks for; each bad parameter is dropped with a notice, the others apply. */
export function parseFilterParams(search: URLSearchParams): { filter: EventFilter; notices: FilterNotice[] } {
	const notices: FilterNotice[] = [];
	const read = <T>(codec: ParamCodec<T, FilterParamName>): T | undefined => {
		const result = readParam(search, codec);
		if (result?.ok === false) notices.push({ name: codec.name });
		return result?.ok ? result.value : undefined;
	};
	const filter: EventFilter = {
		types: read(typeParam) ?? NO_FILTER.types,
		countries: read(countryParam) ?? NO_FILTER.countries,
		actor: read(actorParam) ?? NO_FILTER.actor,
		deaths: read(deathsParam) ?? NO_FILTER.deaths
	};
	return { filter, notices };
}

/** The filter written into a copy of the query string (an unset part removed), other parameters left alone. */
export function withFilterParams(search: URLSearchParams, filter: EventFilter): URLSearchParams {
	const next = new URLSearchParams(search);
	writeParam(next, typeParam, filter.types.length ? [...filter.types] : undefined);
	writeParam(next, countryParam, filter.countries.length ? [...filter.countries] : undefined);
	writeParam(next, actorParam, filter.actor || undefined);
	writeParam(next, deathsParam, filter.deaths ?? undefined);
	return next;
}
