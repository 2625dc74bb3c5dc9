/**
 * Calls `onseen` once, when some of `element` is on screen: at once if it already is, else when the
 * reader scrolls to it. Returns what stops watching.
 */
export function onceInView(element: Element, onseen: () => void): () => void {
	const observer = new IntersectionObserver((entries) => {
		if (!entries.some((entry) => entry.isIntersecting)) return;
		observer.disconnect();
		onseen();
	});
	observer.observe(element);
	return () => observer.disconnect();
}
