// Main-thread time from a Chromium trace: every task of the page's renderer main thread, its wall
// time, its CPU (thread) time, and the CPU self time of its events by category, DevTools-like.

/** What the trace records: the timeline events DevTools shows, V8 execution and GC, user timing marks. */
export const TRACE_CATEGORIES = [
	'devtools.timeline',
	'disabled-by-default-devtools.timeline',
	'v8.execute',
	'blink.user_timing',
	'toplevel',
	'disabled-by-default-v8.gc'
];

export const CATEGORIES = ['script', 'gc', 'style', 'layout', 'prepaint', 'paint', 'commit', 'other'];

const SCRIPT = new Set(['FunctionCall', 'EvaluateScript', 'RunMicrotasks', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'FireIdleCallback', 'CompileScript', 'CompileCode']);
const BY_NAME = {
	UpdateLayoutTree: 'style',
	RecalculateStyles: 'style',
	ParseAuthorStyleSheet: 'style',
	Layout: 'layout',
	PrePaint: 'prepaint',
	Paint: 'paint',
	RasterTask: 'paint',
	PaintImage: 'paint',
	Commit: 'commit',
	Layerize: 'commit',
	UpdateLayer: 'commit',
	UpdateLayerTree: 'commit'
};

function categoryOf(event) {
	const { name } = event;
	if (event.cat.includes('v8.gc') || /GC/.test(name)) return 'gc';
	if (BY_NAME[name]) return BY_NAME[name];
	if (SCRIPT.has(name) || /^v8\./i.test(name)) return 'script';
	return 'other';
}

/** Complete events of one thread, B/E pairs folded into X, ordered parents before children. */
function completeEvents(events) {
	const open = [];
	const done = [];
	for (const e of events) {
		if (e.ph === 'X') done.push(e);
		else if (e.ph === 'B') open.push(e);
		else if (e.ph === 'E') {
			const begin = open.pop();
			if (begin) done.push({ ...begin, ph: 'X', dur: e.ts - begin.ts, tdur: e.tts !== undefined && begin.tts !== undefined ? e.tts - begin.tts : undefined });
		}
	}
	return done.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
}

/**
 * The page's main-thread tasks (top-level events) with wall ms, CPU ms and CPU ms by category and by
 * trace event name, and
 * the timestamps (ms) of its performance marks whose names start with `markPrefix`.
 */
export function readTrace(buffer, markPrefix) {
	const { traceEvents } = JSON.parse(buffer.toString('utf8'));
	const marks = new Map();
	let thread = null;
	for (const e of traceEvents) {
		if (e.cat?.includes('blink.user_timing') && e.name.startsWith(markPrefix)) {
			marks.set(e.name, e.ts / 1000);
			thread ??= `${e.pid}:${e.tid}`;
		}
	}
	if (!thread) throw new Error(`no "${markPrefix}…" marks in the trace`);
	const events = completeEvents(traceEvents.filter((e) => `${e.pid}:${e.tid}` === thread && typeof e.ts === 'number' && e.cat));

	const tasks = [];
	const stack = [];
	for (const e of events) {
		while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
		const node = { ts: e.ts, dur: e.dur ?? 0, tdur: e.tdur, name: e.name, category: categoryOf(e), childDur: 0, childTdur: 0, task: null };
		const parent = stack.at(-1);
		if (parent) {
			parent.childDur += node.dur;
			parent.childTdur += node.tdur ?? 0;
			node.task = parent.task;
		} else {
			node.task = { start: e.ts / 1000, end: (e.ts + node.dur) / 1000, wall: node.dur / 1000, cpu: 0, byCategory: Object.fromEntries(CATEGORIES.map((c) => [c, 0])), byName: {}, nodes: [] };
			tasks.push(node.task);
		}
		node.task.nodes.push(node);
		stack.push(node);
	}
	for (const task of tasks) {
		for (const node of task.nodes) {
			// An event without thread time (some instant-like slices) leaves its CPU to its parent.
			const selfCpu = node.tdur === undefined ? 0 : Math.max(0, node.tdur - node.childTdur) / 1000;
			task.byCategory[node.category] += selfCpu;
			task.byName[node.name] = (task.byName[node.name] ?? 0) + selfCpu;
			task.cpu += selfCpu;
		}
		delete task.nodes;
	}
	return { marks, tasks };
}

/** Wall, CPU and CPU by category (ms) summed over tasks. */
export function sumTasks(tasks) {
	const total = { wall: 0, cpu: 0, ...Object.fromEntries(CATEGORIES.map((c) => [c, 0])) };
	for (const task of tasks) {
		total.wall += task.wall;
		total.cpu += task.cpu;
		for (const c of CATEGORIES) total[c] += task.byCategory[c];
	}
	return total;
}

/** The tasks that overlap [from, to] (ms), whole: a step owns every task it ran in, even one that began before its mark. */
export const overlapping = (tasks, from, to) => tasks.filter((task) => task.start < to && task.end > from);

/**
 * CPU ms (thread time of top-level events) of the threads named `threadName` (a worker is
 * "DedicatedWorker thread") in the process of the `markPrefix` marks, between `from` and `to` ms.
 */
export function namedThreadsCpu(buffer, markPrefix, threadName, from, to) {
	const { traceEvents } = JSON.parse(buffer.toString('utf8'));
	const pid = traceEvents.find((e) => e.cat?.includes('blink.user_timing') && e.name.startsWith(markPrefix))?.pid;
	const threads = new Set(traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === threadName).map((e) => e.tid));
	let cpu = 0;
	for (const tid of threads) {
		let end = -Infinity;
		for (const e of completeEvents(traceEvents.filter((e) => e.pid === pid && e.tid === tid && typeof e.ts === 'number' && e.cat))) {
			// Top-level only: a child's time is in its parent's.
			if (e.ts < end || e.ts / 1000 < from || e.ts / 1000 > to) continue;
			end = e.ts + (e.dur ?? 0);
			cpu += (e.tdur ?? 0) / 1000;
		}
	}
	return { threads: threads.size, cpu };
}
