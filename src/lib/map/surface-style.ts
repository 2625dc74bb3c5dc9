export const SURFACE_MINUTES = [15, 30, 45, 60, 90, 120];
/** Sequential, dark = help arrives soon (viridis stops: readable with colour-vision deficiencies). */
export const SURFACE_COLOURS = ['#31688e', '#26828e', '#1f9e89', '#35b779', '#6ece58', '#b5de2b'];

/**
 * The tints a key's swatch for band `i` stacks, bottom to top, as the map does: every wider band
 * under it, then its own on top, whose edge colour names the band.
 */
export function surfaceSwatchStack(i: number): string[] {
	return SURFACE_COLOURS.slice(i).reverse();
}
