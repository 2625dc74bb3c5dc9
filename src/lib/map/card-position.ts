// Where a hover card goes beside the mark it describes: whole on the map, never over the mark.

/** Space kept between a card and the map's edge, px. */
const EDGE = 4;

export interface CardPlacement {
	/** The mark's centre, px in the map. */
	at: readonly [number, number];
	/** Distance from the centre the card keeps clear: the mark's radius and a gap. */
	clear: number;
	/** The card's size, px. */
	width: number;
	height: number;
	/** The map's size, px. */
	mapWidth: number;
	mapHeight: number;
}

/**
 * The card's top-left corner: right of the mark, else left, below, above, the first side with room
 * for the whole card (sideways it may slide along the edge, above and below across); on a map too
 * small for any, right of the mark, held inside the edges.
 */
export function cardPosition({ at: [x, y], clear, width, height, mapWidth, mapHeight }: CardPlacement): [number, number] {
	const sides: [number, number][] = [
		[x + clear, y - height / 2],
		[x - clear - width, y - height / 2],
		[x - width / 2, y + clear],
		[x - width / 2, y - clear - height]
	];
	const clampLeft = (left: number) => Math.max(EDGE, Math.min(mapWidth - width - EDGE, left));
	const clampTop = (top: number) => Math.max(EDGE, Math.min(mapHeight - height - EDGE, top));
	const fits = ([left, top]: [number, number]) => left >= EDGE && top >= EDGE && left + width <= mapWidth - EDGE && top + height <= mapHeight - EDGE;
	const slid = sides.map(([left, top], i): [number, number] => (i < 2 ? [left, clampTop(top)] : [clampLeft(left), top]));
	const [left, top] = sides[0]!;
	return slid.find(fits) ?? [clampLeft(left), clampTop(top)];
}
