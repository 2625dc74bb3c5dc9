/**
 * An attachment that reports how far below the element's top its slider's bottom and its Play
 * button's lie (the deeper of the two), now and whenever the element's size changes: how much of a
 * timeline must be on screen for the reader to scrub it and to play it.
 */
export function sliderDepth(ondepth: (px: number) => void) {
	return (element: HTMLElement) => {
		const report = () => {
			const bottoms = [...element.querySelectorAll('[role="slider"], button.play')].map((control) => control.getBoundingClientRect().bottom);
			if (bottoms.length > 0) ondepth(Math.max(...bottoms) - element.getBoundingClientRect().top);
		};
		const observer = new ResizeObserver(report);
		observer.observe(element);
		return () => observer.disconnect();
	};
}
