// npm run validate -- FILE...
// Checks scenario files with the same loader the app uses and prints, on
// stdout so it can be piped to grep, "FILE: ok" for a valid file or one
// "FILE: path: message" line per error. Exits 1 if any file has an error, so
// it can gate a commit or a CI job.
import { readFile } from 'node:fs/promises';
import { loadScenario } from '../src/lib/scenario/load';

async function problemsIn(file: string): Promise<string[]> {
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch (error) {
		return [`cannot read the file: ${error instanceof Error ? error.message : String(error)}`];
	}
	const result = loadScenario(text);
	if (result.ok) return [];
	// Errors about the whole document (not JSON at all) have no path to print.
	return result.errors.map(({ path, message }) => (path === '' ? message : `${path}: ${message}`));
}

// process.exitCode, never process.exit(): writes to a pipe are asynchronous, and exiting at once
// would cut off the end of the listing.
const files = process.argv.slice(2);
if (files.length === 0) {
	console.error('usage: npm run validate -- FILE...');
	process.exitCode = 2;
}
let failed = false;
for (const file of files) {
	const problems = await problemsIn(file);
	if (problems.length === 0) console.log(`${file}: ok`);
	for (const problem of problems) console.log(`${file}: ${problem}`);
	failed ||= problems.length > 0;
}
if (files.length > 0) process.exitCode = failed ? 1 : 0;
