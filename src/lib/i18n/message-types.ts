// Message keys and parameters, typed from the English templates: a key that does not exist, a
// missing or misspelt `{param}`, or a French string that drops one is a type error.
import type { en } from './en';

type English = typeof en;

export type MessageKey = keyof English;

/** The `{name}` placeholders of a template's literal type: 'from {low} to {high}' → 'low' | 'high'. */
export type Placeholders<Template extends string> = Template extends `${string}{${infer Name}}${infer Rest}`
	? Name | Placeholders<Rest>
	: never;

/**
 * The parameters of a message, named by its English template. For a union of keys (a key built
 * from a template literal, such as `eventDeathsKilled_${form}`) every name any of them uses is required.
 */
export type MessageParams<K extends MessageKey> = { [Name in Placeholders<English[K]>]: string | number };

/**
 * The arguments after the key: none for a message without placeholders, else its parameters.
 * A key typed only as MessageKey (or a misspelt one, which TypeScript widens to it) cannot be
 * checked, so its parameters are optional: the error then points at the key, not at the count.
 */
export type ParamsArg<K extends MessageKey> = [MessageKey] extends [K]
	? [params?: Readonly<Record<string, string | number>>]
	: [Placeholders<English[K]>] extends [never]
		? []
		: [params: MessageParams<K>];

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** A string that holds each of these placeholders, in any order (word order differs between languages). */
type Containing<Name extends string> = string & UnionToIntersection<Name extends string ? `${string}{${Name}}${string}` : never>;

/** A translation of one area's English messages: every key, each keeping all of its English placeholders. */
export type TranslationOf<Source extends Readonly<Record<string, string>>> = {
	readonly [K in keyof Source]: Containing<Placeholders<Source[K]>>;
};

/** A translation of every message. */
export type Translation = TranslationOf<English>;
