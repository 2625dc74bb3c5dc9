import type { Box } from '../map/label-placement';

/**
 * An attachment that reports an element's box within its offset parent (the map), now and whenever
 * its size or the parent's changes (a control pinned to the right moves when the map widens):
 * controls laid over the map are kept clear of labels by their real place and size.
 */
export function observeBox(onbox: (box: Box | null) => void) {
	return (element: HTMLElement) => {
		const report = () => onbox({ x: element.offsetLeft, y: element.offsetTop, width: element.offsetWidth, height: element.offsetHeight });
		const observer = new ResizeObserver(report);
		observer.observe(element);
		if (element.offsetParent) observer.observe(element.offsetParent);
		report();
		return () => {
			observer.disconnect();
			onbox(null);
		};
	};
}
