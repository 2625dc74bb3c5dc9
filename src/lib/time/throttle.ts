/**
 * Runs at most one task per interval: the first at once, later ones once the interval has
 * passed, and only the latest of those, so the last state always goes out.
 */
export interface Throttle {
	(task: () => void): void;
	/** Drops the waiting task (when the view goes away). */
	cancel(): void;
}

export function createThrottle(intervalMs: number): Throttle {
	if (!(intervalMs >= 0)) throw new Error(`invalid interval: ${intervalMs}`);
	let lastRunAt = -Infinity;
	let waiting: (() => void) | null = null;
	let timer: ReturnType<typeof setTimeout> | null = null;

	const runWaiting = () => {
		timer = null;
		const task = waiting;
		waiting = null;
		lastRunAt = performance.now();
		task?.();
	};

	const throttle = (task: () => void) => {
		waiting = task;
		if (timer !== null) return;
		const wait = lastRunAt + intervalMs - performance.now();
		if (wait <= 0) runWaiting();
		else timer = setTimeout(runWaiting, wait);
	};
	throttle.cancel = () => {
		if (timer !== null) clearTimeout(timer);
		timer = null;
		waiting = null;
	};
	return throttle;
}
