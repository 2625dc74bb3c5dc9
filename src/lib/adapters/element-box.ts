import type { Box } from '../map/label-placement';

/**
 * An attachment that reports an element's box within its offset parent (the map), now and whenever
 * its size changes: controls laid over the map are kept clear of labels by their real size.
 */
export function observeBox(onbox: (box: Box | null) => void) {
	return (element: HTMLElement) => {
		const report = () => onbox({ x: element.offsetLeft, y: element.offsetTop, width: element.offsetWidth, height: element.offsetHeight });
		const observer = new ResizeObserver(report);
		observer.observe(element);
		report();
		return () => {
			observer.disconnect();
			onbox(null);
		};
	};
}
