// V8's sampling profile from a Chromium trace ('disabled-by-default-v8.cpu_profiler'): the samples
// of the page's main thread with their time and call stack, and where they fell, by function.

/**
 * Every sample of the main thread (the thread of the first user-timing mark): `at` its time (ms),
 * `ms` until the next sample (its weight), `stack` from leaf to root as "function url:line".
 */
export function profileSamples(traceEvents, markPrefix) {
	const mark = traceEvents.find((e) => e.cat?.includes('blink.user_timing') && e.name.startsWith(markPrefix));
	const profiles = new Map();
	for (const e of traceEvents) {
		if (e.pid !== mark.pid || !e.cat?.includes('cpu_profiler')) continue;
		if (e.name === 'Profile' && e.tid === mark.tid) profiles.set(e.id, { start: e.args.data.startTime, nodes: new Map(), samples: [], deltas: [] });
		if (e.name === 'ProfileChunk' && profiles.has(e.id)) {
			const profile = profiles.get(e.id);
			const { cpuProfile = {}, timeDeltas = [] } = e.args.data;
			for (const node of cpuProfile.nodes ?? []) profile.nodes.set(node.id, node);
			profile.samples.push(...(cpuProfile.samples ?? []));
			profile.deltas.push(...timeDeltas);
		}
	}
	const samples = [];
	for (const { start, nodes, samples: ids, deltas } of profiles.values()) {
		const name = (node) => `${node.callFrame.functionName || '(anonymous)'} ${(node.callFrame.url ?? '').split('/').pop()}:${(node.callFrame.lineNumber ?? -1) + 1}`;
		const stackOf = (id) => {
			const stack = [];
			for (let node = nodes.get(id); node; node = nodes.get(node.parent)) stack.push(name(node));
			return stack;
		};
		let t = start;
		const times = deltas.map((d) => (t += d) / 1000);
		for (let i = 0; i < ids.length; i++) {
			samples.push({ at: times[i], ms: i + 1 < ids.length ? Math.min(times[i + 1] - times[i], 1) : 0, stack: stackOf(ids[i]) });
		}
	}
	return samples.sort((a, b) => a.at - b.at);
}

/** The samples that fall inside any of the [from, to] windows (ms). */
export const samplesIn = (samples, windows) => samples.filter((s) => windows.some(([from, to]) => s.at >= from && s.at < to));

/**
 * The `shown` functions with the most self time, then the most inclusive time, then the app's own
 * functions under which the most time went (key 'app', its time in place of self); ms per step.
 */
export function rankFunctions(samples, steps, shown) {
	const self = new Map();
	const inclusive = new Map();
	for (const { ms, stack } of samples) {
		if (stack.length === 0) continue;
		self.set(stack[0], (self.get(stack[0]) ?? 0) + ms);
		for (const name of new Set(stack)) inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
	}
	// The first frame of the app's own code in each stack (native calls and Svelte's runtime, the
	// chunk that holds update_reaction, skipped): what the app asked for.
	const runtime = new Set(samples.flatMap((s) => s.stack.filter((f) => f.startsWith('update_reaction ')).map((f) => f.split(' ')[1].split(':')[0])));
	const owner = new Map();
	for (const { ms, stack } of samples) {
		const frame = stack.find((f) => !/ :0$/.test(f) && !/^\(/.test(f) && !runtime.has(f.split(' ')[1].split(':')[0]));
		if (frame) owner.set(frame, (owner.get(frame) ?? 0) + ms);
	}
	const rows = (map, key) =>
		[...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, shown).map(([name]) => ({ name, self: ((key === 'app' ? owner : self).get(name) ?? 0) / steps, inclusive: inclusive.get(name) / steps, key }));
	// The leaves that cost most, then the callers that hold most (program roots and idle left out).
	const callers = rows(inclusive, 'inclusive').filter((r) => !/^\((root|program|idle|garbage collector)\)/.test(r.name));
	return [...rows(self, 'self'), ...callers.filter((c) => !self.has(c.name) || c.self < c.inclusive), ...rows(owner, 'app')];
}

/** CPU self ms per step of each trace event name, summed over tasks (readTrace's byName), the `shown` largest. */
export function eventsByName(tasks, steps, shown) {
	const total = new Map();
	for (const task of tasks) for (const [name, cpu] of Object.entries(task.byName)) total.set(name, (total.get(name) ?? 0) + cpu);
	const count = new Map();
	for (const task of tasks) for (const name of Object.keys(task.byName)) count.set(name, (count.get(name) ?? 0) + 1);
	return [...total.entries()]
		.sort((a, b) => b[1] - a[1])
		.slice(0, shown)
		.map(([name, cpu]) => ({ name, cpu: cpu / steps, count: count.get(name) }));
}
