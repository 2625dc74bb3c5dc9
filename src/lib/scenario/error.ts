/** One problem found in a scenario, located by its JSON path. */
export interface ScenarioError {
	/** Like `incidents[3].tolls[0].reports[1].value`; "" for the whole document. */
	path: string;
	message: string;
}

export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Writes a path the way JavaScript would reach the value, so it can be pasted into a console. */
export function formatPath(path: readonly PropertyKey[]): string {
	let text = '';
	for (const segment of path) {
		if (typeof segment === 'number') text += `[${segment}]`;
		else if (typeof segment === 'string' && IDENTIFIER.test(segment)) text += text === '' ? segment : `.${segment}`;
		else text += `[${JSON.stringify(String(segment))}]`;
	}
	return text;
}
