/**
 * Runs the latest task once calls have stopped for `quietMs` and, while they keep coming, at
 * most once every `maxWaitMs`: for work that should follow a moving value (the URL behind the
 * clock) without running at every change of it.
 */
export interface Settle {
	(task: () => void): void;
	/** Drops the waiting task (when the view goes away). */
	cancel(): void;
}

export function createSettle(quietMs: number, maxWaitMs: number): Settle {
	for (const ms of [quietMs, maxWaitMs]) if (!(ms >= 0)) throw new Error(`invalid interval: ${ms}`);
	let waiting: (() => void) | null = null;
	let lastCallAt = 0;
	let quietTimer: ReturnType<typeof setTimeout> | null = null;
	let maxTimer: ReturnType<typeof setTimeout> | null = null;

	const cancel = () => {
		if (quietTimer !== null) clearTimeout(quietTimer);
		if (maxTimer !== null) clearTimeout(maxTimer);
		quietTimer = maxTimer = null;
		waiting = null;
	};
	const run = () => {
		const task = waiting;
		cancel();
		task?.();
	};

	// Called at every clock step: the quiet timer is armed once and, when it fires early, re-armed for
	// the rest of the quiet time, rather than cleared and set again at every call.
	const whenQuiet = () => {
		const left = lastCallAt + quietMs - performance.now();
		if (left > 0) quietTimer = setTimeout(whenQuiet, left);
		else run();
	};

	const settle = (task: () => void) => {
		waiting = task;
		lastCallAt = performance.now();
		quietTimer ??= setTimeout(whenQuiet, quietMs);
		maxTimer ??= setTimeout(run, maxWaitMs);
	};
	settle.cancel = cancel;
	return settle;
}
