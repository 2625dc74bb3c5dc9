/**
 * An attachment that reports how far below the element's top its slider's bottom lies, now and
 * whenever the element's size changes: how much of a timeline must be on screen for the reader to
 * scrub it.
 */
export function sliderDepth(ondepth: (px: number) => void) {
	return (element: HTMLElement) => {
		const report = () => {
			const slider = element.querySelector('[role="slider"]');
			if (slider) ondepth(slider.getBoundingClientRect().bottom - element.getBoundingClientRect().top);
		};
		const observer = new ResizeObserver(report);
		observer.observe(element);
		return () => observer.disconnect();
	};
}
