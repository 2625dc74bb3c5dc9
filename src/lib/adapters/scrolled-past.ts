/**
 * An attachment that reports whether the element has been scrolled up out of the viewport (true
 * once its bottom is above the top of the screen, false when it is in view or still below).
 */
export function scrolledPast(onchange: (past: boolean) => void) {
	return (element: HTMLElement) => {
		const observer = new IntersectionObserver((entries) => {
			const entry = entries.at(-1);
			if (entry) onchange(!entry.isIntersecting && entry.boundingClientRect.bottom <= 0);
		});
		observer.observe(element);
		return () => {
			observer.disconnect();
			onchange(false);
		};
	};
}
