// The lines labels keep off where they can (borders, the attackers' routes, the flight path): a
// label may cross one when nothing else fits, but not when a spot beside or on a short leader is
// clear (the withdrawal's label once lay along the border). Screen pixels.
import { segmentCrossesBox, type Box } from './label-geometry';
import type { ToScreen } from './to-screen';

/** [x1, y1, x2, y2], with its box's bounds for a quick rejection. */
export interface LineSegment {
	readonly at: readonly [number, number, number, number];
	readonly minX: number;
	readonly minY: number;
	readonly maxX: number;
	readonly maxY: number;
}

/** The segments of `lines` ([lon, lat] polylines) on a map this size, in screen pixels: those off it are left out. */
export function screenSegments(lines: readonly (readonly [number, number][])[], toScreen: ToScreen, width: number, height: number): LineSegment[] {
	const out: LineSegment[] = [];
	for (const line of lines) {
		let last: [number, number] | null = null;
		for (const point of line) {
			const at = toScreen(point);
			if (last && at) {
				const [minX, maxX] = last[0] < at[0] ? [last[0], at[0]] : [at[0], last[0]];
				const [minY, maxY] = last[1] < at[1] ? [last[1], at[1]] : [at[1], last[1]];
				if (maxX >= 0 && maxY >= 0 && minX <= width && minY <= height) out.push({ at: [last[0], last[1], at[0], at[1]], minX, minY, maxX, maxY });
			}
			last = at;
		}
	}
	return out;
}

/** Whether any segment passes through the box. */
export function crossesLines(box: Box, segments: readonly LineSegment[]): boolean {
	const right = box.x + box.width;
	const bottom = box.y + box.height;
	for (const s of segments) if (s.maxX > box.x && s.minX < right && s.maxY > box.y && s.minY < bottom && segmentCrossesBox(s.at, box)) return true;
	return false;
}
