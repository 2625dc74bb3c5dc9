// The one door into the app for scenario data, from the seed or from a user's
// file: text in, a typed scenario or a list of errors out. It never throws, so
// a bad file can be reported on screen without losing what is already loaded.
import type * as z from 'zod';
import { crossCheck } from './cross-checks';
import { formatPath, type ScenarioError } from './error';
import { describeJsonError } from './json-error';
import { jsonLimitProblem } from './json-limits';
import { ScenarioSchema, type Scenario } from './schema';

export type { ScenarioError } from './error';

export type LoadResult = { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioError[] };

export function loadScenario(text: string): LoadResult {
	// Callers outside TypeScript (postMessage, a file reader) may pass anything.
	if (typeof text !== 'string') return { ok: false, errors: [{ path: '', message: `expected the text of a JSON file, got ${typeof text}` }] };
	// Editors on Windows may save a byte-order mark, which JSON.parse rejects.
	const json = text.replace(/^\uFEFF/, '');
	const limit = jsonLimitProblem(json);
	if (limit !== null) return { ok: false, errors: [{ path: '', message: limit }] };
	let value: unknown;
	try {
		value = JSON.parse(json);
	} catch (error) {
		return { ok: false, errors: [{ path: '', message: describeJsonError(json, error) }] };
	}
	return parseScenario(value);
}

/** For values already parsed (postMessage, a bundled import). */
export function parseScenario(value: unknown): LoadResult {
	try {
		const parsed = ScenarioSchema.safeParse(value, { error: describeIssue });
		// Cross-checks need a well-typed scenario, so they run only once the shape is right.
		if (!parsed.success) return { ok: false, errors: parsed.error.issues.flatMap(toScenarioErrors) };
		const errors = crossCheck(parsed.data);
		return errors.length > 0 ? { ok: false, errors } : { ok: true, scenario: parsed.data };
	} catch (error) {
		// Only pathological input gets here (nesting deep enough to exhaust the stack).
		return { ok: false, errors: [{ path: '', message: `could not check this scenario: ${errorMessage(error)}` }] };
	}
}

function toScenarioErrors(issue: z.core.$ZodIssue): ScenarioError[] {
	// One error per unknown key, located at the key itself, names the field to fix.
	if (issue.code === 'unrecognized_keys') {
		return issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: 'unknown field' }));
	}
	return [{ path: formatPath(issue.path), message: issue.message }];
}

/** Plain messages for the generic cases; messages written in the schema take precedence. */
function describeIssue(issue: z.core.$ZodRawIssue): string | undefined {
	if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined) return 'is required';
	switch (issue.code) {
		case 'invalid_type':
			if (issue.expected === 'int' && typeof issue.input === 'number') return `must be a whole number, not ${issue.input}`;
			return `expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${kindOf(issue.input)}`;
		case 'invalid_value':
			return issue.values.length === 1
				? `must be ${JSON.stringify(issue.values[0])}, got ${preview(issue.input)}`
				: `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; got ${preview(issue.input)}`;
		case 'too_small':
			if (issue.origin === 'array') return `must have at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`;
			return undefined;
		case 'too_big':
			if (issue.origin === 'array') return `must have at most ${issue.maximum} item${issue.maximum === 1 ? '' : 's'}`;
			if (issue.origin === 'string') return `must be at most ${issue.maximum} characters, not ${(issue.input as string).length}`;
			return undefined;
		default:
			return undefined;
	}
}

const EXPECTED: Record<string, string> = {
	number: 'a number',
	string: 'a string',
	boolean: 'true or false',
	object: 'an object',
	array: 'an array'
};

function kindOf(input: unknown): string {
	if (input === null) return 'null';
	if (Array.isArray(input)) return 'an array';
	if (typeof input === 'object') return 'an object';
	if (typeof input === 'string') return `the string ${preview(input)}`;
	if (typeof input === 'number' || typeof input === 'boolean') return `${typeof input} ${String(input)}`;
	return typeof input;
}

function preview(input: unknown): string {
	if (typeof input === 'string') return JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input);
	return kindOf(input);
}

function errorMessage(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
