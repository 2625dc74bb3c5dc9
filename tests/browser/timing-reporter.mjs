// A node:test reporter (run.mjs adds it) that says where the browser stage's time goes: each test
// file's time (its tests' and hooks' durations, one after another as a file runs them) and the
// costliest tests, written to test-results/browser-timings.json and, the 15 costliest, to its output.
import { relative } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;

export default async function* timingReporter(source) {
	const files = new Map();
	const tests = [];
	for await (const { type, data } of source) {
		if ((type !== 'test:pass' && type !== 'test:fail') || !data.file || data.nesting !== 0) continue;
		const file = relative(ROOT, data.file);
		const ms = Math.round(data.details.duration_ms);
		files.set(file, (files.get(file) ?? 0) + ms);
		tests.push({ file, name: data.name, ms, passed: type === 'test:pass' });
	}
	tests.sort((a, b) => b.ms - a.ms);
	const byFile = [...files].map(([file, ms]) => ({ file, ms })).sort((a, b) => b.ms - a.ms);
	yield `${JSON.stringify({ date: new Date().toISOString(), files: byFile, tests }, null, '\t')}\n`;
}
