// Why events could not be loaded, as a code and its values rather than a sentence: a worker posts
// it, and the page says it in the reader's language (load-problem-text.ts). The codes are the keys
// of the messages in i18n/en/load-problems.ts; the error's own message is the English one, for
// logs, the command line and tests.
import { numberFormat } from '../i18n/format';
import type { Lang } from '../i18n/messages';
import { loadProblems } from '../i18n/en/load-problems';
import { format } from '../i18n/template';

/** What each message's key starts with, before its code. */
const PREFIX = 'loadProblem_';
type Key = keyof typeof loadProblems;
export type LoadProblemCode = Key extends `${typeof PREFIX}${infer Code}` ? Code : never;
export const LOAD_PROBLEM_CODES = Object.keys(loadProblems).map((key) => key.slice(PREFIX.length)) as LoadProblemCode[];

/** A reason, with the values its message names (numbers are formatted for the reader's language when said). */
export interface LoadProblem {
	code: LoadProblemCode;
	values: Readonly<Record<string, string | number>>;
}

export const loadProblem = (code: LoadProblemCode, values: LoadProblem['values'] = {}): LoadProblem => ({ code, values });

/** A problem's values as a language writes them: numbers grouped ("4,000,001", "4 000 001"), a place's degrees to six decimals. */
export function saidValues({ values }: LoadProblem, lang: Lang): Record<string, string> {
	const said = numberFormat(lang, { maximumFractionDigits: 6 });
	return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, typeof value === 'number' ? said.format(value) : value]));
}

/** A load that failed for a reason the reader is told. */
export class LoadProblemError extends Error {
	override name = 'LoadProblemError';

	constructor(readonly problem: LoadProblem) {
		// The English template itself, not message(): a worker reads no dictionary.
		super(format(loadProblems[(PREFIX + problem.code) as Key], saidValues(problem, 'en')));
	}
}

/**
 * Why an event table file could not be read, in words a user can act on ("truncated: expected
 * 400 bytes of column lat, got 120"). Every decoding failure is one of these, so a caller can tell
 * a bad file from a bug.
 */
export class EventTableFormatError extends LoadProblemError {
	override name = 'EventTableFormatError';
}

/** Throws the EventTableFormatError of a problem. */
export const formatFailure = (code: LoadProblemCode, values?: LoadProblem['values']): never => {
	throw new EventTableFormatError(loadProblem(code, values));
};

/** The problem an error stands for: its own, or an unexpected error with the error's own words. */
export function loadProblemOf(error: unknown): LoadProblem {
	if (error instanceof LoadProblemError) return error.problem;
	return loadProblem('unexpected', { detail: error instanceof Error ? error.message : String(error) });
}
