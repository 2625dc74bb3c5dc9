import type { Extent } from '../response/response-surface';

/** The surface covers the tri-border region and the bases, not the whole map, to stay cheap. */
export const SURFACE_EXTENT: Extent = [
	[-6, 10],
	[10, 20]
];
export const SURFACE_MINUTES = [15, 30, 45, 60, 90, 120];
/** Sequential, dark = help arrives soon (viridis stops: readable with colour-vision deficiencies). */
export const SURFACE_COLOURS = ['#31688e', '#26828e', '#1f9e89', '#35b779', '#6ece58', '#b5de2b'];
