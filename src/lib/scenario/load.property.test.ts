import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario, type LoadResult } from './load';
import { fuzzRuns, fuzzTimeout } from '../../../tests/unit/fuzz';
import { SEED_TEXT } from '../../../tests/unit/seed';
const SEED: unknown = JSON.parse(SEED_TEXT);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Every place in the seed a mutation can hit: each object key and array item. */
function pathsOf(value: unknown, at: Path = [], into: Path[] = []): Path[] {
	if (Array.isArray(value)) value.forEach((item, i) => (into.push([...at, i]), pathsOf(item, [...at, i], into)));
	else if (value !== null && typeof value === 'object') {
		for (const [key, item] of Object.entries(value)) (into.push([...at, key]), pathsOf(item, [...at, key], into));
	}
	return into;
}
const PATHS = pathsOf(SEED);

type Mutation =
	| { kind: 'delete'; target: number }
	| { kind: 'replace'; target: number; value: Json }
	| { kind: 'truncate-text'; target: number; length: number };

/** Values a hostile or damaged file holds: prototype keys, numbers at the edges, deep nesting, long text. */
const hostile: fc.Arbitrary<Json> = fc.oneof(
	fc.jsonValue() as fc.Arbitrary<Json>,
	fc.constantFrom<Json>(0, -1, 1e308, -1e308, 2 ** 53 + 2, 0.5, '', ' ', '\u202e', 'javascript:alert(1)', '<img src=x onerror=alert(1)>'),
	fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'id'), fc.jsonValue() as fc.Arbitrary<Json>),
	fc.integer({ min: 1, max: 60 }).map((depth) => JSON.parse('['.repeat(depth) + ']'.repeat(depth)) as Json),
	fc.nat({ max: 30_000 }).map((length) => 'x'.repeat(length))
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
	fc.record({ kind: fc.constant('delete' as const), target: fc.nat() }),
	fc.record({ kind: fc.constant('replace' as const), target: fc.nat(), value: hostile }),
	fc.record({ kind: fc.constant('truncate-text' as const), target: fc.nat(), length: fc.nat({ max: 12 }) })
);

/** Applies a mutation to a copy; a path that an earlier mutation removed is left alone. */
function mutate(document: Json, { kind, target, ...change }: Mutation): void {
	const path = PATHS[target % PATHS.length]!;
	let parent: Json = document;
	for (const key of path.slice(0, -1)) {
		if (parent === null || typeof parent !== 'object') return;
		parent = (parent as Record<string | number, Json>)[key] ?? null;
	}
	if (parent === null || typeof parent !== 'object') return;
	const container = parent as Record<string | number, Json>;
	const key = path.at(-1)!;
	if (!(key in container)) return;
	if (kind === 'delete') {
		if (Array.isArray(container) && typeof key === 'number') container.splice(key, 1);
		else delete container[key];
	} else if (kind === 'replace' && 'value' in change) container[key] = change.value;
	else if ('length' in change) {
		const text = container[key];
		if (typeof text === 'string') container[key] = text.slice(0, change.length);
	}
}

/** A clear error: a path (or none, for the whole document) and a one-line message, never a stack trace. */
function expectWellFormed(result: LoadResult): void {
	expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	if (result.ok) return;
	expect(result.errors.length).toBeGreaterThan(0);
	for (const error of result.errors) {
		expect(typeof error.path).toBe('string');
		expect(error.message.length).toBeGreaterThan(0);
		expect(error.message).not.toMatch(/\n\s+at /);
	}
}

const RUNS = fuzzRuns();
// Under load a case can take 50 ms (the seed is parsed and cross-checked each time).
const TIMEOUT = fuzzTimeout(100);

describe('loadScenario never throws', () => {
	it('on the seed mutated at random (keys deleted, values replaced by hostile JSON, text truncated)', TIMEOUT, () => {
		fc.assert(
			fc.property(fc.array(mutation, { minLength: 1, maxLength: 8 }), (mutations) => {
				const document = structuredClone(SEED) as Json;
				for (const m of mutations) mutate(document, m);
				expectWellFormed(loadScenario(JSON.stringify(document)));
			}),
			RUNS
		);
	});

	it('on the seed text cut anywhere', TIMEOUT, () => {
		fc.assert(
			fc.property(fc.nat({ max: SEED_TEXT.trimEnd().length - 1 }), (length) => {
				const result = loadScenario(SEED_TEXT.slice(0, length));
				expect(result.ok).toBe(false);
				expectWellFormed(result);
				if (!result.ok) expect(result.errors[0]?.message).toMatch(/^not valid JSON at line \d+, column \d+: /);
			}),
			RUNS
		);
	});

	it('on any string', TIMEOUT, () => {
		fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => expectWellFormed(loadScenario(text))), RUNS);
	});
});
