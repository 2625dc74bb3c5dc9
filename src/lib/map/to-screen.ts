/** Projects a [lon, lat] through the map's projection and zoom to screen pixels (null when not drawn). */
export type ToScreen = (lonLat: [number, number]) => [number, number] | null;

/**
 * An SVG path through the points that project; points off the projection are skipped. Given
 * `begun` (a path already drawn), continues it.
 */
export function screenPath(points: readonly [number, number][], toScreen: ToScreen, begun = ''): string {
	let d = begun;
	for (const point of points) {
		const at = toScreen(point);
		if (at) d += `${d ? 'L' : 'M'}${at[0].toFixed(1)},${at[1].toFixed(1)}`;
	}
	return d;
}
