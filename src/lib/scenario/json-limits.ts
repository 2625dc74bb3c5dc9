// Limits checked on the JSON text before it is parsed: a 1,000,000-deep file once took 13 s and
// 200 MB to be refused, and a file of any size was read whole.
import { lineAndColumn } from './json-error';
import { SCENARIO_LIMITS } from './limits';

/** Offset of the first bracket that nests deeper than `maxDepth`, or undefined. Strings are skipped. */
export function tooDeepAt(text: string, maxDepth: number): number | undefined {
	let depth = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 0x22 /* " */) {
			for (i++; i < text.length; i++) {
				const d = text.charCodeAt(i);
				if (d === 0x5c /* \ */) i++;
				else if (d === 0x22) break;
			}
		} else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
			if (++depth > maxDepth) return i;
		} else if (c === 0x7d /* } */ || c === 0x5d /* ] */) depth--;
	}
	return undefined;
}

/** Why the text is refused before parsing (too large, too deep), or null. */
export function jsonLimitProblem(text: string): string | null {
	if (text.length > SCENARIO_LIMITS.fileChars) {
		return `the file has ${text.length.toLocaleString('en')} characters; a scenario may have at most ${SCENARIO_LIMITS.fileChars.toLocaleString('en')}`;
	}
	const deep = tooDeepAt(text, SCENARIO_LIMITS.depth);
	if (deep === undefined) return null;
	const { line, column } = lineAndColumn(text, deep);
	return `nested too deep at line ${line}, column ${column}: a scenario nests objects and arrays at most ${SCENARIO_LIMITS.depth} deep`;
}
