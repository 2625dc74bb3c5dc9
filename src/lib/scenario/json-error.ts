// Where a JSON text goes wrong, as a line and column a person can find.
// JSON.parse gives a character offset for some errors only ("Unexpected token
// 'x', … is not valid JSON" has none), so the text is scanned here to find the
// first offending character.

/** A one-line message such as `not valid JSON at line 3, column 5: Unexpected token '}'`. */
export function describeJsonError(text: string, error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	const reported = /at position (\d+)/.exec(message);
	const scanned = syntaxErrorOffset(text);
	const offset = scanned ?? (reported ? Number(reported[1]) : text.length);
	const { line, column } = lineAndColumn(text, offset);
	// Drop what the parser adds after the reason: "in JSON at position N", "(line L column C)", or the quoted text.
	const reason = message
		.replace(/\s*in JSON at position \d+.*$/s, '')
		.replace(/\s*at position \d+.*$/s, '')
		.replace(/, .*is not valid JSON$/s, '')
		.replace(/\s*\(line \d+ column \d+\)$/, '');
	return `not valid JSON at line ${line}, column ${column}: ${reason}`;
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
	const lines = text.slice(0, offset).split('\n');
	return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX4 = /^[0-9a-fA-F]{4}$/;

/**
 * Offset of the first character that makes `text` invalid JSON (text.length
 * when it ends too early), or undefined if the text is valid. Iterative, with
 * an explicit stack, so deep nesting cannot overflow the call stack.
 */
export function syntaxErrorOffset(text: string): number | undefined {
	let i = 0;
	const open: ('{' | '[')[] = [];
	const skipWhitespace = () => {
		while (i < text.length && WHITESPACE.has(text[i] ?? '')) i++;
	};
	const scanString = (): boolean => {
		i++; // opening quote
		while (i < text.length) {
			const c = text[i] ?? '';
			if (c === '"') {
				i++;
				return true;
			}
			if (c < ' ') return false;
			if (c === '\\') {
				const escaped = text[i + 1] ?? '';
				if (escaped === 'u' && HEX4.test(text.slice(i + 2, i + 6))) i += 6;
				else if (escaped !== 'u' && ESCAPES.has(escaped)) i += 2;
				else {
					i += escaped === 'u' ? 2 : 1; // point at what follows the backslash
					return false;
				}
			} else i++;
		}
		return false;
	};
	const scanKey = (): boolean => {
		skipWhitespace();
		if (text[i] !== '"' || !scanString()) return false;
		skipWhitespace();
		if (text[i] !== ':') return false;
		i++;
		return true;
	};
	const scanScalar = (): boolean => {
		for (const literal of ['true', 'false', 'null']) {
			if (text[i] !== literal[0]) continue;
			for (const expected of literal) {
				if (text[i] !== expected) return false;
				i++;
			}
			return true;
		}
		NUMBER.lastIndex = i;
		const match = NUMBER.exec(text);
		if (match === null) {
			if (text[i] === '-') i++; // "no number after minus sign": point after it
			return false;
		}
		i += match[0].length;
		return true;
	};

	for (;;) {
		skipWhitespace();
		const c = text[i];
		if (c === '{' || c === '[') {
			i++;
			skipWhitespace();
			const close = c === '{' ? '}' : ']';
			if (text[i] === close) i++;
			else {
				open.push(c);
				if (c === '{' && !scanKey()) return i;
				continue;
			}
		} else if (c === '"') {
			if (!scanString()) return i;
		} else if (!scanScalar()) return i;

		// After a value: close what can be closed, then expect a comma or the end.
		for (;;) {
			skipWhitespace();
			const container = open.at(-1);
			if (container === undefined) return i < text.length ? i : undefined;
			const d = text[i];
			if ((container === '{' && d === '}') || (container === '[' && d === ']')) {
				i++;
				open.pop();
				continue;
			}
			if (d !== ',') return i;
			i++;
			if (container === '{' && !scanKey()) return i;
			break;
		}
	}
}
