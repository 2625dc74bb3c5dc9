// A message's template filled in, apart from the dictionaries: code that needs only this (a worker
// saying why a table does not read) does not carry every page's messages with it.

/** Fills `{name}` placeholders; a missing parameter is left visible rather than silently dropped. */
export function format(template: string, params: Readonly<Record<string, string | number>> = {}): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}
