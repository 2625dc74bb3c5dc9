// Work that arrives in bursts (messages from a host or from the other window) gathered and done
// once per frame: a flood of 10,000 messages costs 10,000 cheap reductions and a few real updates.

export interface FrameBatch<M> {
	add(message: M): void;
	/** Drops what is waiting (when the page goes away). */
	cancel(): void;
}

/** Hidden documents get no animation frames; a timer does the work there. */
const HIDDEN_MS = 100;

/** Next frame, or HIDDEN_MS later if no frame comes (a hidden tab); returns a cancel. */
function nextFrame(run: () => void): () => void {
	let done = false;
	const once = () => {
		if (done) return;
		done = true;
		cancelAnimationFrame(frame);
		clearTimeout(timer);
		run();
	};
	const frame = requestAnimationFrame(once);
	const timer = setTimeout(once, HIDDEN_MS);
	return () => {
		done = true;
		cancelAnimationFrame(frame);
		clearTimeout(timer);
	};
}

/**
 * `reduce` folds each message into what is pending (undefined after each flush), `apply` does it
 * once at the next frame.
 */
export function createFrameBatch<M, T>(reduce: (pending: T | undefined, message: M) => T, apply: (batch: T) => void): FrameBatch<M> {
	let pending: T | undefined;
	let cancelFrame: (() => void) | null = null;
	return {
		add(message) {
			pending = reduce(pending, message);
			cancelFrame ??= nextFrame(() => {
				cancelFrame = null;
				const batch = pending as T;
				pending = undefined;
				apply(batch);
			});
		},
		cancel() {
			cancelFrame?.();
			cancelFrame = null;
			pending = undefined;
		}
	};
}
