// Code that only a reader's hand needs (d3's zoom and brush, with their transitions). A page whose
// first load must stay small (the embed) defers it to the first sign of a reader on the page: a
// pointer over it, a touch, a key, a wheel. A pointer reaches the page before it reaches the map or
// the strip, so the code is there for the first gesture (a first touch that lands on the map or
// the strip itself may come before it). Other pages load it as soon as they are on screen.
const SIGNS = ['pointerover', 'pointerdown', 'touchstart', 'keydown', 'wheel', 'focusin'] as const;

let deferred = false;

/** From now on in this document, code asked for with onFirstInteraction waits for a reader. */
export function deferToFirstInteraction(): void {
	deferred = true;
}

/** Runs `run` once: at once (in a microtask), or once deferred, at the first sign of a reader in `window`. Returns what cancels it. */
export function onFirstInteraction(run: () => void): () => void {
	let cancelled = false;
	if (!deferred) {
		queueMicrotask(() => cancelled || run());
		return () => (cancelled = true);
	}
	const once = () => {
		cancel();
		run();
	};
	const cancel = () => SIGNS.forEach((sign) => window.removeEventListener(sign, once, true));
	SIGNS.forEach((sign) => window.addEventListener(sign, once, { capture: true, passive: true }));
	return cancel;
}
