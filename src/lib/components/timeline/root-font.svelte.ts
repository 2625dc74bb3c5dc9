import { onMount } from 'svelte';

/**
 * The root font size in px, measured once mounted (16 before, and on the server): tick labels are
 * sized in rem, so their room on a track depends on it. Call during a component's initialisation.
 */
export function rootFontPx(): { readonly px: number } {
	let px = $state(16);
	onMount(() => {
		px = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
	});
	return {
		get px() {
			return px;
		}
	};
}
