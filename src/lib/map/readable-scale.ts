// How coarse a map may be for its attacks to read apart. Their symbols are sized in pixels (by the
// people killed), not kilometres, so the fewer pixels a map has for the same kilometres, the more
// they cover: at 320 px the border region's four attacks merged into one blot. The camera frames
// no coarser than the scale found here, whatever the map's size (state/map-view.svelte.ts).
import { greatCircleKm } from '../geo/distance';
import type { LonLat } from '../geo/lonlat';
import type { ChapterExtent } from '../scenario/schema';

/** A symbol at a place, its radius in pixels: the same on the screen at any zoom. */
export interface PlacedSymbol {
	at: LonLat;
	r: number;
}

/** Pixels kept between two symbols' edges, so each reads as its own disc. */
const GAP_PX = 2;
/**
 * Attacks closer than this are at one place at any scale a region is read at (the same town, the
 * next village): no framing of the region parts them, a focus on one does.
 */
const SAME_PLACE_KM = 10;

/**
 * The most kilometres a pixel may span for no two symbols to touch: coarser, the map draws them
 * as one shape. Infinity when no two can be parted (fewer than two, or all at one place).
 */
export function separatingKmPerPx(symbols: readonly PlacedSymbol[]): number {
	let finest = Infinity;
	symbols.forEach((a, i) => {
		for (const b of symbols.slice(i + 1)) {
			const km = greatCircleKm(a.at, b.at);
			if (km >= SAME_PLACE_KM) finest = Math.min(finest, km / (a.r + b.r + GAP_PX));
		}
	});
	return finest;
}

/** `extent` narrowed about its centre, if need be, to at most `kmPerPx` for each of a map's `width` pixels. */
export function readableExtent(extent: ChapterExtent, width: number, kmPerPx: number): ChapterExtent {
	const widest = width * kmPerPx;
	return extent.widthKm > widest ? { ...extent, widthKm: widest } : extent;
}
