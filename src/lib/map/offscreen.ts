/**
 * Where the straight line from `inside` (on the map) towards `outside` (off it) meets the map's
 * edge, inset by `inset` px, and the line's direction in degrees (0 = right, clockwise); null when
 * `outside` is on the map after all or `inside` is not.
 */
export function edgePoint(
	inside: readonly [number, number],
	outside: readonly [number, number],
	width: number,
	height: number,
	inset: number
): { at: [number, number]; angleDeg: number } | null {
	const [x0, y0] = inside;
	const [x1, y1] = outside;
	const within = (x: number, y: number) => x >= inset && x <= width - inset && y >= inset && y <= height - inset;
	if (!within(x0, y0) || within(x1, y1)) return null;
	const dx = x1 - x0;
	const dy = y1 - y0;
	// The smallest fraction of the way at which the line reaches an edge.
	const fractions = [dx > 0 ? (width - inset - x0) / dx : dx < 0 ? (inset - x0) / dx : Infinity, dy > 0 ? (height - inset - y0) / dy : dy < 0 ? (inset - y0) / dy : Infinity];
	const t = Math.min(...fractions);
	return { at: [x0 + t * dx, y0 + t * dy], angleDeg: (Math.atan2(dy, dx) * 180) / Math.PI };
}
