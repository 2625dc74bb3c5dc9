// Which context events on the detail track get a text label: only those whose
// label has room before the next mark and before the track's end. The others
// keep their diamond and its tooltip. A label is cut (with an ellipsis) at the
// next mark: it would otherwise run on under the attacks' marks.

/** Room a context label needs to its right, in pixels. */
export const LABEL_ROOM_PX = 150;
/** Marks this close to the left of a label's start would sit on it; as much is kept clear before the next mark. */
const CLEARANCE_PX = 12;

export interface TrackMark {
	id: string;
	/** Position on the track, px. */
	at: number;
}

/**
 * The context marks that can carry a label among all `marks` on a track `width` wide, each with
 * the room its label has to its right (px): up to the next mark, less a clearance, or the track's end.
 */
export function labelledContext(context: readonly TrackMark[], marks: readonly TrackMark[], width: number, room = LABEL_ROOM_PX): Map<string, number> {
	const labelled = new Map<string, number>();
	for (const { id, at } of context) {
		let end = width;
		let covered = false;
		for (const m of marks) {
			if (m.id === id) continue;
			if (m.at > at - CLEARANCE_PX && m.at <= at) covered = true;
			else if (m.at > at) end = Math.min(end, m.at - CLEARANCE_PX);
		}
		if (!covered && end - at >= room) labelled.set(id, end - at);
	}
	return labelled;
}
