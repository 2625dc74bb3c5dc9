/**
 * The font size in px that CSS gives an element, measured once mounted and again whenever
 * `size()` changes (a resize can cross a media query that scales the type); `fallback` before,
 * and on the server. Tick labels are fitted by it, and their lines spaced. Call during a
 * component's initialisation.
 */
export function measuredFontPx(element: () => Element | undefined, size: () => number, fallback: number): { readonly px: number } {
	let px = $state(fallback);
	$effect(() => {
		size();
		const node = element();
		if (node) px = parseFloat(getComputedStyle(node).fontSize) || fallback;
	});
	return {
		get px() {
			return px;
		}
	};
}
